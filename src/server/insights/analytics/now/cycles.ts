import { sql } from 'drizzle-orm';
import type { AnalyticsCycle } from '../../../../contracts/analytics';
import { type Db, queryRows } from '../../../platform/db/client';
import type { CycleFacts } from '../definition';
import { MAX_SNAPSHOT_CYCLES } from './snapshot';

export interface SnapshotCycle extends AnalyticsCycle, CycleFacts {
  /** The calibration sessions' guideline (percent per rating), when they all share one. */
  guideline: number[] | null;
}

interface Raw {
  id: string;
  name: string;
  launched_on: string;
  labels: string[] | null;
  guidelines: (number[] | null)[] | null;
}

/**
 * The launched cycles the snapshot covers, newest first, with what their charts need: the launch
 * day (in the organisation's zone), the rating scale's labels and the guideline curve. A few rows
 * of cycle and session settings — no review is read here.
 */
export async function snapshotCycles(
  db: Db,
  organizationId: string,
  timeZone: string,
): Promise<SnapshotCycle[]> {
  const rows = await queryRows<Raw>(
    db,
    sql`SELECT c.id, c.name, to_char((c.launched_at AT TIME ZONE ${timeZone})::date, 'YYYY-MM-DD') AS launched_on,
               c.content->'ratingScale'->'labels' AS labels,
               (SELECT array_agg(DISTINCT s.guideline::text) FROM calibration_sessions s
                 WHERE s.cycle_id = c.id AND s.guideline IS NOT NULL) AS guidelines
          FROM review_cycles c
         WHERE c.organization_id = ${organizationId} AND c.launched_at IS NOT NULL
         ORDER BY c.launched_at DESC
         LIMIT ${MAX_SNAPSHOT_CYCLES}`,
  );
  return rows.map((row) => {
    const guidelines = (row.guidelines ?? []) as unknown as string[];
    return {
      id: row.id,
      name: row.name,
      launchedOn: row.launched_on,
      scale: Array.isArray(row.labels) ? row.labels.map(String) : [],
      // Sessions with different curves have no single guideline for the whole cycle.
      guideline: guidelines.length === 1 ? (JSON.parse(guidelines[0]!) as number[]) : null,
    };
  });
}
