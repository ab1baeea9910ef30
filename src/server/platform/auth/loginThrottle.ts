import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError } from '../errors/appError';
import { loginAttempts } from './tables';

const WINDOW_MS = 15 * 60 * 1000;
const MAX_PER_EMAIL = 10;
const MAX_PER_IP = 50;

/**
 * Login rate limit kept in the database (not in process memory) so it holds across app instances:
 * at most 10 failures per email and 50 per IP address in 15 minutes.
 */
export async function assertLoginAllowed(db: Db, email: string, ip: string) {
  const since = new Date(Date.now() - WINDOW_MS);
  const [row] = await db
    .select({
      byEmail:
        sql<number>`count(*) FILTER (WHERE ${loginAttempts.emailKey} = ${email.toLowerCase()})`.mapWith(
          Number,
        ),
      byIp: sql<number>`count(*) FILTER (WHERE ${loginAttempts.ip} = ${ip})`.mapWith(Number),
    })
    .from(loginAttempts)
    .where(
      and(
        gt(loginAttempts.at, since),
        or(eq(loginAttempts.emailKey, email.toLowerCase()), eq(loginAttempts.ip, ip)),
      ),
    );
  if ((row?.byEmail ?? 0) >= MAX_PER_EMAIL || (row?.byIp ?? 0) >= MAX_PER_IP)
    throw new AppError('rate_limited');
}

export async function recordLoginFailure(db: Db, email: string, ip: string) {
  await db.insert(loginAttempts).values({ emailKey: email.toLowerCase(), ip });
  await db.delete(loginAttempts).where(lt(loginAttempts.at, new Date(Date.now() - 4 * WINDOW_MS)));
}

export async function clearLoginFailures(db: Db, email: string) {
  await db.delete(loginAttempts).where(eq(loginAttempts.emailKey, email.toLowerCase()));
}
