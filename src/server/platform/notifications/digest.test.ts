import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations, people } from '../../org/tables';
import { createTestOrganization, type TestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';
import { accounts } from '../auth/tables';
import type { Db } from '../db/client';
import { DIGEST_LOCAL_HOURS, digestEmail, sendNotificationDigests } from './digest';
import { notify } from './notify';

/** A fixed-offset zone in which it is now `hour` o'clock (Etc/GMT-N is N hours east of UTC). */
function zoneWhereItIs(hour: number): string {
  const utcHour = new Date().getUTCHours();
  for (let offset = -12; offset <= 14; offset++) {
    if ((utcHour + offset + 24) % 24 === hour)
      return offset >= 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  }
  throw new Error(`no zone has hour ${hour} now`);
}

const appUrl = 'https://trellis.example.test';
/** Undoes quoted-printable: soft line breaks and =XX bytes (UTF-8, so "•" and umlauts survive). */
const unfold = (data: string) =>
  decodeURIComponent(
    data
      .replace(/=\r?\n/g, '')
      .replace(/%/g, '%25')
      .replace(/=([0-9A-F]{2})/g, '%$1'),
  );

let smtp: SmtpSink;
let server: TestServer;
beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port) });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const db = () => server.database.db;

/** An organisation where it is `localHour` o'clock now. */
async function organizationAt(localHour: number) {
  const org = await createTestOrganization(db());
  await db()
    .update(organizations)
    .set({ settings: { defaultTimezone: zoneWhereItIs(localHour) } })
    .where(eq(organizations.id, org.organizationId));
  return org;
}

/** Notifications whose titles carry the given words (the session name of a calibration notice). */
async function send(
  org: TestOrganization,
  recipientId: string,
  names: string[],
  extra: { email?: boolean } = {},
) {
  await db().transaction((tx) =>
    notify(
      tx as unknown as Db,
      names.map((session) => ({
        organizationId: org.organizationId,
        recipientId,
        kind: 'calibration.assigned' as const,
        params: { session },
        ...extra,
      })),
    ),
  );
}

const digest = (org: TestOrganization) =>
  sendNotificationDigests(db(), server.mailer, { appUrl, organizationId: org.organizationId });
const mailsTo = (email: string) => smtp.received.filter((m) => m.to.includes(email));

describe('daily digest', () => {
  it('emails each person one summary of what is unread and was not emailed already, once a day', async () => {
    const org = await organizationAt(10);
    const person = await org.addPerson();
    const tag = randomUUID().slice(0, 8);
    await send(org, person.id, [`Give feedback to Ana ${tag}`, `Self review due ${tag}`]);
    await send(org, person.id, [`Urgent ${tag}`], { email: true });
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
    await send(org, person.id, [`Already read ${tag}`]);
    const inbox = await client.get('/api/notifications');
    const read = inbox.body.items.find((n: { title: string }) => n.title.includes('Already read'));
    await client.post(`/api/notifications/${read.id}/read`);

    expect(await digest(org)).toEqual({ sent: 1, failed: 0 });
    const [mail] = mailsTo(person.email);
    const text = unfold(mail!.data);
    expect(text).toMatch(/Subject: Trellis: 2 unread notifications/);
    expect(text).toContain(`Give feedback to Ana ${tag}`);
    expect(text).toContain(`Self review due ${tag}`);
    expect(text).not.toContain(`Urgent ${tag}`);
    expect(text).not.toContain(`Already read ${tag}`);
    expect(text).toContain(`${appUrl}/notifications`);

    // A rerun the same day, even with something new, sends nothing more.
    await send(org, person.id, [`Later ${tag}`]);
    expect(await digest(org)).toEqual({ sent: 0, failed: 0 });
    expect(mailsTo(person.email)).toHaveLength(1);
  });

  it('goes out only in the organisation’s morning', async () => {
    for (const hour of [DIGEST_LOCAL_HOURS.from - 3, DIGEST_LOCAL_HOURS.until + 2]) {
      const org = await organizationAt(hour);
      const person = await org.addPerson();
      await send(org, person.id, ['Not now']);
      expect(await digest(org)).toEqual({ sent: 0, failed: 0 });
    }
  });

  it('respects the person’s choice, set through the API, and skips leavers and people without a login', async () => {
    const org = await organizationAt(8);
    const optedOut = await org.addPerson();
    const leaver = await org.addPerson();
    const noLogin = await org.addPerson({ withAccount: false });
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(optedOut.accountId!));
    expect((await client.get('/api/notifications/settings')).body).toEqual({ dailyDigest: true });
    expect((await client.put('/api/notifications/settings', { dailyDigest: false })).body).toEqual({
      dailyDigest: false,
    });
    expect((await client.get('/api/notifications/settings')).body).toEqual({ dailyDigest: false });
    expect((await client.put('/api/notifications/settings', { dailyDigest: 'yes' })).status).toBe(400);
    await db()
      .update(people)
      .set({ status: 'terminated', terminatedOn: '2026-01-31' })
      .where(eq(people.id, leaver.id));
    for (const person of [optedOut, leaver, noLogin]) await send(org, person.id, ['Something']);
    expect(await digest(org)).toEqual({ sent: 0, failed: 0 });
    for (const person of [optedOut, leaver, noLogin]) expect(mailsTo(person.email)).toEqual([]);

    // Turned back on, the next digest includes what is waiting.
    await client.put('/api/notifications/settings', { dailyDigest: true });
    expect(await digest(org)).toEqual({ sent: 1, failed: 0 });
  });

  it('lists ten titles and counts the rest, in the reader’s language', async () => {
    const org = await organizationAt(9);
    const person = await org.addPerson();
    await db().update(accounts).set({ locale: 'de' }).where(eq(accounts.id, person.accountId!));
    await send(
      org,
      person.id,
      Array.from({ length: 13 }, (_, i) => `Aufgabe ${i + 1}`),
    );
    expect(await digest(org)).toEqual({ sent: 1, failed: 0 });
    const text = unfold(mailsTo(person.email)[0]!.data);
    expect(text).toContain('Trellis: 13 ungelesene Benachrichtigungen');
    expect(text).toContain('und 3 weitere');
    expect(text.match(/• Sie wurden der Kalibrierungsrunde „Aufgabe/g)).toHaveLength(10);
  });

  it('writes each listed notification in the reader’s language, with dates as they read them', async () => {
    const org = await organizationAt(9);
    const german = await org.addPerson();
    const english = await org.addPerson();
    await db().update(accounts).set({ locale: 'de' }).where(eq(accounts.id, german.accountId!));
    await db().transaction((tx) =>
      notify(
        tx as unknown as Db,
        [german, english].map((person) => ({
          organizationId: org.organizationId,
          recipientId: person.id,
          kind: 'review.reminder' as const,
          params: { phase: 'manager_review' as const, cycle: 'H1 2027', due: '2027-04-21' },
        })),
      ),
    );
    expect(await digest(org)).toEqual({ sent: 2, failed: 0 });
    const de = unfold(mailsTo(german.email)[0]!.data);
    expect(de).toContain('Trellis: 1 ungelesene Benachrichtigung');
    expect(de).toContain(
      '• Die Beurteilungen durch Führungskräfte für H1 2027 sind am 21. April 2027 fällig',
    );
    expect(de).not.toContain('2027-04-21');
    const en = unfold(mailsTo(english.email)[0]!.data);
    expect(en).toContain('Trellis: 1 unread notification');
    expect(en).toContain('• Manager reviews for H1 2027 are due on 21 April 2027');
  });

  it('words one notification in the singular', () => {
    expect(digestEmail({ locale: 'en', waiting: 1, titles: ['One thing'] }, appUrl).subject).toBe(
      'Trellis: 1 unread notification',
    );
  });
});
