import { sql } from 'drizzle-orm';
import { inOrg } from '../erasure/helpers';
import { retentionRules } from '../erasure/retention';
import type { PersonalDataEraser } from '../erasure/types';

/**
 * Queued, failed or finished jobs whose payload names the person (by id) are deleted; a job a worker
 * is running right now is left to finish (its payload holds ids only, no personal values).
 */
export const jobsEraser: PersonalDataEraser = {
  domain: 'jobs',
  operations: (s) => [
    {
      table: 'job_queue',
      kind: 'Background jobs about them',
      dataClass: 'system',
      action: 'delete',
      reason: retentionRules.system.reason,
      covers: [],
      where: sql`${inOrg(s)} AND state <> 'running' AND (strpos(payload::text, ${s.personId}) > 0
                 ${s.accountId ? sql`OR strpos(payload::text, ${s.accountId}) > 0` : sql``})`,
    },
  ],
};
