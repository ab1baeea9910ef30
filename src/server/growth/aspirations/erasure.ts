import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

/** Career aspirations (SPEC S4): the person's own development records, deleted. */
export const aspirationsEraser: PersonalDataEraser = {
  domain: 'aspirations',
  operations: (s) => [
    {
      table: 'aspirations',
      kind: 'Their aspirations',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['aspirations.owner_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'owner_id')}`,
    },
  ],
};
