import { createHash } from 'node:crypto';
import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { inTransaction } from '../db/tx';
import { AppError } from '../errors/appError';
import { loginAttempts } from './tables';
import { sha256 } from './tokens';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_EMAIL = 10;
const MAX_PER_TOKEN = 10;
const MAX_PER_IP = 50;
/** First key of the two-key advisory lock form: keeps these locks apart from every single-key lock. */
const LOCK_CLASS = 0x7468726f; // "thro"

/*
 * Rate limits for the public auth endpoints, kept in the database (not in process memory) so they
 * hold across app instances: at most 10 attempts per email (or per one-time token) and 50 per IP
 * address in 15 minutes. Every attempt reserves its row before the expensive part (argon2, token
 * check) runs; a successful attempt clears the rows of its subject, a failed one leaves its row as
 * the record of the failure. The IP budget is shared by login, reset requests and token completion.
 */

/** Who an attempt counts against. */
interface Subject {
  /** `email_key`: the lower-cased email, or `token:<hash>` (emails never contain a colon). */
  key: string;
  ip: string;
  max: number;
}

export const loginSubject = (email: string, ip: string): Subject => ({
  key: email.toLowerCase(),
  ip,
  max: MAX_PER_EMAIL,
});

/** A one-time token as a throttle subject: hashed with a prefix, so the row never equals the stored token hash. */
export const tokenSubject = (token: string, ip: string): Subject => ({
  key: `token:${sha256(`throttle:${token}`)}`,
  ip,
  max: MAX_PER_TOKEN,
});

/**
 * Counts and reserves in one step: in one transaction, lock the subject and the IP (advisory
 * transaction locks, always taken in ascending key order so two attempts never wait on each other
 * in a cycle), count the recent rows, and insert this attempt's row while still holding the locks.
 * Concurrent attempts therefore see each other's reservations: of N simultaneous attempts, exactly
 * as many as the limit leaves room for pass. Returns the reserved row's id.
 */
export async function reserveAttempt(db: Db, subject: Subject): Promise<string> {
  const id = await inTransaction(db, async (tx) => {
    const keys = [...new Set([lockKey(`subject:${subject.key}`), lockKey(`ip:${subject.ip}`)])].sort(
      (a, b) => a - b,
    );
    for (const key of keys)
      await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK_CLASS}::int4, ${key}::int4)`);
    const since = new Date(Date.now() - WINDOW_MS);
    const [row] = await tx
      .select({
        bySubject: sql<number>`count(*) FILTER (WHERE ${loginAttempts.emailKey} = ${subject.key})`.mapWith(
          Number,
        ),
        byIp: sql<number>`count(*) FILTER (WHERE ${loginAttempts.ip} = ${subject.ip})`.mapWith(Number),
      })
      .from(loginAttempts)
      .where(
        and(
          gt(loginAttempts.at, since),
          or(eq(loginAttempts.emailKey, subject.key), eq(loginAttempts.ip, subject.ip)),
        ),
      );
    if ((row?.bySubject ?? 0) >= subject.max || (row?.byIp ?? 0) >= MAX_PER_IP)
      throw new AppError('rate_limited');
    const [inserted] = await tx
      .insert(loginAttempts)
      .values({ emailKey: subject.key, ip: subject.ip })
      .returning({ id: loginAttempts.id });
    return inserted!.id;
  });
  // Housekeeping outside the locks: rows older than four windows no longer count for anything.
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 4 * WINDOW_MS)));
  return id;
}

/** Gives a reserved slot back (the attempt turned out not to be a guess, e.g. a too-short new password). */
export async function releaseAttempt(db: Db, attemptId: string) {
  await db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
}

/** After a success: the subject's earlier failures (and this attempt's reservation) stop counting. */
export async function clearAttempts(db: Db, subject: Subject) {
  await db.delete(loginAttempts).where(eq(loginAttempts.emailKey, subject.key));
}

function lockKey(text: string): number {
  return createHash('sha256').update(text).digest().readInt32BE(0);
}
