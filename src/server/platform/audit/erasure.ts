import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../erasure/helpers';
import type { PersonalDataEraser } from '../erasure/types';

/**
 * "Who accessed my data" (SPEC S1.5). The person's own log is deleted. Their reads of other
 * people's records belong to those people's logs and stay, with the viewer no longer identifiable:
 * the person link cleared and the account id replaced by a fresh random one per row (the account
 * is gone; a shared stand-in would be a pseudonym tying the rows together). Audit events are
 * redacted by the erasure itself (audit/redact.ts), not here.
 */
export const accessLogEraser: PersonalDataEraser = {
  domain: 'accessLog',
  operations: (s) => [
    {
      table: 'access_log',
      kind: 'Entries of who read their data',
      dataClass: 'audit',
      action: 'delete',
      reason: 'Their own access log: deleted with them',
      covers: [],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'subject_person_id')}`,
    },
    {
      table: 'access_log',
      kind: "Their reads of others' data",
      dataClass: 'audit',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another person's access log: kept, the viewer no longer identifiable",
      covers: [],
      where: sql`${inOrg(s)} AND subject_person_id <> ${s.personId}
                 AND (${isPerson(s, 'viewer_person_id')} ${s.accountId ? sql`OR viewer_account_id = ${s.accountId}` : sql``})`,
      set: sql`viewer_person_id = NULL, viewer_account_id = gen_random_uuid()`,
    },
  ],
};
