import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { chainsAsOf, employedOn } from '../chains';

/** A career conversation counts for coverage when it was completed within this many months. */
export const CONVERSATION_MONTHS = 6;

export interface NextSnapshotInput {
  organizationId: string;
  /** The organisation's today: everyone employed today, grouped as of today. */
  today: string;
}

/**
 * Writes the Next half's grain for one organisation (the caller cleared it first, in the same
 * transaction): everyone employed today, by their department and their managers today. Reads
 * development tables for the existence of a plan, a conversation, a mentoring pair and coaching
 * logistics (statuses, allowances, held sessions) — never a text, never a coaching note, and never a
 * performance or compensation table (scripts/architecture.ts keeps this folder from importing
 * performance code; the separation test plants their records and scans every Next answer).
 */
export async function writeNextGrain(db: Db, input: NextSnapshotInput): Promise<void> {
  const { organizationId: org, today } = input;
  const day = sql`${today}::date`;
  await db.execute(sql`
    WITH RECURSIVE
    ${chainsAsOf(org, sql`SELECT p.id, ${day} FROM people p WHERE p.organization_id = ${org} AND ${employedOn(day)}`)},
    facts AS (
      SELECT p.department_id, ch.chain, ch.chain[cardinality(ch.chain)] AS manager_id,
             EXISTS (SELECT 1 FROM development_plans dp
                      WHERE dp.organization_id = ${org} AND dp.owner_id = p.id AND dp.status = 'active') AS active_plan,
             EXISTS (SELECT 1 FROM career_conversations cc
                      WHERE cc.organization_id = ${org} AND cc.employee_id = p.id AND cc.status = 'completed'
                        AND cc.completed_at >= (${day} - make_interval(months => ${CONVERSATION_MONTHS}))) AS conversation,
             EXISTS (SELECT 1 FROM mentoring_matches mm
                      WHERE mm.organization_id = ${org} AND mm.mentee_id = p.id
                        AND mm.status IN ('accepted', 'active')) AS mentee,
             EXISTS (SELECT 1 FROM mentoring_matches mm
                      WHERE mm.organization_id = ${org} AND mm.mentor_id = p.id
                        AND mm.status IN ('accepted', 'active')) AS mentor,
             eng.*
        FROM people p
        JOIN chains ch ON ch.person_id = p.id
        CROSS JOIN LATERAL (
          SELECT count(*) AS engagements,
                 count(*) FILTER (WHERE e.status = 'requested') AS requested,
                 count(*) FILTER (WHERE e.status = 'chemistry') AS chemistry,
                 count(*) FILTER (WHERE e.status = 'awaiting_approval') AS awaiting_approval,
                 count(*) FILTER (WHERE e.status = 'active') AS active,
                 count(*) FILTER (WHERE e.status = 'completed') AS completed,
                 count(*) FILTER (WHERE e.status = 'declined') AS declined,
                 count(*) FILTER (WHERE e.status = 'cancelled') AS cancelled,
                 coalesce(sum(e.session_allowance) FILTER (WHERE e.status IN ('active', 'completed')), 0) AS allowance,
                 coalesce(sum((SELECT count(*) FROM coaching_sessions s
                                WHERE s.engagement_id = e.id AND s.status = 'held'))
                          FILTER (WHERE e.status IN ('active', 'completed')), 0) AS sessions
            FROM coaching_engagements e
           WHERE e.organization_id = ${org} AND e.coachee_id = p.id
        ) eng
       WHERE p.organization_id = ${org}
    )
    INSERT INTO analytics_next_snapshots
      (organization_id, metric_id, cycle_id, department_id, manager_id, chain, bucket, people, total, total_squares)
    SELECT ${org}, b.metric, NULL, f.department_id, f.manager_id, f.chain, b.bucket,
           count(*), coalesce(sum(b.value), 0), 0
      FROM facts f
      CROSS JOIN LATERAL (VALUES
        ('development_coverage', 'people', true, NULL::numeric),
        ('development_coverage', 'active_plan', f.active_plan, NULL),
        ('development_coverage', 'career_conversation', f.conversation, NULL),
        ('mentoring_participation', 'people', true, NULL),
        ('mentoring_participation', 'mentee', f.mentee, NULL),
        ('mentoring_participation', 'mentor', f.mentor, NULL),
        ('mentoring_participation', 'any', f.mentee OR f.mentor, NULL),
        ('coaching_utilisation', 'coachees', f.engagements > 0, NULL),
        ('coaching_utilisation', 'sessions', f.allowance > 0, f.sessions::numeric),
        ('coaching_utilisation', 'allowance', f.allowance > 0, f.allowance::numeric),
        ('coaching_utilisation', 'requested', f.requested > 0, f.requested::numeric),
        ('coaching_utilisation', 'chemistry', f.chemistry > 0, f.chemistry::numeric),
        ('coaching_utilisation', 'awaiting_approval', f.awaiting_approval > 0, f.awaiting_approval::numeric),
        ('coaching_utilisation', 'active', f.active > 0, f.active::numeric),
        ('coaching_utilisation', 'completed', f.completed > 0, f.completed::numeric),
        ('coaching_utilisation', 'declined', f.declined > 0, f.declined::numeric),
        ('coaching_utilisation', 'cancelled', f.cancelled > 0, f.cancelled::numeric)
      ) AS b(metric, bucket, included, value)
     WHERE b.included
     GROUP BY b.metric, f.department_id, f.manager_id, f.chain, b.bucket`);
}
