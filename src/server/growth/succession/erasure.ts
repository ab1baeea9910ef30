import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

const othersRecord = "The organisation's succession plan: kept; the link to the erased person is removed";

/**
 * Succession plans (SPEC S4.9, class talent): the person's places on slates are deleted; a position
 * they hold stays the organisation's, without its incumbent and without the vacancy-risk reason and
 * date (which were about them); positions they reviewed lose them as reviewer.
 */
export const successionEraser: PersonalDataEraser = {
  domain: 'succession',
  operations: (s) => [
    {
      table: 'succession_candidates',
      kind: 'Their places on succession slates',
      dataClass: 'talent',
      action: 'delete',
      reason: retentionRules.talent.reason,
      covers: ['succession_candidates.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'key_positions',
      kind: 'Key positions they hold',
      dataClass: 'talent',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['key_positions.incumbent_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'incumbent_id')}`,
      set: sql`incumbent_id = NULL, vacancy_reason = '', expected_vacancy_on = NULL`,
    },
    {
      table: 'key_position_reviewers',
      kind: 'Succession plans they were designated to review',
      dataClass: 'talent',
      action: 'delete',
      othersRecord: true,
      reason: othersRecord,
      covers: ['key_position_reviewers.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      idColumn: null,
    },
  ],
};
