import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

const reason = retentionRules.talent.reason;
const othersRecord = "Another person's talent record: kept; the link to the erased person is removed";

/**
 * Talent reviews (SPEC S4.9): the person's own assessments and placements are deleted, their seats
 * as a participant too; sessions they facilitated and records they assessed, placed or managed
 * keep no link to them.
 */
export const talentEraser: PersonalDataEraser = {
  domain: 'talent reviews',
  operations: (s) => [
    {
      table: 'talent_review_members',
      kind: 'Their talent assessments and 9-box placements',
      dataClass: 'talent',
      action: 'delete',
      reason,
      covers: ['talent_review_members.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'talent_review_members',
      kind: 'Talent records they assessed, placed or managed',
      dataClass: 'talent',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: [],
      where: sql`${inOrg(s)} AND person_id <> ${s.personId} AND (manager_id = ${s.personId} OR assessed_by = ${s.personId} OR overridden_by = ${s.personId})`,
      set: sql`manager_id = CASE WHEN manager_id = ${s.personId} THEN NULL ELSE manager_id END,
               assessed_by = CASE WHEN assessed_by = ${s.personId} THEN NULL ELSE assessed_by END,
               overridden_by = CASE WHEN overridden_by = ${s.personId} THEN NULL ELSE overridden_by END`,
    },
    {
      table: 'talent_review_participants',
      kind: 'Talent reviews they took part in',
      dataClass: 'talent',
      action: 'delete',
      reason,
      covers: ['talent_review_participants.person_id'],
      // No id of its own: the seat is the (session, person) pair.
      idColumn: null,
      where: sql`${isPerson(s, 'person_id')} AND session_id IN (SELECT id FROM talent_review_sessions WHERE organization_id = ${s.organizationId})`,
    },
    {
      table: 'talent_review_sessions',
      kind: 'Talent reviews they facilitated',
      dataClass: 'talent',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['talent_review_sessions.facilitator_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'facilitator_id')}`,
      set: sql`facilitator_id = NULL`,
    },
  ],
};
