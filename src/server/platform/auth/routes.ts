import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  loginRequest,
  me,
  passwordResetRequest,
  preferencesRequest,
  tokenCompletion,
} from '../../../contracts/auth';
import { recordAuditEvent } from '../audit/record';
import { inTransaction } from '../db/tx';
import { AppError } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { completeWithToken, requestPasswordReset } from './commands/passwordReset';
import { clearAttempts, loginSubject, releaseAttempt, reserveAttempt, tokenSubject } from './loginThrottle';
import { verifyPassword } from './passwords';
import { clearSessionCookies, setSessionCookies } from './plugin';
import { presentMe } from './present';
import { createSession, endAllSessions, endSession, loadActor, purgeExpiredSessions } from './sessions';
import { accounts } from './tables';

// A real hash to verify against when the email is unknown, so both paths take the same time.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$FP06cq6WOBC4mlj4zOwcIA$O5xPRrayLboaARwDdcbJXsCYj2l914Y55FjdnVbpOUI';

/** The new password's rules are checked after the token (`completeWithToken`): a dead link says so first. */
const tokenCompletionBody = tokenCompletion.extend({ password: z.string() });

export const authRoutes: RouteModule = (app, { database, config, mailer }) => {
  const { db } = database;

  /**
   * Token completion is throttled per IP and per token like a login: a guessed token keeps its
   * reserved slot; a known token gives its slot back whether it succeeds or the new password is
   * refused (that is a typo, not a guess).
   */
  async function completeThrottled(
    body: { token: string; password: string },
    ip: string,
    purpose: 'invitation' | 'password_reset',
  ) {
    const subject = tokenSubject(body.token, ip);
    const attemptId = await reserveAttempt(db, subject);
    try {
      await completeWithToken(db, { ...body, purpose });
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'invalid_token')) await releaseAttempt(db, attemptId);
      throw error;
    }
    await clearAttempts(db, subject);
  }

  app.post(
    '/api/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: loginRequest,
        response: { 200: me },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      // The slot is taken (atomically with the count) before argon2 runs; a failure keeps it.
      const subject = loginSubject(email, request.ip);
      await reserveAttempt(db, subject);
      const [account] = await db
        .select()
        .from(accounts)
        .where(sql`lower(${accounts.email}) = ${email.toLowerCase()}`);
      const valid = await verifyPassword(account?.passwordHash ?? DUMMY_HASH, password);
      const session =
        valid && account && !account.disabledAt
          ? await createSession(db, account, request.headers['user-agent'] ?? '')
          : null;
      const actor = session ? await loadActor(db, session.token) : null;
      if (!session || !actor) throw new AppError('invalid_credentials');
      await clearAttempts(db, subject);
      await purgeExpiredSessions(db, actor.accountId);
      setSessionCookies(reply, config.secureCookies, session);
      return presentMe(db, actor);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['auth'], summary: 'End this session', response: { 204: z.null() } } },
    async (request, reply) => {
      await endSession(db, requireActor(request).sessionId);
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/logout-everywhere',
    { schema: { tags: ['auth'], summary: 'End every session of this account', response: { 204: z.null() } } },
    async (request, reply) => {
      await endAllSessions(db, requireActor(request).accountId);
      clearSessionCookies(reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in account, its person and navigation',
        response: { 200: me },
      },
    },
    async (request) => presentMe(db, requireActor(request)),
  );

  app.patch(
    '/api/auth/me/preferences',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change own preferences (language)',
        body: preferencesRequest,
        response: { 200: me },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await inTransaction(db, async (tx) => {
        await tx
          .update(accounts)
          .set({ locale: request.body.locale })
          .where(eq(accounts.id, actor.accountId));
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'account.preferences_changed',
          targetType: 'account',
          targetId: actor.accountId,
          before: { locale: actor.locale },
          after: { locale: request.body.locale },
        });
      });
      return presentMe(db, actor, { locale: request.body.locale });
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Email a password reset link',
        body: passwordResetRequest,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      // Counted like a failed login so the endpoint cannot be used to flood a mailbox.
      await reserveAttempt(db, loginSubject(request.body.email, request.ip));
      await requestPasswordReset(db, { mailer, config }, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Set a new password with a reset token',
        body: tokenCompletionBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await completeThrottled(request.body, request.ip, 'password_reset');
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/invitations/accept',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Set a password from an invitation',
        body: tokenCompletionBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await completeThrottled(request.body, request.ip, 'invitation');
      return reply.status(204).send(null);
    },
  );
};
