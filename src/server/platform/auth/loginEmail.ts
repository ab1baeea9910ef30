import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';

/**
 * After HR (or a CSV import) changed people's directory email: the sign-in address follows only
 * while the login has no password yet. A claimed login keeps the address its owner signs in with,
 * because reset links go there — letting HR point it at another mailbox would let HR reset the
 * person's password and sign in as them (SPEC S2: no role can set or reset another person's
 * password). Invitation links still open end either way: the old address may not be theirs.
 */
export async function followDirectoryEmail(tx: Db, personIds: readonly string[]): Promise<void> {
  if (personIds.length === 0) return;
  const ids = sql`${sql.param([...personIds])}::uuid[]`;
  await tx.execute(sql`
    UPDATE accounts a SET email = p.email
    FROM people p
    WHERE p.id = a.person_id AND a.person_id = ANY(${ids}) AND a.password_hash IS NULL AND a.email <> p.email`);
  await tx.execute(sql`
    UPDATE one_time_tokens t SET used_at = now()
    FROM accounts a
    WHERE t.account_id = a.id AND a.person_id = ANY(${ids})
      AND t.purpose = 'invitation' AND t.used_at IS NULL`);
}
