import { sql } from 'drizzle-orm';
import { isPerson } from '../erasure/helpers';
import { retentionRules } from '../erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../erasure/types';

const theirAccounts = (s: ErasureSubject) =>
  sql`SELECT id FROM accounts WHERE organization_id = ${s.organizationId} AND person_id = ${s.personId}`;
const reason = retentionRules.credential.reason;

/** Sign-in data: the person's account, its sessions and one-time tokens, their failed logins. */
export const authEraser: PersonalDataEraser = {
  domain: 'auth',
  operations: (s) => [
    {
      table: 'sessions',
      kind: 'Their sessions',
      dataClass: 'credential',
      action: 'delete',
      reason,
      covers: ['sessions.account_id'],
      where: sql`account_id IN (${theirAccounts(s)})`,
    },
    {
      table: 'one_time_tokens',
      kind: 'Their invitation and password-reset tokens',
      dataClass: 'credential',
      action: 'delete',
      reason,
      covers: ['one_time_tokens.account_id'],
      where: sql`account_id IN (${theirAccounts(s)})`,
    },
    {
      table: 'login_attempts',
      kind: 'Failed sign-ins with their email',
      dataClass: 'credential',
      action: 'delete',
      reason,
      covers: [],
      where: sql`email_key = ${s.email.toLowerCase()}`,
    },
    {
      table: 'accounts',
      kind: 'Their account',
      dataClass: 'credential',
      action: 'delete',
      reason,
      covers: ['accounts.person_id'],
      where: sql`organization_id = ${s.organizationId} AND ${isPerson(s, 'person_id')}`,
    },
  ],
};
