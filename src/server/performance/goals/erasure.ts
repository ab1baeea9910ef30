import { sql } from 'drizzle-orm';
import { inOrg, isPerson, performanceAction } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

/**
 * Goals (SPEC S3.1): performance records. The person's own goals are kept within the retention
 * period with every text replaced by a neutral word (progress values, statuses and dates stay) and
 * deleted after it. Check-ins they wrote on other people's goals and goals they created for others
 * stay the other person's, without the link to them.
 */
export const goalsEraser: PersonalDataEraser = {
  domain: 'goals',
  operations: (s) => {
    const action = performanceAction(s);
    const keep = action === 'anonymise';
    const own = sql`SELECT id FROM goals WHERE organization_id = ${s.organizationId} AND owner_person_id = ${s.personId}`;
    const reason = retentionRules.performance.reason;
    const othersRecord = "Another person's goal: kept for them; the link to the erased person is removed";
    return [
      {
        table: 'goal_check_ins',
        kind: 'Check-ins on their own goals',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: sql`goal_id IN (${own})`,
        set: keep ? sql`comment = '', author_person_id = NULL` : undefined,
      },
      {
        table: 'goal_key_results',
        kind: 'Key results of their own goals',
        dataClass: 'performance',
        action,
        reason,
        covers: [],
        where: sql`goal_id IN (${own})`,
        set: keep ? sql`title = 'Key result'` : undefined,
      },
      {
        table: 'goals',
        kind: 'Their own goals',
        dataClass: 'performance',
        action,
        reason,
        covers: ['goals.owner_person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'owner_person_id')}`,
        set: keep ? sql`title = 'Goal', description = '', created_by_person_id = NULL` : undefined,
      },
      {
        table: 'goal_check_ins',
        kind: "Check-ins they wrote on others' goals",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['goal_check_ins.author_person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'author_person_id')} AND goal_id NOT IN (${own})`,
        set: sql`author_person_id = NULL`,
      },
      {
        table: 'goals',
        kind: 'Goals they created for others',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['goals.created_by_person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'created_by_person_id')} AND owner_person_id IS DISTINCT FROM ${s.personId}`,
        set: sql`created_by_person_id = NULL`,
      },
    ];
  },
};
