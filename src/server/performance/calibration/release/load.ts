import { sql } from 'drizzle-orm';
import type { ReleaseView } from '../../../../contracts/calibration';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { notFound } from '../../../platform/errors/appError';
import { managesPerson, relationTo } from '../../../platform/policy/relations';
import type { ReviewState } from '../../reviews/tables';
import { type ReviewStanding, releasePolicy } from '../policy';
import { toIso } from '../queries';

interface ReleaseRow {
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

async function findReleaseRow(db: Db, organizationId: string, reviewId: string, lock: boolean) {
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

/**
 * Loads a review for the release and acknowledgment panels with the caller's standing and
 * abilities; a review the caller may not see is 404 (S1.7). `lock` takes the row lock for a command.
 */
export async function loadReleaseRecord(
  db: Db,
  actor: Actor,
  reviewId: string,
  options: { lock?: boolean } = {},
) {
  const row = await findReleaseRow(db, actor.organizationId, reviewId, options.lock ?? false);
  if (!row) throw notFound('Review');
  const subject = actor.personId === row.subject_id;
  const reviewer = actor.personId !== null && actor.personId === row.reviewer_id;
  const hr = actor.roles.has('hr_admin');
  const chainManager =
    !subject && !reviewer && !hr ? managesPerson(await relationTo(db, actor, row.subject_id)) : false;
  const standing: ReviewStanding = { subject, reviewer, hr, chainManager };
  const record = { state: row.state, sessionLocked: row.session_state === 'locked' };
  const policy = releasePolicy(standing, record);
  if (!policy.read) throw notFound('Review');
  return { row, standing, record, policy };
}

export function presentReleaseView(loaded: Awaited<ReturnType<typeof loadReleaseRecord>>): ReleaseView {
  const { row, policy } = loaded;
  const { read: _read, seeOutcome, ...abilities } = policy;
  const released = row.state === 'released' || row.state === 'acknowledged';
  const label = row.final_rating ? (row.rating_labels[row.final_rating - 1] ?? null) : null;
  return {
    reviewId: row.id,
    state: row.state,
    version: row.version,
    subject: { id: row.subject_id, displayName: row.subject_name },
    reviewer:
      row.reviewer_id && row.reviewer_name ? { id: row.reviewer_id, displayName: row.reviewer_name } : null,
    sessionLocked: loaded.record.sessionLocked,
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
