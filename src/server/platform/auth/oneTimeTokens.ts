import { and, eq, gt, isNull } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import type { Db } from '../db/client';
import { AppError } from '../errors/appError';
import { oneTimeTokens, type TokenPurpose } from './tables';
import { newSecretToken, sha256 } from './tokens';

const LIFETIME_MS: Record<TokenPurpose, number> = {
  invitation: 7 * 86_400_000,
  password_reset: 60 * 60 * 1000,
};

/** Where each purpose's link opens in the web app. */
const LINK_PATH: Record<TokenPurpose, string> = {
  invitation: '/accept-invitation',
  password_reset: '/reset-password',
};

/**
 * Issues a single-use token and returns it as the link its recipient opens. The link is a secret:
 * it goes only into an email's `oneTimeLink` (sent by SMTP, never stored) or onto the operator's
 * console (`trellis issue-link`), never into a response, a stored copy or a log line.
 */
export async function issueOneTimeLink(
  tx: Db,
  account: { id: string; organizationId: string },
  purpose: TokenPurpose,
  publicUrl: string,
): Promise<string> {
  const token = await issueOneTimeToken(tx, account, purpose);
  return `${publicUrl}${LINK_PATH[purpose]}?token=${token}`;
}

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

/** Checks that the token exists, is unused and unexpired, without spending it (cheap checks before costly work). */
export async function findUsableToken(db: Db, token: string, purpose: TokenPurpose): Promise<string> {
  const [row] = await db
    .select({ accountId: oneTimeTokens.accountId })
    .from(oneTimeTokens)
    .where(usable(token, purpose));
  if (!row) throw invalidToken();
  return row.accountId;
}

/** Marks the token used and returns its account id; the conditional update makes reuse impossible even under races. */
export async function consumeOneTimeToken(tx: Db, token: string, purpose: TokenPurpose): Promise<string> {
  const [row] = await tx
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(usable(token, purpose))
    .returning({ accountId: oneTimeTokens.accountId });
  if (!row) throw invalidToken();
  return row.accountId;
}

const usable = (token: string, purpose: TokenPurpose) =>
  and(
    eq(oneTimeTokens.tokenHash, sha256(token)),
    eq(oneTimeTokens.purpose, purpose),
    isNull(oneTimeTokens.usedAt),
    gt(oneTimeTokens.expiresAt, new Date()),
  );

const invalidToken = () =>
  new AppError('invalid_token', undefined, { fieldIssues: { token: issue('linkExpired') } });
