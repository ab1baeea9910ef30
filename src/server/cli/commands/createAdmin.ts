import { parseArgs } from 'node:util';
import { count, eq, sql } from 'drizzle-orm';
import { password as passwordRule } from '../../../contracts/auth';
import { zodIssueText } from '../../../contracts/issues';
import { createPersonRequest } from '../../../contracts/org';
import { organizations, people, reportingLines } from '../../org/tables';
import { recordAuditEvent } from '../../platform/audit/record';
import { hashPassword } from '../../platform/auth/passwords';
import { accounts } from '../../platform/auth/tables';
import { organizationToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { type Command, UsageError, withDatabase } from '../command';
import { findOrganization, slugPattern } from '../organizations';

const usage = `trellis create-admin --email EMAIL --password PASSWORD [--org SLUG] [--name "Given Family"]

  Creates a person with a login holding the org_admin role. If the organisation does not exist it
  is created; without --org the only organisation is used (or "default" when there is none).
  If the email already has a login in that organisation, its password is reset and org_admin added.`;

export interface CreateAdminInput {
  email: string;
  password: string;
  organizationSlug?: string;
  givenName: string;
  familyName: string;
  /** The new person's hire date; by default today in the organisation's time zone. */
  today?: string;
}

export type CreateAdminOutcome =
  | {
      kind: 'created';
      organizationId: string;
      organizationCreated: boolean;
      personId: string;
      accountId: string;
    }
  | { kind: 'promoted'; organizationId: string; accountId: string };

/**
 * Bootstraps (or recovers) an administrator from the command line. The operator is not a login,
 * so the audit events carry no actor.
 */
export async function createAdminAccount(db: Db, input: CreateAdminInput): Promise<CreateAdminOutcome> {
  const passwordHash = await hashPassword(input.password);
  return inTransaction(db, async (tx) => {
    const { organizationId, created: organizationCreated } = await organizationFor(
      tx,
      input.organizationSlug,
    );
    const [login] = await tx
      .select()
      .from(accounts)
      .where(sql`lower(${accounts.email}) = ${input.email.toLowerCase()}`);
    if (login && login.organizationId !== organizationId) {
      throw new UsageError('This email already signs in to another organisation; choose another email.');
    }
    if (login) {
      const roles = [...new Set([...login.roles, 'org_admin' as const])].sort();
      await tx
        .update(accounts)
        .set({ passwordHash, roles, disabledAt: null, version: login.version + 1 })
        .where(eq(accounts.id, login.id));
      await recordAuditEvent(tx, {
        organizationId,
        actorAccountId: null,
        action: 'account.admin_restored',
        targetType: 'account',
        targetId: login.id,
        before: { roles: login.roles, disabled: login.disabledAt !== null },
        after: { roles, disabled: false, passwordReset: true },
      });
      return { kind: 'promoted', organizationId, accountId: login.id };
    }

    const [existingPerson] = await tx
      .select({ id: people.id })
      .from(people)
      .where(
        sql`${people.organizationId} = ${organizationId} AND lower(${people.email}) = ${input.email.toLowerCase()}`,
      );
    // Hired today where the organisation is (a new organisation has no zone yet: UTC).
    const today = input.today ?? (await organizationToday(tx, organizationId));
    const personId = existingPerson?.id ?? (await addAdminPerson(tx, organizationId, input, today));
    const [account] = await tx
      .insert(accounts)
      .values({ organizationId, personId, email: input.email, passwordHash, roles: ['org_admin'] })
      .returning({ id: accounts.id });
    await recordAuditEvent(tx, {
      organizationId,
      actorAccountId: null,
      action: 'account.admin_created',
      targetType: 'account',
      targetId: account!.id,
      after: { email: input.email, personId, roles: ['org_admin'], via: 'command line' },
    });
    return { kind: 'created', organizationId, organizationCreated, personId, accountId: account!.id };
  });
}

async function organizationFor(tx: Db, slug: string | undefined) {
  if (slug) {
    const found = await findOrganization(tx, slug);
    if (found) return { organizationId: found.id, created: false };
    return { organizationId: await addOrganization(tx, slug, titleFromSlug(slug)), created: true };
  }
  const [{ total } = { total: 0 }] = await tx.select({ total: count() }).from(organizations);
  if (total > 1) throw new UsageError('There are several organisations; choose one with --org SLUG.');
  if (total === 1) {
    const [only] = await tx.select({ id: organizations.id }).from(organizations);
    return { organizationId: only!.id, created: false };
  }
  return { organizationId: await addOrganization(tx, 'default', 'My organisation'), created: true };
}

async function addOrganization(tx: Db, slug: string, name: string) {
  const [organization] = await tx
    .insert(organizations)
    .values({ slug, name })
    .returning({ id: organizations.id });
  await recordAuditEvent(tx, {
    organizationId: organization!.id,
    actorAccountId: null,
    action: 'org.created',
    targetType: 'organization',
    targetId: organization!.id,
    after: { slug, name, via: 'command line' },
  });
  return organization!.id;
}

/** The admin is a person too (every login is), at the top of the chart until someone places them. */
async function addAdminPerson(tx: Db, organizationId: string, input: CreateAdminInput, today: string) {
  const [person] = await tx
    .insert(people)
    .values({
      organizationId,
      email: input.email,
      givenName: input.givenName,
      familyName: input.familyName,
      jobTitle: 'Administrator',
      hireDate: today,
    })
    .returning({ id: people.id });
  await tx
    .insert(reportingLines)
    .values({ organizationId, personId: person!.id, managerId: null, validFrom: today });
  await recordAuditEvent(tx, {
    organizationId,
    actorAccountId: null,
    action: 'person.created',
    targetType: 'person',
    targetId: person!.id,
    after: {
      email: input.email,
      givenName: input.givenName,
      familyName: input.familyName,
      via: 'command line',
    },
  });
  return person!.id;
}

const titleFromSlug = (slug: string) =>
  slug
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');

/** "Ada Lovelace" → Ada / Lovelace; without --name, the email's local part: "ada.lovelace" → Ada / Lovelace. */
export function splitName(
  name: string | undefined,
  email: string,
): { givenName: string; familyName: string } {
  const words = (name ?? email.split('@')[0]!.replace(/[._-]+/g, ' ')).trim().split(/\s+/).filter(Boolean);
  const capitalised = name ? words : words.map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  if (capitalised.length === 0) return { givenName: 'Administrator', familyName: 'Account' };
  if (capitalised.length === 1) return { givenName: capitalised[0]!, familyName: 'Administrator' };
  return { givenName: capitalised.slice(0, -1).join(' '), familyName: capitalised.at(-1)! };
}

export const createAdminCommand: Command = {
  name: 'create-admin',
  summary: 'Create an administrator login (org_admin), creating the organisation if needed',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        org: { type: 'string' },
        name: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
    if (!values.email) throw new UsageError('Give the administrator’s email with --email.');
    if (!values.password) throw new UsageError('Give a password with --password.');
    const email = createPersonRequest.shape.email.safeParse(values.email);
    if (!email.success) throw new UsageError(`--email: ${zodIssueText(email.error.issues[0]!)}`);
    const password = passwordRule.safeParse(values.password);
    if (!password.success) throw new UsageError(`--password: ${zodIssueText(password.error.issues[0]!)}`);
    if (values.org !== undefined && !slugPattern.test(values.org)) {
      throw new UsageError('--org: a slug uses lower-case letters, digits and hyphens, e.g. "acme".');
    }
    const outcome = await withDatabase(context, (database) =>
      createAdminAccount(database.db, {
        email: email.data,
        password: password.data,
        organizationSlug: values.org,
        ...splitName(values.name, email.data),
      }),
    );
    if (outcome.kind === 'promoted') {
      context.out(`${email.data} already had a login: its password was reset and it now holds org_admin.`);
    } else {
      if (outcome.organizationCreated) context.out(`Created organisation ${outcome.organizationId}.`);
      context.out(`Created administrator ${email.data} (org_admin) in ${context.databaseLabel}.`);
    }
    return 0;
  },
};
