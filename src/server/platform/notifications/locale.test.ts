import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../org/tables';
import { createTestOrganization, type TestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';
import { accounts } from '../auth/tables';
import type { Db } from '../db/client';
import { ERASED_NAME } from './erasure';
import { catalogues, type Reader, renderMessage, renderNotification } from './messages';
import { flushNotificationEmails, notify } from './notify';
import { notifications } from './tables';

const german: Reader = { locale: 'de', timeZone: 'Europe/Berlin' };
const english: Reader = { locale: 'en', timeZone: 'Europe/Berlin' };
const reminder = {
  kind: 'review.reminder' as const,
  params: { phase: 'manager_review' as const, cycle: 'H1 2027', due: '2027-04-21' },
};

describe('notification catalogues', () => {
  it('write one kind in each reader’s language, with dates as that reader writes them', () => {
    expect(renderMessage(reminder, german).title).toBe(
      'Die Beurteilungen durch Führungskräfte für H1 2027 sind am 21. April 2027 fällig',
    );
    expect(renderMessage(reminder, english).title).toBe(
      'Manager reviews for H1 2027 are due on 21 April 2027',
    );
  });

  it('show a time in the organisation’s time zone', () => {
    const scheduled = {
      kind: 'career_conversation.scheduled' as const,
      params: { name: 'Ada Lovelace', at: '2027-04-21T08:30:00.000Z' },
    };
    expect(renderMessage(scheduled, german).body).toBe('Es findet am 21. April 2027, 10:30 Uhr statt.');
    expect(renderMessage(scheduled, { locale: 'de', timeZone: 'Pacific/Auckland' }).body).toBe(
      'Es findet am 21. April 2027, 20:30 Uhr statt.',
    );
    expect(renderMessage(scheduled, { locale: 'en', timeZone: 'America/New_York' }).body).toBe(
      'It is set for 21 April 2027, 04:30.',
    );
  });

  it('are keyed by kind: rewording the English text leaves the German one as it was', () => {
    const stored = { ...reminder, title: 'stored', body: '' };
    const before = renderNotification(stored, german);
    const original = catalogues.en['review.reminder'];
    catalogues.en['review.reminder'] = (p, f) => ({
      title: `Reworded: ${p.cycle} by ${f.date(p.due)}`,
      body: '',
    });
    try {
      expect(renderNotification(stored, english).title).toBe('Reworded: H1 2027 by 21 April 2027');
      expect(renderNotification(stored, german)).toEqual(before);
    } finally {
      catalogues.en['review.reminder'] = original;
    }
  });

  it('keep the stored text of rows from before parameters, and of rows they cannot render', () => {
    const old = {
      kind: 'review.reminder',
      params: null,
      title: 'Manager reviews are due by 2027-04-21',
      body: 'b',
    };
    expect(renderNotification(old, german)).toEqual({ title: old.title, body: 'b' });
    const unknown = { kind: 'retired.kind', params: {}, title: 'Old kind', body: '' };
    expect(renderNotification(unknown, german).title).toBe('Old kind');
    const broken = { kind: 'review.reminder', params: { phase: 'nonsense' }, title: 'Fallback', body: '' };
    expect(renderNotification(broken, german).title).toBe('Fallback');
  });

  it('name an erased person in the reader’s language', () => {
    const message = { kind: 'feedback.requested' as const, params: { name: ERASED_NAME } };
    expect(renderMessage(message, german).title).toBe('Eine gelöschte Person bittet Sie um Feedback');
    expect(renderMessage(message, english).title).toBe('An erased person asked you for feedback');
  });
});

/** Undoes quoted-printable bodies and RFC 2047 encoded-word headers (UTF-8), enough for assertions. */
function readable(data: string): string {
  const bytes = (hex: string) => decodeURIComponent(hex.replace(/=([0-9A-F]{2})/gi, '%$1'));
  const headersEnd = data.search(/\r?\n\r?\n/);
  const headers = data
    .slice(0, headersEnd)
    .replace(/\r?\n[ \t]+/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : bytes(text.replace(/_/g, ' ').replace(/%/g, '%25')),
    );
  const body = bytes(
    data
      .slice(headersEnd)
      .replace(/=\r?\n/g, '')
      .replace(/%/g, '%25'),
  );
  return `${headers}${body}`;
}

const publicUrl = 'https://trellis.example.test';
let smtp: SmtpSink;
let server: TestServer;
let org: TestOrganization;
beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Trellis <no-reply@trellis.test>',
    TRELLIS_PUBLIC_URL: publicUrl,
  });
  org = await createTestOrganization(server.database.db);
  await server.database.db
    .update(organizations)
    .set({ settings: { defaultTimezone: 'Europe/Berlin', defaultLocale: 'en' } })
    .where(eq(organizations.id, org.organizationId));
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const db = () => server.database.db;
const mailsTo = (email: string) =>
  smtp.received.filter((m) => m.to.includes(email)).map((m) => readable(m.data));
const clientOf = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));

describe('notifications in the reader’s language', () => {
  it('shows and emails the same notification in German to a German reader and in English to an English one', async () => {
    const de = await org.addPerson();
    const en = await org.addPerson();
    // The German reader chose the language in their preferences, like in the app.
    const deClient = await clientOf(de);
    expect((await deClient.patch('/api/auth/me/preferences', { locale: 'de' })).status).toBe(200);
    await db().transaction((tx) =>
      notify(
        tx as unknown as Db,
        [de, en].map((person) => ({
          organizationId: org.organizationId,
          recipientId: person.id,
          kind: 'review.self_review_open' as const,
          params: { cycle: 'H1 2027', due: '2027-04-21' },
          link: '/performance/reviews',
          email: true,
        })),
      ),
    );

    const inboxDe = (await deClient.get('/api/notifications')).body.items[0];
    expect(inboxDe).toMatchObject({
      kind: 'review.self_review_open',
      title: 'Ihre Selbsteinschätzung für H1 2027 ist geöffnet',
      body: 'Bitte reichen Sie sie bis zum 21. April 2027 ein.',
    });
    const inboxEn = (await (await clientOf(en)).get('/api/notifications')).body.items[0];
    expect(inboxEn).toMatchObject({
      title: 'Your self review for H1 2027 is open',
      body: 'Please submit it by 21 April 2027.',
    });
    // Switching the language rewrites what is already in the inbox.
    await deClient.patch('/api/auth/me/preferences', { locale: 'en' });
    expect((await deClient.get('/api/notifications')).body.items[0].title).toBe(inboxEn.title);
    await deClient.patch('/api/auth/me/preferences', { locale: 'de' });

    // Scoped to this organisation: other test files share the database and the sink.
    expect(
      await flushNotificationEmails(db(), server.mailer, {
        organizationId: org.organizationId,
        appUrl: publicUrl,
      }),
    ).toBe(2);
    const [mailDe] = mailsTo(de.email);
    expect(mailDe).toContain('Subject: Ihre Selbsteinschätzung für H1 2027 ist geöffnet');
    expect(mailDe).toContain('Bitte reichen Sie sie bis zum 21. April 2027 ein.');
    expect(mailDe).toContain(`In Trellis öffnen: ${publicUrl}/performance/reviews`);
    expect(mailDe).not.toContain('2027-04-21');
    const [mailEn] = mailsTo(en.email);
    expect(mailEn).toContain('Subject: Your self review for H1 2027 is open');
    expect(mailEn).toContain('Please submit it by 21 April 2027.');
    expect(mailEn).toContain(`Open it in Trellis: ${publicUrl}/performance/reviews`);
  });

  it('stores the English text beside the parameters, a time in the organisation’s zone', async () => {
    const person = await org.addPerson();
    await db().transaction((tx) =>
      notify(tx as unknown as Db, [
        {
          organizationId: org.organizationId,
          recipientId: person.id,
          kind: 'career_conversation.scheduled',
          params: { name: 'Ada Lovelace', at: '2027-04-21T08:30:00.000Z' },
        },
      ]),
    );
    const [row] = await db().select().from(notifications).where(eq(notifications.recipientId, person.id));
    expect(row).toMatchObject({
      params: { name: 'Ada Lovelace', at: '2027-04-21T08:30:00.000Z' },
      title: 'Ada Lovelace scheduled a career conversation with you',
      body: 'It is set for 21 April 2027, 10:30.',
    });
  });

  it('keeps rows written before parameters readable as they were stored', async () => {
    const person = await org.addPerson();
    await db().update(accounts).set({ locale: 'de' }).where(eq(accounts.id, person.accountId!));
    await db().insert(notifications).values({
      organizationId: org.organizationId,
      recipientId: person.id,
      kind: 'review.reminder',
      title: 'Manager reviews for H1 are due on 2027-04-21',
    });
    const items = (await (await clientOf(person)).get('/api/notifications')).body.items;
    expect(items[0].title).toBe('Manager reviews for H1 are due on 2027-04-21');
  });
});

describe('account emails in the recipient’s language', () => {
  it('sends the password reset link and the notice of the change in the account’s language', async () => {
    const de = await org.addPerson();
    const en = await org.addPerson();
    await db().update(accounts).set({ locale: 'de' }).where(eq(accounts.id, de.accountId!));
    const anonymous = new ApiClient(server.baseUrl);
    for (const person of [de, en]) {
      expect((await anonymous.post('/api/auth/password-reset/request', { email: person.email })).status).toBe(
        202,
      );
    }
    const [resetDe] = mailsTo(de.email);
    expect(resetDe).toContain('Subject: Setzen Sie Ihr Trellis-Passwort zurück');
    expect(resetDe).toContain('Wenn Sie das waren, wählen Sie hier ein neues Passwort (eine Stunde gültig):');
    const [resetEn] = mailsTo(en.email);
    expect(resetEn).toContain('Subject: Reset your Trellis password');

    // Completing the reset tells the owner, by email, in their language.
    const token = /token=([\w-]+)/.exec(resetDe!)![1]!;
    const done = await anonymous.post('/api/auth/password-reset/complete', {
      token,
      password: 'A new and long passphrase 42',
    });
    expect(done.status).toBe(204);
    await flushNotificationEmails(db(), server.mailer, {
      organizationId: org.organizationId,
      appUrl: publicUrl,
    });
    const changed = mailsTo(de.email)[1];
    expect(changed).toContain('Subject: Ihr Trellis-Passwort wurde geändert');
    expect(changed).toContain('und alle Sitzungen wurden abgemeldet');
  });

  it('invites in the organisation’s default language a person who has no login yet', async () => {
    const germanOrg = await createTestOrganization(db());
    await db()
      .update(organizations)
      .set({ settings: { defaultTimezone: 'Europe/Berlin', defaultLocale: 'de' } })
      .where(eq(organizations.id, germanOrg.organizationId));
    const hr = await germanOrg.addPerson({ roles: ['hr_admin'] });
    const invitee = await germanOrg.addPerson({ withAccount: false, givenName: 'Jürgen' });
    const client = new ApiClient(server.baseUrl).withSession(await germanOrg.sessionFor(hr.accountId!));
    const invited = await client.post(`/api/people/${invitee.id}/invitation`, {});
    expect(invited.status).toBeLessThan(300);
    const [mail] = mailsTo(invitee.email);
    expect(mail).toContain('Subject: Ihre Einladung zu Trellis');
    expect(mail).toContain('Hallo Jürgen,');
    expect(mail).toContain('Legen Sie hier Ihr Passwort fest (7 Tage gültig):');
    const [account] = await db().select().from(accounts).where(eq(accounts.personId, invitee.id));
    expect(account!.locale).toBe('de');
  });
});
