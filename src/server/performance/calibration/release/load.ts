import { sql } from 'drizzle-orm';
import type { ReleaseView } from '../../../../contracts/calibration';
import { type Db, queryRows } from '../../../platform/db/client';
import type { ReviewState } from '../../reviews/tables';
import type { ReleaseRecord, releasePolicy } from '../policy';
import { toIso } from '../queries';

export interface ReleaseRow {
  id: string;
  state: ReviewState;
  version: number;
  subject_id: string;
  subject_name: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  session_state: string | null;
  final_rating: number | null;
  rating_labels: string[];
  addendum: string | null;
  addendum_at: unknown;
  released_at: unknown;
  acknowledged_at: unknown;
  acknowledgment_comment: string | null;
}

/** A review as the release and acknowledgment panels show it; `lock` takes its row lock for a command. */
export async function findReleaseRow(db: Db, organizationId: string, reviewId: string, lock = false) {
  const [row] = await queryRows<ReleaseRow>(
    db,
    sql`SELECT r.id, r.state, r.version, r.subject_id,
               concat_ws(' ', s.given_name, s.family_name) AS subject_name, r.reviewer_id,
               NULLIF(concat_ws(' ', m.given_name, m.family_name), '') AS reviewer_name,
               cs.state AS session_state, r.final_rating,
               COALESCE(c.content -> 'ratingScale' -> 'labels', '[]'::jsonb) AS rating_labels,
               r.addendum, r.addendum_at, r.released_at, r.acknowledged_at, r.acknowledgment_comment
          FROM reviews r
          JOIN review_cycles c ON c.id = r.cycle_id
          JOIN people s ON s.id = r.subject_id
          LEFT JOIN people m ON m.id = r.reviewer_id
          LEFT JOIN calibration_sessions cs ON cs.id = r.calibration_session_id
         WHERE r.organization_id = ${organizationId} AND r.id = ${reviewId}
         ${lock ? sql`FOR UPDATE OF r` : sql``}`,
  );
  return row ?? null;
}

/** Whether the review's calibration session is locked, and where the review stands. */
export const releaseRecordOf = (row: ReleaseRow): ReleaseRecord => ({
  state: row.state,
  sessionLocked: row.session_state === 'locked',
});

export function presentReleaseView(loaded: {
  row: ReleaseRow;
  policy: ReturnType<typeof releasePolicy> & { logAccess: boolean };
}): ReleaseView {
  const { row, policy } = loaded;
  const { read: _read, logAccess: _logged, seeOutcome, ...abilities } = policy;
  const released = row.state === 'released' || row.state === 'acknowledged';
  const label = row.final_rating ? (row.rating_labels[row.final_rating - 1] ?? null) : null;
  return {
    reviewId: row.id,
    state: row.state,
    version: row.version,
    subject: { id: row.subject_id, displayName: row.subject_name },
    reviewer:
      row.reviewer_id && row.reviewer_name ? { id: row.reviewer_id, displayName: row.reviewer_name } : null,
    sessionLocked: releaseRecordOf(row).sessionLocked,
    finalRating: seeOutcome ? row.final_rating : null,
    finalRatingLabel: seeOutcome ? label : null,
    ratingLabels: row.rating_labels,
    // The subject reads the addendum with the released review, not while the manager drafts it.
    addendum: seeOutcome ? row.addendum : null,
    addendumAt: seeOutcome ? toIso(row.addendum_at) : null,
    releasedAt: released ? toIso(row.released_at) : null,
    acknowledgedAt: toIso(row.acknowledged_at),
    acknowledgmentComment: released ? row.acknowledgment_comment : null,
    abilities,
  };
}
