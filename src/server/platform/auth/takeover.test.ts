import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueAccountLink } from '../../cli/commands/issueLink';
import { type Cast, createCast, TEST_PASSWORD } from '../../testing/factories';
import { ApiClient, type ApiResponse, startTestServer, type TestServer } from '../../testing/http';
import { oneTimeTokensIn } from '../../testing/secrets';
import { type SmtpSink, startSmtpSink } from '../../testing/smtpSink';
import { outboundEmails } from '../mail/tables';
import { flushNotificationEmails } from '../notifications/notify';
import { accounts } from './tables';

/**
 * SPEC S2 / guide practice 14: a one-time link reaches only its recipient. An org admin or HR admin
 * tries every step of taking over an employee's account — ask for a reset, point the employee's
 * address at their own mailbox, re-invite, then read the outbox, notifications, audit trail and every
 * other GET route — and never holds a token or a session of the employee. Run without SMTP (the
 * default install) and with SMTP.
 */
const unfold = (data: string) => data.replace(/=\r?\n/g, '').replace(/=3D/g, '=');

describe.each([
  { transport: 'without SMTP', smtp: false },
  { transport: 'with SMTP', smtp: true },
])('account takeover $transport', ({ smtp: withSmtp }) => {
  let sink: SmtpSink | null = null;
  let server: TestServer;
  let cast: Cast;
  const logLines: string[] = [];

  beforeAll(async () => {
    sink = withSmtp ? await startSmtpSink() : null;
    // Per-request log lines too, so the captured log holds everything the server would write.
    const logRequests = process.env.LOG_REQUESTS;
    process.env.LOG_REQUESTS = 'true';
    try {
      server = await startTestServer(
        sink
          ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'Trellis <t@trellis.test>' }
          : {},
        { log: (line) => logLines.push(line) },
      );
    } finally {
      if (logRequests === undefined) delete process.env.LOG_REQUESTS;
      else process.env.LOG_REQUESTS = logRequests;
    }
    cast = await createCast(server.database.db);
  });
  afterAll(async () => {
    await server?.close();
    await sink?.close();
  });

  it.each(['hr', 'orgAdmin'] as const)(
    '%s cannot take over an employee account at any step',
    async (role) => {
      const db = server.database.db;
      const { organizationId } = cast.org;
      const attacker = cast[role];
      const victim = await cast.org.addPerson({ managerId: cast.manager.id });
      // A live session of the victim: no answer may carry it either.
      const victimSession = await cast.org.sessionFor(victim.accountId!);
      const as = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(attacker.accountId!));
      const answers: { step: string; response: ApiResponse }[] = [];
      const keep = (step: string, response: ApiResponse) => {
        answers.push({ step, response });
        return response;
      };

      // 1. Ask for a reset of the victim's password (a public endpoint: anyone may ask).
      expect(
        keep('reset request', await as.post('/api/auth/password-reset/request', { email: victim.email }))
          .status,
      ).toBe(202);

      // 2. Point the victim's address at a mailbox the attacker reads, then ask again and re-invite.
      const hijack = `takeover-${role}-${victim.id.slice(0, 8)}@attacker.test`;
      const profile = keep('profile', await as.get(`/api/people/${victim.id}`));
      const edited = keep(
        'edit email',
        await as.patch(`/api/people/${victim.id}`, { version: profile.body.version, email: hijack }),
      );
      expect([200, 403]).toContain(edited.status);
      keep('reset to hijacked address', await as.post('/api/auth/password-reset/request', { email: hijack }));
      expect(keep('re-invite', await as.post(`/api/people/${victim.id}/invitation`)).status).not.toBe(202);
      // The login keeps the address its owner signs in with: reset links cannot be redirected.
      const [login] = await db.select().from(accounts).where(eq(accounts.id, victim.accountId!));
      expect(login!.email).toBe(victim.email);

      // An invitation for someone new (HR only) and the emails of everything so far.
      keep(
        'add person with invitation',
        await as.post('/api/people', {
          givenName: 'Nova',
          familyName: `Newcomer ${role}`,
          email: `nova-${role}-${victim.id.slice(0, 8)}@example.test`,
          hireDate: '2026-11-01',
          sendInvitation: true,
        }),
      );
      await flushNotificationEmails(db, server.mailer, { organizationId });

      // 3. Read everything: the outbox, notifications, audit, and every GET route the app has.
      for (const path of [
        '/api/admin/outbox?pageSize=100',
        '/api/notifications?limit=100',
        '/api/admin/audit?pageSize=100',
        '/api/access-log/me',
        '/api/auth/me',
      ]) {
        keep(path, await as.get(path));
      }
      for (const route of server.routes.filter((r) => r.method === 'GET')) {
        if (/:(?!personId\b)/.test(route.url)) continue;
        const path = route.url.replace(':personId', victim.id);
        keep(path, await as.get(path));
      }

      const leaks: string[] = [];
      for (const { step, response } of answers) {
        for (const token of await oneTimeTokensIn(db, organizationId, response.text)) {
          leaks.push(`${step} answers with one-time token ${token.slice(0, 6)}…`);
        }
        if (response.text.includes(victimSession.token))
          leaks.push(`${step} answers with the victim's session`);
        if (/[?&]token=[A-Za-z0-9_-]{20,}/.test(response.text))
          leaks.push(`${step} answers with a token link`);
      }
      expect(leaks).toEqual([]);

      // The outbox shows that a reset went to the victim, not its text.
      const outbox = answers.find((a) => a.step === '/api/admin/outbox?pageSize=100')!.response;
      expect(outbox.status).toBe(200);
      const resetMail = outbox.body.items.find(
        (m: { kind: string; to: string | null }) =>
          m.kind === 'account.password_reset' && m.to === victim.email,
      );
      expect(resetMail).toMatchObject({
        dataClass: 'credential',
        view: 'recipient',
        subject: null,
        text: null,
      });
      expect(outbox.body.items.some((m: { to: string | null }) => m.to === hijack)).toBe(false);

      // 4. The stored copies and the log hold no token either.
      const stored = await db
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.organizationId, organizationId));
      expect(await oneTimeTokensIn(db, organizationId, JSON.stringify(stored))).toEqual([]);
      expect(stored.some((row) => row.toAddress === hijack)).toBe(false);
      const log = logLines.join('\n');
      expect(logLines.length).toBeGreaterThan(0);
      expect(await oneTimeTokensIn(db, organizationId, log)).toEqual([]);
      expect(log).not.toContain(victimSession.token);

      // 5. The victim still signs in with their own password; the attacker's guesses do not.
      const victimLogin = await new ApiClient(server.baseUrl).post('/api/auth/login', {
        email: victim.email,
        password: TEST_PASSWORD,
      });
      expect(victimLogin.status).toBe(200);
      expect(
        (
          await new ApiClient(server.baseUrl).post('/api/auth/login', {
            email: hijack,
            password: TEST_PASSWORD,
          })
        ).status,
      ).toBe(401);

      // The scan can fail: the link that did reach the victim carries a token it finds.
      const delivered = withSmtp
        ? unfold(
            sink!.received
              .filter((m) => m.to.includes(victim.email))
              .map((m) => m.data)
              .join('\n'),
          )
        : (
            await issueAccountLink(db, {
              organizationSlug: cast.org.slug,
              email: victim.email,
              publicUrl: 'http://t',
            })
          ).link;
      const [token] = await oneTimeTokensIn(db, organizationId, delivered);
      expect(token).toBeTruthy();
      if (withSmtp) expect(sink!.received.some((m) => m.to.includes(hijack))).toBe(false);
      // …and only the victim, holding it, can use it.
      const completed = await new ApiClient(server.baseUrl).post('/api/auth/password-reset/complete', {
        token,
        password: 'the-victim-chose-this',
      });
      expect(completed.status).toBe(204);
    },
  );
});
