import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const anonymousStays =
  'Anonymous answers belong to no one and stay; only what ties the person to a survey goes';
const chainHas = (s: ErasureSubject, column: string) =>
  sql`${inOrg(s)} AND ${sql.identifier(column)} @> ARRAY[${s.personId}::uuid]`;
const dropFromChain = (s: ErasureSubject, column: string) =>
  sql`${sql.identifier(column)} = array_remove(${sql.identifier(column)}, ${s.personId}::uuid)`;

/**
 * Engagement surveys (SPEC S5, S1.3). Their invitations (and links) are deleted: which rounds they
 * were asked to and answered. Their answers are not theirs any more — nothing ties a response or a
 * comment to them — and stay. Where they appear as a manager in the launch-day chains of others'
 * invitations and answers, their id is taken out. Team actions they carried stay with the team,
 * without them as owner.
 */
export const surveysEraser: PersonalDataEraser = {
  domain: 'surveys',
  operations: (s) => [
    {
      table: 'engagement_survey_participants',
      kind: 'Their survey invitations and whether they answered',
      dataClass: 'anonymous',
      action: 'delete',
      reason: anonymousStays,
      covers: ['engagement_survey_participants.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    ...(
      [
        [
          'engagement_survey_participants',
          'snapshot_manager_chain',
          'Them as a manager in others’ survey invitations',
        ],
        [
          'engagement_survey_responses',
          'bucket_manager_chain',
          'Them as a manager in the buckets of anonymous answers',
        ],
        [
          'engagement_survey_comments',
          'bucket_manager_chain',
          'Them as a manager in the buckets of anonymous comments',
        ],
        [
          'engagement_survey_held_answers',
          'bucket_manager_chain',
          'Them as a manager in the buckets of anonymous answers not yet released',
        ],
      ] as const
    ).map(([table, column, kind]) => ({
      table,
      kind,
      dataClass: 'anonymous' as const,
      action: 'anonymise' as const,
      reason: anonymousStays,
      covers: [],
      where: chainHas(s, column),
      set: dropFromChain(s, column),
    })),
    {
      table: 'engagement_round_rollups',
      kind: 'Survey totals of the team they managed',
      dataClass: 'anonymous',
      action: 'delete',
      reason: 'Totals kept per manager name that manager; the whole round’s totals stay',
      covers: ['engagement_round_rollups.manager_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'manager_id')}`,
    },
    {
      table: 'engagement_team_actions',
      kind: 'Team actions they carried',
      dataClass: 'system',
      action: 'anonymise',
      reason: 'A team action belongs to the team; it stays without its owner',
      covers: ['engagement_team_actions.owner_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'owner_id')}`,
      set: sql`owner_id = NULL`,
      othersRecord: true,
    },
  ],
};
