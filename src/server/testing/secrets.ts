import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { oneTimeTokens } from '../platform/auth/tables';
import type { Db } from '../platform/db/client';

/** A token from newSecretToken(): 32 random bytes, base64url, 43 characters. */
const TOKEN_LENGTH = 43;
const tokenAlphabetRun = new RegExp(`[A-Za-z0-9_-]{${TOKEN_LENGTH},}`, 'g');

/**
 * The one-time tokens of an organisation (used or not, expired or not) that appear in `text`.
 * Only hashes are stored, so every 43-character stretch of the token alphabet in the text is hashed
 * and looked up: a leak is found however the token is wrapped (a link, JSON, a log line).
 */
export async function oneTimeTokensIn(db: Db, organizationId: string, text: string): Promise<string[]> {
  const issued = new Set(
    (
      await db
        .select({ hash: oneTimeTokens.tokenHash })
        .from(oneTimeTokens)
        .where(eq(oneTimeTokens.organizationId, organizationId))
    ).map((row) => row.hash),
  );
  const found = new Set<string>();
  for (const [run] of text.matchAll(tokenAlphabetRun)) {
    for (let at = 0; at + TOKEN_LENGTH <= run.length; at++) {
      const candidate = run.slice(at, at + TOKEN_LENGTH);
      if (issued.has(createHash('sha256').update(candidate).digest('hex'))) found.add(candidate);
    }
  }
  return [...found];
}
