import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../platform/erasure/helpers';
import { retentionRules } from '../platform/erasure/retention';
import type { PersonalDataEraser } from '../platform/erasure/types';

/** The values an erased person row gets: fixed or random, never derived from the person. */
export const ERASED_GIVEN_NAME = 'Erased';
export const ERASED_FAMILY_NAME = 'person';

/**
 * The person row and their place in the organisation. The row is not deleted: kept records
 * (performance records within retention, other people's records they appear in) point at it. It
 * is irreversibly anonymised instead: a fixed name, a random email (no hash of the old one, so no
 * stable pseudonym), and every other attribute cleared or set to a fixed value. Their own
 * reporting history goes; other people's history that names them as manager stays, and now names
 * nobody. Runs last: the other erasers find the person's records through this row.
 */
export const profileEraser: PersonalDataEraser = {
  domain: 'profile',
  operations: (s) => [
    {
      table: 'reporting_lines',
      kind: 'Their reporting history',
      dataClass: 'directory',
      action: 'delete',
      reason: retentionRules.directory.reason,
      covers: ['reporting_lines.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'reporting_lines',
      kind: 'Reporting history of people they managed',
      dataClass: 'directory',
      action: 'keep',
      reason: "Other people's history: kept; it now points at the anonymised row",
      covers: ['reporting_lines.manager_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'manager_id')} AND person_id <> ${s.personId}`,
    },
    {
      table: 'people',
      kind: 'Former reports still pointing at them as manager',
      dataClass: 'directory',
      action: 'anonymise',
      othersRecord: true,
      reason: 'Only people who have left may still name them; the link is removed',
      covers: ['people.manager_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'manager_id')} AND id <> ${s.personId}`,
      set: sql`manager_id = NULL, version = version + 1, updated_at = now()`,
    },
    {
      table: 'erasure_requests',
      kind: 'Erasure requests they made or decided',
      dataClass: 'audit',
      action: 'anonymise',
      othersRecord: true,
      reason: 'The decision record stays; who made it is removed with their account',
      covers: ['erasure_requests.requested_by', 'erasure_requests.decided_by'],
      where: sql`${inOrg(s)} AND person_id <> ${s.personId}
                 AND (requested_by = ${s.accountId ?? s.personId} OR decided_by = ${s.accountId ?? s.personId})`,
      set: sql`requested_by = CASE WHEN requested_by = ${s.accountId ?? s.personId} THEN NULL ELSE requested_by END,
               decided_by = CASE WHEN decided_by = ${s.accountId ?? s.personId} THEN NULL ELSE decided_by END`,
    },
    {
      table: 'erasure_requests',
      // The open request (this one) is counted neither in the dry run nor on execution.
      kind: 'Earlier, closed erasure requests about them',
      dataClass: 'audit',
      action: 'keep',
      reason: 'The four-eyes record of this erasure: ids, a reference and counts, no personal data',
      covers: ['erasure_requests.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')} AND state <> 'requested'`,
    },
    {
      table: 'people',
      kind: 'Their person record',
      dataClass: 'directory',
      action: 'anonymise',
      reason: 'Anonymised irreversibly: kept records point at it, it points at nobody',
      covers: [],
      where: sql`${inOrg(s)} AND id = ${s.personId}`,
      set: sql`given_name = ${ERASED_GIVEN_NAME}, family_name = ${ERASED_FAMILY_NAME},
               email = 'erased-' || gen_random_uuid()::text || '@erased.invalid',
               employee_id = NULL, job_title = '', location = '', timezone = 'UTC',
               hire_date = DATE '1970-01-01', terminated_on = NULL, status = 'terminated',
               level_id = NULL, department_id = NULL, manager_id = NULL,
               version = version + 1, updated_at = now()`,
    },
  ],
};
