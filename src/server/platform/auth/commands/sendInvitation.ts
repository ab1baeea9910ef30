import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../audit/record';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/tx';
import { AppError, notFound } from '../../errors/appError';
import { accountEmailTexts } from '../../mail/accountMessages';
import type { Mailer } from '../../mail/mailer';
import { asLocale, organizationDefaultLocale } from '../../notifications/messages';
import type { Actor } from '../actor';
import { issueOneTimeLink } from '../oneTimeTokens';
import { accounts } from '../tables';

/**
 * HR invites a person to set a password; the emailed link is valid for 7 days and once. It reaches
 * only the person: by SMTP, or without SMTP through the operator (`trellis issue-link`); HR never
 * sees it.
 */
export async function sendInvitation(
  db: Db,
  deps: { mailer: Mailer; config: Config },
  actor: Actor,
  personId: string,
) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .select({ account: accounts, givenName: people.givenName, status: people.status })
      .from(people)
      .leftJoin(accounts, eq(accounts.personId, people.id))
      .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)));
    if (!row) throw notFound('Person');
    if (row.status === 'terminated' || row.account?.disabledAt) {
      throw new AppError('invalid_state', issue('inviteLeaver'));
    }
    if (row.account?.passwordHash) {
      throw new AppError(
        'invalid_state',
        'This person has already set a password; they can reset it from the sign-in page.',
      );
    }
    // A new account starts in the organisation's default language; the invitation is written in it.
    const account =
      row.account ??
      (
        await tx
          .insert(accounts)
          .values({
            organizationId: actor.organizationId,
            personId,
            email: (
              await tx.select({ email: people.email }).from(people).where(eq(people.id, personId))
            )[0]!.email,
            locale: await organizationDefaultLocale(tx, actor.organizationId),
          })
          .returning()
      )[0]!;
    await deps.mailer.send(tx, {
      organizationId: actor.organizationId,
      kind: 'account.invitation',
      to: account.email,
      ...accountEmailTexts.invitation(asLocale(account.locale), row.givenName),
      oneTimeLink: await issueOneTimeLink(tx, account, 'invitation', deps.config.publicUrl),
    });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'account.invited',
      targetType: 'person',
      targetId: personId,
    });
  });
}
