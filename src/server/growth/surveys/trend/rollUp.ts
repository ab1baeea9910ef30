import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client';
import { WHOLE_ROUND } from './tables';

/**
 * Writes the totals of every closed round of the organisation that has none yet (see
 * `engagement_round_rollups`): one row for the whole round — also when nobody answered, which marks
 * the round as done — and one per manager in any answer's launch-day chain. One statement each, in
 * one transaction; `ON CONFLICT DO NOTHING` makes a second writer racing the first a no-op.
 * Called by the analytics snapshot job, and by a read that finds a round without totals.
 */
export async function rollUpClosedRounds(db: Db, options: { organizationId: string }): Promise<number> {
  const pending = await queryRows<{ id: string }>(
    db,
    sql`SELECT r.id FROM engagement_survey_rounds r
         WHERE r.organization_id = ${options.organizationId} AND r.closed
           AND NOT EXISTS (SELECT 1 FROM engagement_round_rollups t
                            WHERE t.round_id = r.id AND t.manager_id = ${WHOLE_ROUND}::uuid)`,
  );
  if (pending.length === 0) return 0;
  const rounds = sql`ARRAY[${sql.join(
    pending.map((round) => sql`${round.id}::uuid`),
    sql`, `,
  )}]`;
  await db.transaction(async (tx) => {
    // Each answer counts once for the whole round (the nil id appended to its chain) and once for
    // every manager above the respondent on the launch day.
    await tx.execute(sql`
      INSERT INTO engagement_round_rollups
        (organization_id, round_id, manager_id, respondents, likert_sum, likert_answers, promoters, passives, detractors)
      SELECT r.organization_id, r.round_id, m.manager_id, count(*),
             coalesce(sum(s.total), 0), coalesce(sum(s.answers), 0),
             count(*) FILTER (WHERE r.enps_score >= 9),
             count(*) FILTER (WHERE r.enps_score BETWEEN 7 AND 8),
             count(*) FILTER (WHERE r.enps_score <= 6)
        FROM engagement_survey_responses r
        CROSS JOIN LATERAL (SELECT sum(value::numeric) AS total, count(*) AS answers
                              FROM jsonb_each_text(r.likert_scores)) s
        CROSS JOIN LATERAL unnest(array_append(r.bucket_manager_chain, ${WHOLE_ROUND}::uuid)) AS m(manager_id)
       WHERE r.round_id = ANY(${rounds})
       GROUP BY r.organization_id, r.round_id, m.manager_id
      ON CONFLICT DO NOTHING`);
    await tx.execute(sql`
      INSERT INTO engagement_round_rollups
        (organization_id, round_id, manager_id, respondents, likert_sum, likert_answers, promoters, passives, detractors)
      SELECT ${options.organizationId}::uuid, id, ${WHOLE_ROUND}::uuid, 0, 0, 0, 0, 0, 0
        FROM unnest(${rounds}) AS id
      ON CONFLICT DO NOTHING`);
  });
  return pending.length;
}
