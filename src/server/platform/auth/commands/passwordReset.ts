import { eq, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/tx';
import type { Mailer } from '../../mail/mailer';
import { consumeOneTimeToken, issueOneTimeToken } from '../oneTimeTokens';
import { hashPassword } from '../passwords';
import { endAllSessions } from '../sessions';
import { accounts } from '../tables';

/**
 * Emails a reset link when the address belongs to an active account. The caller always answers 202,
 * so the endpoint does not reveal which addresses exist.
 */
export async function requestPasswordReset(db: Db, deps: { mailer: Mailer; config: Config }, email: string) {
  await inTransaction(db, async (tx) => {
    const [account] = await tx
      .select()
      .from(accounts)
      .where(sql`lower(${accounts.email}) = ${email.toLowerCase()} AND ${accounts.disabledAt} IS NULL`);
    if (!account) return;
    const token = await issueOneTimeToken(tx, account, 'password_reset');
    await deps.mailer.send(tx, {
      organizationId: account.organizationId,
      to: account.email,
      subject: 'Reset your Trellis password',
      text: `Someone asked to reset the password of your Trellis account.\nIf it was you, choose a new password here (valid for one hour):\n\n${deps.config.publicUrl}/reset-password?token=${token}\n\nIf it was not you, ignore this email; your password stays as it is.\n`,
      secrets: [token],
    });
  });
}

/** Sets the password from an invitation or reset token and ends every existing session of the account. */
export async function completeWithToken(
  db: Db,
  input: { token: string; password: string; purpose: 'invitation' | 'password_reset' },
) {
  const passwordHash = await hashPassword(input.password);
  await inTransaction(db, async (tx) => {
    const accountId = await consumeOneTimeToken(tx, input.token, input.purpose);
    const [account] = await tx
      .update(accounts)
      .set({ passwordHash })
      .where(eq(accounts.id, accountId))
      .returning({ organizationId: accounts.organizationId, personId: accounts.personId });
    await endAllSessions(tx, accountId);
    await recordAuditEvent(tx, {
      organizationId: account!.organizationId,
      actorAccountId: accountId,
      action: input.purpose === 'invitation' ? 'account.invitation_accepted' : 'account.password_reset',
      targetType: 'account',
      targetId: accountId,
    });
  });
}
