import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../../platform/db/client';
import type { ReviewState } from '../../reviews/tables';
import { toIso } from '../queries';

/**
 * HR's view of where a cycle's reviews stand after calibration: released, acknowledged (and whether
 * the employee commented — not the comment itself), optionally for one session. Still-waiting
 * reviews first, so HR sees whom to chase.
 */
export async function listAcknowledgments(
  db: Db,
  organizationId: string,
  cycleId: string,
  options: { sessionId?: string; page: number; pageSize: number },
) {
  const where = sql`r.organization_id = ${organizationId} AND r.cycle_id = ${cycleId}
    ${options.sessionId ? sql`AND r.calibration_session_id = ${options.sessionId}` : sql``}`;
  const [rows, [summary]] = await Promise.all([
    queryRows<{
      review_id: string;
      subject_id: string;
      subject_name: string;
      manager_id: string | null;
      manager_name: string | null;
      department_id: string | null;
      department_name: string | null;
      state: ReviewState;
      released_at: unknown;
      acknowledged_at: unknown;
      commented: boolean;
    }>(
      db,
      sql`SELECT r.id AS review_id, s.id AS subject_id, concat_ws(' ', s.given_name, s.family_name) AS subject_name,
                 m.id AS manager_id, NULLIF(concat_ws(' ', m.given_name, m.family_name), '') AS manager_name,
                 d.id AS department_id, d.name AS department_name, r.state, r.released_at, r.acknowledged_at,
                 (r.acknowledgment_comment IS NOT NULL) AS commented
            FROM reviews r
            JOIN people s ON s.id = r.subject_id
            LEFT JOIN people m ON m.id = r.reviewer_id
            LEFT JOIN departments d ON d.id = r.department_id
           WHERE ${where}
           ORDER BY CASE r.state WHEN 'released' THEN 0 WHEN 'calibrated' THEN 1 WHEN 'acknowledged' THEN 3 ELSE 2 END,
                    s.family_name, s.given_name, r.id
           LIMIT ${options.pageSize} OFFSET ${(options.page - 1) * options.pageSize}`,
    ),
    queryRows<{ calibrated: number; released: number; acknowledged: number; other: number; total: number }>(
      db,
      sql`SELECT count(*) FILTER (WHERE r.state = 'calibrated')::int AS calibrated,
                 count(*) FILTER (WHERE r.state = 'released')::int AS released,
                 count(*) FILTER (WHERE r.state = 'acknowledged')::int AS acknowledged,
                 count(*) FILTER (WHERE r.state NOT IN ('calibrated', 'released', 'acknowledged'))::int AS other,
                 count(*)::int AS total
            FROM reviews r WHERE ${where}`,
    ),
  ]);
  return {
    summary: {
      calibrated: summary?.calibrated ?? 0,
      released: summary?.released ?? 0,
      acknowledged: summary?.acknowledged ?? 0,
      other: summary?.other ?? 0,
    },
    total: summary?.total ?? 0,
    items: rows.map((row) => ({
      reviewId: row.review_id,
      person: { id: row.subject_id, displayName: row.subject_name },
      manager:
        row.manager_id && row.manager_name ? { id: row.manager_id, displayName: row.manager_name } : null,
      department: row.department_id ? { id: row.department_id, name: row.department_name ?? '' } : null,
      state: row.state,
      releasedAt: toIso(row.released_at),
      acknowledgedAt: toIso(row.acknowledged_at),
      commented: row.commented,
    })),
  };
}
