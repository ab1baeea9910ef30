import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { chainsAsOf, employedOn } from '../chains';
import { MAX_RATING } from '../grain';

/** The cycles a snapshot covers: the latest launched ones (the cycle picker offers these). */
export const MAX_SNAPSHOT_CYCLES = 12;

/** How long after a cycle's period a top-rated person must still be employed to count as retained. */
export const RETENTION_MONTHS = 12;

export interface NowSnapshotInput {
  organizationId: string;
  timeZone: string;
  /** The organisation's today: the end of the window. */
  today: string;
  /** The first day of the window (today − 12 months). */
  windowFrom: string;
}

/**
 * Writes the Now half's grain for one organisation (the caller cleared it first, in the same
 * transaction). Reads performance, compensation and directory tables only — never a development,
 * confidential, anonymous or talent table (scripts/architecture.ts keeps this folder from importing
 * growth code; the separation test plants their records and scans every Now answer).
 *
 * Cycle metrics: one row per review of the latest launched cycles, grouped by the review's launch
 * snapshot (department, reviewer) and the subject's managers on the cycle's launch day.
 */
export async function writeNowCycleGrain(db: Db, input: NowSnapshotInput): Promise<void> {
  const { organizationId: org, timeZone, today } = input;
  const rated = sql`f.calibrated AND f.final_rating BETWEEN 1 AND least(f.scale, ${MAX_RATING})`;
  const compared = sql`f.calibrated AND f.proposed_rating IS NOT NULL AND f.final_rating IS NOT NULL`;
  const top = sql`${rated} AND f.final_rating = f.scale`;
  await db.execute(sql`
    WITH RECURSIVE
    cyc AS (
      SELECT id, (launched_at AT TIME ZONE ${timeZone})::date AS launched_on,
             jsonb_array_length(content->'ratingScale'->'labels') AS scale,
             least((period_end + make_interval(months => ${RETENTION_MONTHS}))::date, ${today}::date) AS retain_on
        FROM review_cycles
       WHERE organization_id = ${org} AND launched_at IS NOT NULL
       ORDER BY launched_at DESC LIMIT ${MAX_SNAPSHOT_CYCLES}
    ),
    ${chainsAsOf(
      org,
      sql`SELECT DISTINCT r.subject_id, c.launched_on FROM reviews r JOIN cyc c ON c.id = r.cycle_id`,
    )},
    facts AS (
      SELECT r.cycle_id, r.department_id, r.reviewer_id AS manager_id,
             CASE WHEN cardinality(coalesce(ch.chain, ARRAY[]::uuid[])) > 0 THEN ch.chain
                  WHEN r.reviewer_id IS NOT NULL THEN ARRAY[r.reviewer_id]
                  ELSE ARRAY[]::uuid[] END AS chain,
             EXISTS (SELECT 1 FROM review_forms rf
                      WHERE rf.review_id = r.id AND rf.kind = 'self' AND rf.state = 'submitted') AS self_done,
             r.state IN ('submitted', 'in_calibration', 'calibrated', 'released', 'acknowledged') AS manager_done,
             r.state IN ('calibrated', 'released', 'acknowledged') AS calibrated,
             r.state IN ('released', 'acknowledged') AS released,
             r.state = 'acknowledged' AS acknowledged,
             r.proposed_rating, r.final_rating, c.scale,
             ${employedOn(sql`c.retain_on`)} AS employed_later
        FROM reviews r
        JOIN cyc c ON c.id = r.cycle_id
        JOIN people p ON p.id = r.subject_id
        LEFT JOIN chains ch ON ch.person_id = r.subject_id AND ch.at = c.launched_on
       WHERE r.organization_id = ${org}
    )
    INSERT INTO analytics_now_snapshots
      (organization_id, metric_id, cycle_id, department_id, manager_id, chain, bucket, people, total, total_squares)
    SELECT ${org}, b.metric, f.cycle_id, f.department_id, f.manager_id, f.chain, b.bucket,
           count(*), coalesce(sum(b.value), 0), coalesce(sum(b.value * b.value), 0)
      FROM facts f
      CROSS JOIN LATERAL (VALUES
        ('review_completion', 'participants', true, NULL::numeric),
        ('review_completion', 'self_review', f.self_done, NULL),
        ('review_completion', 'manager_review', f.manager_done, NULL),
        ('review_completion', 'calibrated', f.calibrated, NULL),
        ('review_completion', 'released', f.released, NULL),
        ('review_completion', 'acknowledged', f.acknowledged, NULL),
        ('rating_distribution', 'rated', ${rated}, f.final_rating::numeric),
        ('rating_distribution', 'rating_' || f.final_rating, ${rated}, NULL),
        ('calibration_change', 'calibrated', ${compared}, NULL),
        ('calibration_change', 'up', ${compared} AND f.final_rating > f.proposed_rating, NULL),
        ('calibration_change', 'down', ${compared} AND f.final_rating < f.proposed_rating, NULL),
        ('manager_leniency', 'proposed',
          f.manager_done AND f.manager_id IS NOT NULL AND f.proposed_rating BETWEEN 1 AND f.scale,
          f.proposed_rating::numeric),
        ('high_performer_retention', 'top_rated', ${top}, NULL),
        ('high_performer_retention', 'retained', ${top} AND f.employed_later, NULL)
      ) AS b(metric, bucket, included, value)
     WHERE b.included
     GROUP BY b.metric, f.cycle_id, f.department_id, f.manager_id, f.chain, b.bucket`);
}

/**
 * Window metrics over (windowFrom, today]: everyone employed at some point of the window, grouped
 * by their department now and their managers on their last day in the window (today for those
 * still here). Turnover counts separations by the recorded reason; promotions are approved
 * promotions of released (never sandbox) compensation cycles effective in the window, plus pay
 * records HR entered with the reason `promotion`.
 */
export async function writeNowWindowGrain(db: Db, input: NowSnapshotInput): Promise<void> {
  const { organizationId: org, today, windowFrom } = input;
  const from = sql`${windowFrom}::date`;
  const end = sql`${today}::date`;
  await db.execute(sql`
    WITH RECURSIVE
    ${chainsAsOf(
      org,
      sql`SELECT p.id, least(coalesce(p.terminated_on, ${end}), ${end}) FROM people p
           WHERE p.organization_id = ${org} AND p.hire_date <= ${end}
             AND (p.terminated_on IS NULL OR p.terminated_on > ${from})
             AND NOT (p.status = 'terminated' AND p.terminated_on IS NULL)`,
    )},
    facts AS (
      SELECT p.department_id, ch.chain, ch.chain[cardinality(ch.chain)] AS manager_id,
             ${employedOn(from)} AS at_start, ${employedOn(end)} AS at_end,
             (p.terminated_on > ${from} AND p.terminated_on <= ${end}) AS left_window,
             p.termination_reason,
             (SELECT count(*) FROM comp_cycle_participants cp
                JOIN comp_proposals pr ON pr.participant_id = cp.id
                JOIN comp_cycles cc ON cc.id = cp.cycle_id
               WHERE cp.organization_id = ${org} AND cp.person_id = p.id AND pr.state = 'approved'
                 AND pr.promotion_level_id IS NOT NULL AND cc.released_at IS NOT NULL AND NOT cc.sandbox
                 AND cc.effective_date > ${from} AND cc.effective_date <= ${end})
           + (SELECT count(*) FROM pay_records pay
               WHERE pay.organization_id = ${org} AND pay.person_id = p.id AND pay.reason = 'promotion'
                 AND pay.effective_from > ${from} AND pay.effective_from <= ${end}) AS promotions
        FROM people p JOIN chains ch ON ch.person_id = p.id
       WHERE p.organization_id = ${org}
    )
    INSERT INTO analytics_now_snapshots
      (organization_id, metric_id, cycle_id, department_id, manager_id, chain, bucket, people, total, total_squares)
    SELECT ${org}, b.metric, NULL, f.department_id, f.manager_id, f.chain, b.bucket,
           count(*), coalesce(sum(b.value), 0), 0
      FROM facts f
      CROSS JOIN LATERAL (VALUES
        ('turnover', 'population', true, NULL::numeric),
        ('turnover', 'start', f.at_start, NULL),
        ('turnover', 'end', f.at_end, NULL),
        ('turnover', 'voluntary', f.left_window AND f.termination_reason = 'voluntary', NULL),
        ('turnover', 'involuntary', f.left_window AND f.termination_reason = 'involuntary', NULL),
        ('turnover', 'unspecified', f.left_window AND f.termination_reason IS NULL, NULL),
        ('promotion_rate', 'population', true, NULL),
        ('promotion_rate', 'start', f.at_start, NULL),
        ('promotion_rate', 'end', f.at_end, NULL),
        ('promotion_rate', 'promoted', f.promotions > 0, f.promotions::numeric)
      ) AS b(metric, bucket, included, value)
     WHERE b.included
     GROUP BY b.metric, f.department_id, f.manager_id, f.chain, b.bucket`);
}
