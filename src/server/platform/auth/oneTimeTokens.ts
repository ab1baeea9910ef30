import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { AppError } from '../errors/appError';
import { oneTimeTokens, type TokenPurpose } from './tables';
import { newSecretToken, sha256 } from './tokens';

const LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 86_400_000,
  password_reset: 60 * 60 * 1000,
};

/** Issues a single-use token; earlier unused tokens of the same purpose stop working. */
export async function issueOneTimeToken(
  tx: Db,
  account: { id: string; organizationId: string },
  purpose: TokenPurpose,
): Promise<string> {
  await tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.accountId, account.id),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
      ),
    );
  const token = newSecretToken();
  await tx.insert(oneTimeTokens).values({
    tokenHash: sha256(token),
    purpose,
    accountId: account.id,
    organizationId: account.organizationId,
    expiresAt: new Date(Date.now() + LIFETIME_MS[purpose]),
  });
  return token;
}

/** Marks the token used and returns its account id; the conditional update makes reuse impossible even under races. */
export async function consumeOneTimeToken(tx: Db, token: string, purpose: TokenPurpose): Promise<string> {
  const [row] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.tokenHash, sha256(token)),
        eq(oneTimeTokens.purpose, purpose),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    )
    .returning({ accountId: oneTimeTokens.accountId });
  if (!row)
    throw new AppError('invalid_token', undefined, {
      fields: { token: 'This link is invalid or has expired.' },
    });
  return row.accountId;
}
