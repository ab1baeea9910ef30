import { eq, sql } from 'drizzle-orm';
import { password as passwordRules } from '../../../../contracts/auth';
import { describeZodIssue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../audit/record';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/tx';
import { validationFailed } from '../../errors/appError';
import { accountEmailTexts } from '../../mail/accountMessages';
import type { Mailer } from '../../mail/mailer';
import { asLocale } from '../../notifications/messages';
import { notify } from '../../notifications/notify';
import { consumeOneTimeToken, findUsableToken, issueOneTimeLink } from '../oneTimeTokens';
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
    await deps.mailer.send(tx, {
      organizationId: account.organizationId,
      kind: 'account.password_reset',
      to: account.email,
      // In the account's own language.
      ...accountEmailTexts.passwordReset(asLocale(account.locale)),
      oneTimeLink: await issueOneTimeLink(tx, account, 'password_reset', deps.config.publicUrl),
    });
  });
}

/**
 * Sets the password from an invitation or reset token and ends every existing session of the account.
 * Cheap checks first: the token (read, not yet spent), then the password rules; only then the argon2
 * hash, so a guessed token costs no hashing. The token is spent in the same transaction that sets the
 * password, by a conditional update, so a refused password leaves it usable and two racing
 * completions cannot both succeed.
 */
export async function completeWithToken(
  db: Db,
  input: { token: string; password: string; purpose: 'invitation' | 'password_reset' },
) {
  await findUsableToken(db, input.token, input.purpose);
  const rules = passwordRules.safeParse(input.password);
  if (!rules.success) throw validationFailed({ password: describeZodIssue(rules.error.issues[0]!) });
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
    // The owner hears of every reset, by email too: a takeover cannot pass unnoticed.
    if (input.purpose === 'password_reset' && account?.personId) {
      await notify(tx, [
        {
          organizationId: account.organizationId,
          recipientId: account.personId,
          kind: 'account.password_changed',
          params: {},
          email: true,
        },
      ]);
    }
  });
}
