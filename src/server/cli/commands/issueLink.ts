import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { zodIssueText } from '../../../contracts/issues';
import { createPersonRequest } from '../../../contracts/org';
import { people } from '../../org/tables';
import { recordAuditEvent } from '../../platform/audit/record';
import { issueOneTimeLink } from '../../platform/auth/oneTimeTokens';
import { accounts, type TokenPurpose } from '../../platform/auth/tables';
import { loadConfig } from '../../platform/config';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { type Command, UsageError, withDatabase } from '../command';
import { askRunningServer } from '../operatorChannel';
import { requireOrganization, slugPattern } from '../organizations';

const usage = `trellis issue-link --email EMAIL --org SLUG [--purpose invitation|reset]

  Prints a one-time link for one person, for installs without SMTP (or a mailbox that cannot be
  reached): hand it to that person only. It is the same link the invitation or reset email would
  carry, valid for 7 days (invitation) or one hour (reset) and once; issuing one ends the person's
  earlier unused link of the same purpose. Without --purpose: an invitation when the person has no
  password yet, else a reset. The link appears nowhere else — not in the app, not in a log — and an
  audit event records that one was issued (not the link).
  The link starts with TRELLIS_PUBLIC_URL (default http://localhost:$PORT).`;

export interface IssueLinkInput {
  organizationSlug: string;
  email: string;
  purpose?: TokenPurpose;
  publicUrl: string;
}

/**
 * The operator's way to hand someone their invitation or reset link (SPEC S2: one-time links reach
 * only their recipient, by email or the operator's console). The operator is not a login, so the
 * audit event carries no actor.
 */
export async function issueAccountLink(
  db: Db,
  input: IssueLinkInput,
): Promise<{ link: string; purpose: TokenPurpose; accountId: string }> {
  return inTransaction(db, async (tx) => {
    const organization = await requireOrganization(tx, input.organizationSlug);
    const email = input.email.toLowerCase();
    const [person] = await tx
      .select({ id: people.id, status: people.status, email: people.email })
      .from(people)
      .where(and(eq(people.organizationId, organization.id), sql`lower(${people.email}) = ${email}`));
    // The login's address first; a person found by their directory email may sign in under an older one.
    const [login] = await tx
      .select()
      .from(accounts)
      .where(
        and(
          eq(accounts.organizationId, organization.id),
          person
            ? sql`(lower(${accounts.email}) = ${email} OR ${accounts.personId} = ${person.id})`
            : sql`lower(${accounts.email}) = ${email}`,
        ),
      )
      .orderBy(sql`lower(${accounts.email}) = ${email} DESC`)
      .limit(1);
    if (!login && !person) {
      throw new UsageError(`No one in "${organization.slug}" has the email ${input.email}.`);
    }
    const personId = login ? login.personId : person!.id;
    const [holder] = personId
      ? await tx.select({ status: people.status }).from(people).where(eq(people.id, personId))
      : [];
    if (login?.disabledAt || holder?.status === 'terminated') {
      throw new UsageError('This person has left or their login is disabled; no link was issued.');
    }
    const account =
      login ??
      (
        await tx
          .insert(accounts)
          .values({ organizationId: organization.id, personId: person!.id, email: person!.email })
          .returning()
      )[0]!;
    const purpose = input.purpose ?? (account.passwordHash ? 'password_reset' : 'invitation');
    if (purpose === 'invitation' && account.passwordHash) {
      throw new UsageError('This person has already set a password; issue a reset link (--purpose reset).');
    }
    const link = await issueOneTimeLink(tx, account, purpose, input.publicUrl);
    await recordAuditEvent(tx, {
      organizationId: organization.id,
      actorAccountId: null,
      action: 'account.link_issued',
      targetType: 'account',
      targetId: account.id,
      after: { purpose, via: 'command line' },
    });
    return { link, purpose, accountId: account.id };
  });
}

export const issueLinkCommand: Command = {
  name: 'issue-link',
  summary: 'Print a one-time invitation or password reset link for one person (installs without SMTP)',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { email: { type: 'string' }, org: { type: 'string' }, purpose: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    });
    if (!values.email) throw new UsageError('Give the person’s email with --email.');
    const email = createPersonRequest.shape.email.safeParse(values.email);
    if (!email.success) throw new UsageError(`--email: ${zodIssueText(email.error.issues[0]!)}`);
    if (!values.org) throw new UsageError('Name the organisation with --org SLUG.');
    if (!slugPattern.test(values.org)) throw new UsageError('--org: a slug such as "acme".');
    const purposes: Record<string, TokenPurpose> = { invitation: 'invitation', reset: 'password_reset' };
    if (values.purpose !== undefined && !purposes[values.purpose]) {
      throw new UsageError('--purpose: "invitation" or "reset".');
    }
    const request = {
      organizationSlug: values.org,
      email: email.data,
      purpose: values.purpose ? purposes[values.purpose] : undefined,
    };
    // On the embedded database a running server holds the data: it issues the link itself.
    const issued =
      (context.embeddedDataDir &&
        (await askRunningServer(context.embeddedDataDir, { command: 'issue-link', ...request }))) ||
      (await withDatabase(context, ({ db }) =>
        issueAccountLink(db, { ...request, publicUrl: loadConfig().publicUrl }),
      ));
    context.out(
      issued.purpose === 'invitation'
        ? `Invitation link for ${email.data} (valid for 7 days, once):`
        : `Password reset link for ${email.data} (valid for one hour, once):`,
    );
    context.out(issued.link);
    context.out('Give it to this person only. An audit event records that it was issued.');
    return 0;
  },
};
