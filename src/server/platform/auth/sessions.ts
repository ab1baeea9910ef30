import { and, eq, gt, isNull, lt, ne, or, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../db/client';
import { prepared } from '../db/prepared';
import type { Actor } from './actor';
import { accounts, type RoleName, sessions } from './tables';
import { newSecretToken, sha256 } from './tokens';

export const SESSION_COOKIE = 'trellis_session';
export const CSRF_COOKIE = 'trellis_csrf';
const SESSION_DAYS = 14;
const TOUCH_AFTER_MS = 60 * 60 * 1000;

export async function createSession(
  db: Db,
  account: { id: string; organizationId: string },
  userAgent: string,
) {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  await db.insert(sessions).values({
    tokenHash: sha256(token),
    csrfToken,
    accountId: account.id,
    organizationId: account.organizationId,
    userAgent: userAgent.slice(0, 300),
    expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000),
  });
  return { token, csrfToken };
}

/** Read on every request: one prepared statement with only the columns the actor needs. */
const actorBySession = prepared((db) =>
  db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      lastSeenAt: sessions.lastSeenAt,
      accountId: accounts.id,
      organizationId: accounts.organizationId,
      personId: accounts.personId,
      email: accounts.email,
      roles: accounts.roles,
      locale: accounts.locale,
    })
    .from(sessions)
    .innerJoin(accounts, eq(accounts.id, sessions.accountId))
    .leftJoin(people, eq(people.id, accounts.personId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        gt(sessions.expiresAt, sql.placeholder('now')),
        isNull(accounts.disabledAt),
        or(isNull(people.status), ne(people.status, 'terminated')),
      ),
    )
    .limit(1)
    .prepare('load_actor'),
);

/**
 * Resolves a session cookie to the caller. Disabled accounts and terminated people get no actor even
 * if a session row survived, so deactivation takes effect on the very next request.
 */
export async function loadActor(db: Db, token: string): Promise<Actor | null> {
  const [row] = await actorBySession(db).execute({
    tokenHash: sha256(token),
    now: new Date().toISOString(),
  });
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    // Sliding expiry, written at most hourly so that reads do not become writes.
    await db
      .update(sessions)
      .set({ lastSeenAt: new Date(), expiresAt: new Date(Date.now() + SESSION_DAYS * 86_400_000) })
      .where(eq(sessions.id, row.sessionId));
  }
  return {
    accountId: row.accountId,
    organizationId: row.organizationId,
    personId: row.personId,
    email: row.email,
    roles: new Set(row.roles as RoleName[]),
    locale: row.locale,
    sessionId: row.sessionId,
    csrfToken: row.csrfToken,
  };
}

export async function endSession(db: Db, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of an account, optionally keeping the current one. */
export async function endAllSessions(db: Db, accountId: string, keepSessionId?: string) {
  await db
    .delete(sessions)
    .where(
      and(eq(sessions.accountId, accountId), keepSessionId ? ne(sessions.id, keepSessionId) : sql`true`),
    );
}

export async function endSessionsOfPerson(db: Db, personId: string) {
  await db
    .delete(sessions)
    .where(sql`${sessions.accountId} IN (SELECT id FROM accounts WHERE person_id = ${personId})`);
}

/** Removes an account's expired sessions; run at each sign-in so the table does not grow without bound. */
export async function purgeExpiredSessions(db: Db, accountId: string) {
  await db.delete(sessions).where(and(eq(sessions.accountId, accountId), lt(sessions.expiresAt, new Date())));
}
