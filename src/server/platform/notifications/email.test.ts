import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { people } from '../../org/tables';
import { type Cast, createCast } from '../../testing/factories';
import { startTestServer, type TestServer } from '../../testing/http';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';
import { loadConfig } from '../config';
import type { Db } from '../db/client';
import { createMailer } from '../mail/mailer';
import { outboundEmails } from '../mail/tables';
import { emailRetryMinutes, flushNotificationEmails, notify } from './notify';
import { notifications } from './tables';

/** A loopback port with nothing listening: SMTP connections to it are refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

const publicUrl = 'https://trellis.example.test';
let smtp: SmtpSink;
let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  smtp = await startSmtpSink();
  server = await startTestServer({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_FROM: 'Trellis <no-reply@trellis.test>',
    TRELLIS_PUBLIC_URL: publicUrl,
  });
  cast = await createCast(server.database.db);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const db = () => server.database.db;
const unfold = (data: string) => data.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

async function notifyCommitted(inputs: Parameters<typeof notify>[1]) {
  await db().transaction((tx) => notify(tx as unknown as Db, inputs));
}

/** A self-review reminder for a cycle of that name (the tests tell notifications apart by it). */
const reminder = (cycle: string) => ({
  kind: 'review.reminder' as const,
  params: { phase: 'self_review' as const, cycle, due: '2027-04-21' },
});
const withCycle = (cycle: string) => sql`${notifications.params}->>'cycle' = ${cycle}`;

async function stateOf(cycle: string) {
  const [row] = await db()
    .select({
      state: notifications.emailState,
      attempts: notifications.emailAttempts,
      retryAt: notifications.emailRetryAt,
    })
    .from(notifications)
    .where(withCycle(cycle));
  return row!;
}

describe('notification emails', () => {
  it('notifications that asked for email go out by SMTP, once, with a full link', async () => {
    const organizationId = cast.org.organizationId;
    await notifyCommitted([
      {
        organizationId,
        recipientId: cast.employee.id,
        ...reminder('Friday cycle'),
        link: '/performance/reviews',
        email: true,
      },
      { organizationId, recipientId: cast.manager.id, ...reminder('In-app only') },
    ]);
    // Scoped to this organisation: the test database is shared, and the job (which runs the same
    // function over every organisation) would also send every other test file's pending emails.
    const sent = await flushNotificationEmails(db(), server.mailer, { organizationId, appUrl: publicUrl });
    expect(sent).toBe(1);
    const mails = smtp.received.filter((m) => m.to.includes(cast.employee.email));
    expect(mails).toHaveLength(1);
    const text = unfold(mails[0]!.data);
    expect(text).toMatch(/Subject: Your self review for Friday cycle is due on 21 April 2027/);
    expect(text).toContain(`Open it in Trellis: ${publicUrl}/performance/reviews`);
    expect(smtp.received.some((m) => m.to.includes(cast.manager.email))).toBe(false);
    expect(await stateOf('Friday cycle')).toMatchObject({ state: 'sent' });
    expect(await stateOf('In-app only')).toMatchObject({ state: 'none' });
    // The copy in the outbox records the SMTP delivery.
    const [stored] = await db()
      .select()
      .from(outboundEmails)
      .where(
        and(
          eq(outboundEmails.organizationId, organizationId),
          eq(outboundEmails.toAddress, cast.employee.email),
        ),
      );
    expect(stored).toMatchObject({
      transport: 'smtp',
      subject: 'Your self review for Friday cycle is due on 21 April 2027',
    });

    // Flushing again sends nothing more.
    expect(await flushNotificationEmails(db(), server.mailer, { organizationId })).toBe(0);
    expect(smtp.received.filter((m) => m.to.includes(cast.employee.email))).toHaveLength(1);
  });

  it('a notification rolled back with its command is never emailed', async () => {
    const organizationId = cast.org.organizationId;
    await expect(
      db().transaction(async (tx) => {
        await notify(tx as unknown as Db, [
          {
            organizationId,
            recipientId: cast.peer.id,
            ...reminder('Rolled back'),
            email: true,
          },
        ]);
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    expect(await flushNotificationEmails(db(), server.mailer, { organizationId })).toBe(0);
    expect(smtp.received.some((m) => m.to.includes(cast.peer.email))).toBe(false);
  });

  it('keeps an email pending and retries it later when SMTP is down, then delivers it', async () => {
    const organizationId = cast.org.organizationId;
    const title = `Retry me ${Date.now()}`;
    await notifyCommitted([
      { organizationId, recipientId: cast.employee2.id, ...reminder(title), email: true },
    ]);
    const down = createMailer(
      {
        ...loadConfig({}),
        smtp: {
          host: '127.0.0.1',
          port: await closedPort(),
          secure: false,
          from: 'Trellis <x@trellis.test>',
        },
      },
      { info: () => undefined },
    );
    expect(await flushNotificationEmails(db(), down, { organizationId })).toBe(0);
    const afterFailure = await stateOf(title);
    expect(afterFailure).toMatchObject({ state: 'pending', attempts: 1 });
    expect(afterFailure.retryAt!.getTime()).toBeGreaterThan(Date.now());
    // Not retried before its time, even with SMTP back.
    expect(await flushNotificationEmails(db(), server.mailer, { organizationId })).toBe(0);
    await db()
      .update(notifications)
      .set({ emailRetryAt: sql`now() - interval '1 second'` })
      .where(withCycle(title));
    expect(await flushNotificationEmails(db(), server.mailer, { organizationId })).toBe(1);
    expect(await stateOf(title)).toMatchObject({ state: 'sent', retryAt: null });
    expect(smtp.received.filter((m) => m.to.includes(cast.employee2.email))).toHaveLength(1);
  });

  it('gives up after the last retry and marks the email failed', async () => {
    const organizationId = cast.org.organizationId;
    const title = `Give up ${Date.now()}`;
    await notifyCommitted([{ organizationId, recipientId: cast.coach.id, ...reminder(title), email: true }]);
    await db().update(notifications).set({ emailAttempts: emailRetryMinutes.length }).where(withCycle(title));
    const down = createMailer(
      {
        ...loadConfig({}),
        smtp: {
          host: '127.0.0.1',
          port: await closedPort(),
          secure: false,
          from: 'Trellis <x@trellis.test>',
        },
      },
      { info: () => undefined },
    );
    await flushNotificationEmails(db(), down, { organizationId });
    expect(await stateOf(title)).toMatchObject({ state: 'failed', attempts: emailRetryMinutes.length + 1 });
  });

  it('does not email someone who has left', async () => {
    const organizationId = cast.org.organizationId;
    const leaver = await cast.org.addPerson({ managerId: cast.manager.id });
    const title = `Leaver ${Date.now()}`;
    await notifyCommitted([{ organizationId, recipientId: leaver.id, ...reminder(title), email: true }]);
    await db()
      .update(people)
      .set({ status: 'terminated', terminatedOn: '2026-01-31' })
      .where(eq(people.id, leaver.id));
    expect(await flushNotificationEmails(db(), server.mailer, { organizationId })).toBe(0);
    expect(await stateOf(title)).toMatchObject({ state: 'skipped' });
    expect(smtp.received.some((m) => m.to.includes(leaver.email))).toBe(false);
  });
});
