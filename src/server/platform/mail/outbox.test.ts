import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import type { Db } from '../db/client';
import { isNotificationKind, notificationKinds, strictestDataClass } from '../notifications/kinds';
import { flushNotificationEmails, type NotificationInput, notify } from '../notifications/notify';
import { LINK_WITHHELD, storedCopyOf } from './mailer';
import { outboxPolicy } from './policy';
import { outboundEmails } from './tables';

let server: TestServer;
let cast: Cast;
const logLines: string[] = [];
beforeAll(async () => {
  // The default install: no SMTP server.
  server = await startTestServer({}, { log: (line) => logLines.push(line) });
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

describe('outbox by data class', () => {
  it('hides a development email from HR and the org admin but shows a system one', async () => {
    const db = server.database.db;
    const { organizationId } = cast.org;
    const nudge = 'A development plan Eli Employee shared with you has had no update for 30 days';
    const changed = 'Your Trellis password was changed';
    await db.transaction((tx) =>
      notify(tx as unknown as Db, [
        {
          organizationId,
          recipientId: cast.manager.id,
          kind: 'development_plan.nudge',
          params: { days: 30, owner: 'Eli Employee', forManager: true },
          email: true,
        },
        {
          organizationId,
          recipientId: cast.peer.id,
          kind: 'account.password_changed',
          params: {},
          email: true,
        },
      ]),
    );
    expect(await flushNotificationEmails(db, server.mailer, { organizationId })).toBe(2);

    // The stored copies know their kind and class.
    const stored = await db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.organizationId, organizationId), eq(outboundEmails.transport, 'outbox')));
    expect(stored.find((row) => row.subject === nudge)).toMatchObject({
      kind: 'development_plan.nudge',
      dataClass: 'development',
    });

    for (const reader of [cast.hr, cast.orgAdmin]) {
      const outbox = await (await as(reader)).get('/api/admin/outbox?pageSize=100');
      expect(outbox.status).toBe(200);
      const development = outbox.body.items.find(
        (m: { kind: string }) => m.kind === 'development_plan.nudge',
      );
      expect(development).toEqual({
        id: expect.any(String),
        kind: 'development_plan.nudge',
        dataClass: 'development',
        view: 'metadata',
        to: null,
        subject: null,
        text: null,
        transport: 'outbox',
        createdAt: expect.any(String),
        sentAt: null,
      });
      // Neither whose plan it is nor who was nudged shows anywhere in the answer.
      expect(outbox.text).not.toContain('Eli Employee');
      expect(outbox.text).not.toContain(cast.manager.email);
      const system = outbox.body.items.find((m: { kind: string }) => m.kind === 'account.password_changed');
      expect(system).toMatchObject({
        dataClass: 'system',
        view: 'content',
        to: cast.peer.email,
        subject: changed,
        text: expect.stringContaining('every session was signed out'),
      });
    }
    // Other roles do not read the outbox at all.
    expect((await (await as(cast.manager)).get('/api/admin/outbox')).status).toBe(403);

    // The log says an email was not delivered, never what it said or to whom.
    const log = logLines.join('\n');
    expect(log).toContain('development_plan.nudge');
    expect(log).not.toContain('Eli Employee');
    expect(log).not.toContain(cast.manager.email);
    expect(log).not.toContain(changed);
  });
});

describe('every notification kind has a data class', () => {
  it('classifies growth kinds as development or anonymous and none as content-visible by accident', () => {
    for (const [kind, dataClass] of Object.entries(notificationKinds)) {
      if (/^(aspiration|career_conversation|paths|learning|development_plan|feedback360)\./.test(kind)) {
        expect(['development', 'anonymous'], kind).toContain(dataClass);
      }
      if (/^(review|calibration|feedback)\./.test(kind)) expect(dataClass, kind).toBe('performance');
      if (outboxPolicy.view(dataClass) === 'content') expect(kind).toMatch(/^account\./);
    }
    expect(notificationKinds['feedback360.invited']).toBe('anonymous');
    expect(notificationKinds['feedback360.reminder']).toBe('anonymous');
  });

  it('refuses an unregistered kind at compile time (tsc checks the expect-error below)', () => {
    const unregistered: NotificationInput = {
      organizationId: 'org',
      recipientId: 'person',
      // @ts-expect-error a kind must be registered with its data class in notifications/kinds.ts
      kind: 'growth.something_new',
      params: {},
    };
    expect(isNotificationKind(unregistered.kind)).toBe(false);
  });

  it('gives the digest the strictest class of what it lists', () => {
    expect(strictestDataClass(['system', 'performance'])).toBe('performance');
    expect(strictestDataClass(['performance', 'development'])).toBe('development');
    expect(strictestDataClass(['development', 'anonymous', 'system'])).toBe('anonymous');
    expect(strictestDataClass([])).toBe('system');
  });

  it('shows content only of directory and system mail, the recipient of credential mail, else nothing', () => {
    expect(outboxPolicy.view('system')).toBe('content');
    expect(outboxPolicy.view('directory')).toBe('content');
    expect(outboxPolicy.view('credential')).toBe('recipient');
    for (const hidden of [
      'performance',
      'compensation',
      'development',
      'confidential',
      'anonymous',
      'talent',
    ] as const) {
      expect(outboxPolicy.view(hidden)).toBe('metadata');
    }
  });
});

describe('the stored copy of an email', () => {
  const envelope = { organizationId: 'org', to: 'ines@example.test' };

  it('never holds the one-time link, however the text is written', () => {
    const link = 'https://trellis.test/reset-password?token=abcDEF123_-xyzabcDEF123_-xyzabcDEF123_-xyz';
    const copy = storedCopyOf({
      ...envelope,
      kind: 'account.password_reset',
      subject: 'Reset your Trellis password',
      oneTimeLink: link,
      // A careless template that also pastes the link in by hand.
      text: (placeholder) => `Open ${placeholder}\nor ${link}`,
    });
    expect(copy.text).toBe(`Open ${LINK_WITHHELD}\nor ${LINK_WITHHELD}`);
    expect(copy.to).toBe('ines@example.test');
  });

  it('strips a token link that slipped into a plain text', () => {
    const copy = storedCopyOf({
      ...envelope,
      kind: 'review.reminder',
      dataClass: 'performance',
      subject: 'Due Friday',
      text: 'See https://trellis.test/accept-invitation?token=s3cr3t-value&x=1 now',
    });
    expect(copy.text).toBe('See https://trellis.test/accept-invitation?token=[withheld]&x=1 now');
  });

  it('keeps no address, subject or text of anonymous mail', () => {
    expect(
      storedCopyOf({
        ...envelope,
        kind: 'feedback360.invited',
        dataClass: 'anonymous',
        subject: 'Alex asked for your feedback',
        text: 'Alex asked for your feedback',
      }),
    ).toEqual({ to: null, subject: null, text: null });
  });
});
