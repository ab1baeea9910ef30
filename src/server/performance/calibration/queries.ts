import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { PopulationFilter } from '../reviews/tables';
import type { SessionReach } from './policy';
import type { CalibrationState } from './tables';

export const toIso = (value: unknown): string | null =>
  value === null || value === undefined
    ? null
    : value instanceof Date
      ? value.toISOString()
      : new Date(String(value)).toISOString();

const uuidArray = (ids: readonly string[]) => sql`${sql.param([...ids])}::uuid[]`;

/** The reviews of a cycle that a population filter selects (on the department/level snapshot at launch). */
export function inPopulation(population: PopulationFilter): SQL {
  const parts: SQL[] = [];
  if (population.departmentIds?.length)
    parts.push(sql`r.department_id = ANY(${uuidArray(population.departmentIds)})`);
  if (population.levelIds?.length) parts.push(sql`r.level_id = ANY(${uuidArray(population.levelIds)})`);
  return parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`;
}

/**
 * A review may enter calibration once the manager's written review is submitted and therefore
 * locked (S1.6): review state `submitted`, a proposed rating, and a submitted manager form.
 */
export const readyForCalibration = sql`(r.state = 'submitted' AND r.proposed_rating IS NOT NULL AND EXISTS (
  SELECT 1 FROM review_forms f WHERE f.review_id = r.id AND f.kind = 'manager' AND f.state = 'submitted'))`;

/** Reviews still being written (or submitted without a rating): they cannot join a session yet. */
const notReadyForCalibration = sql`(r.state IN ('self_review', 'manager_review', 'submitted') AND NOT ${readyForCalibration})`;

export async function populationCounts(db: Db, cycleId: string, population: PopulationFilter) {
  const [row] = await queryRows<{ ready: number; not_ready: number }>(
    db,
    sql`SELECT count(*) FILTER (WHERE ${readyForCalibration})::int AS ready,
               count(*) FILTER (WHERE ${notReadyForCalibration})::int AS not_ready
          FROM reviews r
         WHERE r.cycle_id = ${cycleId} AND r.calibration_session_id IS NULL AND ${inPopulation(population)}`,
  );
  return { ready: row?.ready ?? 0, notReady: row?.not_ready ?? 0 };
}

/** Whether the organisation lets approvers sign off an incomplete session without acknowledging it. */
export async function incompleteSignOffAllowed(db: Db, organizationId: string) {
  const [row] = await queryRows<{ allowed: boolean }>(
    db,
    sql`SELECT COALESCE((settings ->> 'allowIncompleteCalibrationSignOff')::boolean, false) AS allowed
          FROM organizations WHERE id = ${organizationId}`,
  );
  return row?.allowed ?? false;
}

export interface SessionRow {
  id: string;
  organization_id: string;
  cycle_id: string;
  cycle_name: string;
  rating_labels: string[];
  name: string;
  population: PopulationFilter;
  facilitator_id: string | null;
  facilitator_name: string | null;
  guideline: number[] | null;
  guideline_required: boolean;
  leniency_threshold: string;
  state: CalibrationState;
  locked_at: unknown;
  version: number;
  created_at: unknown;
  review_count: number;
  approver_count: number;
  signed_off_count: number;
}

const sessionSelect = sql`
  SELECT s.id, s.organization_id, s.cycle_id, c.name AS cycle_name,
         COALESCE(c.content -> 'ratingScale' -> 'labels', '[]'::jsonb) AS rating_labels,
         s.name, s.population, s.facilitator_id,
         NULLIF(concat_ws(' ', fp.given_name, fp.family_name), '') AS facilitator_name,
         s.guideline, s.guideline_required, s.leniency_threshold, s.state, s.locked_at, s.version, s.created_at,
         (SELECT count(*) FROM reviews r WHERE r.calibration_session_id = s.id)::int AS review_count,
         (SELECT count(*) FROM calibration_approvers a WHERE a.session_id = s.id)::int AS approver_count,
         (SELECT count(*) FROM calibration_approvers a WHERE a.session_id = s.id AND a.signed_off_at IS NOT NULL)::int
           AS signed_off_count
    FROM calibration_sessions s
    JOIN review_cycles c ON c.id = s.cycle_id
    LEFT JOIN people fp ON fp.id = s.facilitator_id`;

/**
 * One session of the organisation with its cycle's name and scale and its counts, or null.
 * `forUpdate` locks the session row for the rest of the transaction, so that admissions, moves and
 * the final sign-off never interleave.
 */
export async function findSession(db: Db, organizationId: string, sessionId: string, forUpdate = false) {
  const [row] = await queryRows<SessionRow>(
    db,
    sql`${sessionSelect} WHERE s.organization_id = ${organizationId} AND s.id = ${sessionId}
        ${forUpdate ? sql`FOR UPDATE OF s` : sql``}`,
  );
  return row ?? null;
}

/**
 * One page of the sessions within the caller's reach (`sessionReach`): every session, or those an
 * approver must sign off.
 */
export async function listSessions(
  db: Db,
  organizationId: string,
  reach: Exclude<SessionReach, 'none'>,
  options: { cycleId?: string; page: number; pageSize: number },
) {
  const where = sql.join(
    [
      sql`s.organization_id = ${organizationId}`,
      options.cycleId ? sql`s.cycle_id = ${options.cycleId}` : sql`TRUE`,
      reach === 'all'
        ? sql`TRUE`
        : sql`EXISTS (SELECT 1 FROM calibration_approvers a WHERE a.session_id = s.id AND a.approver_id = ${reach.approverId})`,
    ],
    sql` AND `,
  );
  const [rows, [count]] = await Promise.all([
    queryRows<SessionRow>(
      db,
      sql`${sessionSelect} WHERE ${where} ORDER BY s.state, s.created_at DESC, s.id
          LIMIT ${options.pageSize} OFFSET ${(options.page - 1) * options.pageSize}`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM calibration_sessions s WHERE ${where}`,
    ),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export interface ApproverRow {
  session_id: string;
  approver_id: string;
  display_name: string;
  signed_off_at: unknown;
  comment: string | null;
}

export function sessionApprovers(db: Db, sessionId: string) {
  return queryRows<ApproverRow>(
    db,
    sql`SELECT a.session_id, a.approver_id, concat_ws(' ', p.given_name, p.family_name) AS display_name,
               a.signed_off_at, a.comment
          FROM calibration_approvers a JOIN people p ON p.id = a.approver_id
         WHERE a.session_id = ${sessionId}
         ORDER BY p.family_name, p.given_name, p.id`,
  );
}

export async function namesOf(db: Db, table: 'departments' | 'levels', ids: readonly string[]) {
  if (ids.length === 0) return [];
  return queryRows<{ id: string; name: string }>(
    db,
    sql`SELECT id, name FROM ${sql.identifier(table)} WHERE id = ANY(${uuidArray(ids)}) ORDER BY name`,
  );
}

export interface GridRow {
  review_id: string;
  version: number;
  subject_id: string;
  subject_name: string;
  job_title: string;
  department_id: string | null;
  department_name: string | null;
  manager_id: string | null;
  manager_name: string | null;
  proposed_rating: number;
  calibrated_rating: number;
  overall_score: string | null;
  moved: boolean;
}

/**
 * Every card of a session in one statement: the subject, department, reviewing manager and the
 * ratings. The current calibrated rating is the latest move's, else the proposed rating.
 * Performance fields only (S1.1).
 */
export function gridRows(db: Db, sessionId: string) {
  return queryRows<GridRow>(
    db,
    sql`SELECT r.id AS review_id, r.version, s.id AS subject_id,
               concat_ws(' ', s.given_name, s.family_name) AS subject_name, s.job_title,
               d.id AS department_id, d.name AS department_name,
               m.id AS manager_id, NULLIF(concat_ws(' ', m.given_name, m.family_name), '') AS manager_name,
               r.proposed_rating, COALESCE(lm.to_rating, r.proposed_rating) AS calibrated_rating,
               r.overall_score, (lm.to_rating IS NOT NULL) AS moved
          FROM reviews r
          JOIN people s ON s.id = r.subject_id
          LEFT JOIN departments d ON d.id = r.department_id
          LEFT JOIN people m ON m.id = r.reviewer_id
          LEFT JOIN (SELECT DISTINCT ON (review_id) review_id, to_rating
                       FROM calibration_moves WHERE session_id = ${sessionId}
                      ORDER BY review_id, moved_at DESC, id DESC) lm ON lm.review_id = r.id
         WHERE r.calibration_session_id = ${sessionId}
         ORDER BY s.family_name, s.given_name, r.id`,
  );
}

/** The current calibrated rating of one review in a session (latest move, else proposed). */
export async function currentRating(db: Db, sessionId: string, reviewId: string, proposed: number | null) {
  const [row] = await queryRows<{ to_rating: number }>(
    db,
    sql`SELECT to_rating FROM calibration_moves WHERE session_id = ${sessionId} AND review_id = ${reviewId}
        ORDER BY moved_at DESC, id DESC LIMIT 1`,
  );
  return row?.to_rating ?? proposed;
}

export interface MoveRow {
  id: string;
  review_id: string;
  subject_id: string;
  subject_name: string;
  from_rating: number | null;
  to_rating: number;
  rationale: string;
  moved_by: string | null;
  moved_by_name: string | null;
  moved_at: unknown;
}

const moveSelect = sql`
  SELECT mv.id, mv.review_id, s.id AS subject_id, concat_ws(' ', s.given_name, s.family_name) AS subject_name,
         mv.from_rating, mv.to_rating, mv.rationale, mv.moved_by,
         NULLIF(concat_ws(' ', mb.given_name, mb.family_name), '') AS moved_by_name, mv.moved_at
    FROM calibration_moves mv
    JOIN reviews r ON r.id = mv.review_id
    JOIN people s ON s.id = r.subject_id
    LEFT JOIN people mb ON mb.id = mv.moved_by`;

export async function listMoves(db: Db, sessionId: string, page: number, pageSize: number) {
  const [rows, [count]] = await Promise.all([
    queryRows<MoveRow>(
      db,
      sql`${moveSelect} WHERE mv.session_id = ${sessionId} ORDER BY mv.moved_at DESC, mv.id DESC
          LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM calibration_moves WHERE session_id = ${sessionId}`,
    ),
  ]);
  return { rows, total: count?.total ?? 0 };
}

export async function findMove(db: Db, moveId: string) {
  const [row] = await queryRows<MoveRow>(db, sql`${moveSelect} WHERE mv.id = ${moveId}`);
  return row ?? null;
}

/** Cycles HR can calibrate (launched ones), with how many of their reviews are ready, not ready, or in a session. */
export async function listCalibrationCycles(db: Db, organizationId: string) {
  return queryRows<{
    id: string;
    name: string;
    status: string;
    period_start: string;
    period_end: string;
    rating_labels: string[];
    ready: number;
    not_ready: number;
    in_session: number;
  }>(
    db,
    sql`SELECT c.id, c.name, c.status, c.period_start::text AS period_start, c.period_end::text AS period_end,
               COALESCE(c.content -> 'ratingScale' -> 'labels', '[]'::jsonb) AS rating_labels,
               count(r.id) FILTER (WHERE r.calibration_session_id IS NULL AND ${readyForCalibration})::int AS ready,
               count(r.id) FILTER (WHERE r.calibration_session_id IS NULL AND ${notReadyForCalibration})::int AS not_ready,
               count(r.id) FILTER (WHERE r.calibration_session_id IS NOT NULL)::int AS in_session
          FROM review_cycles c
          LEFT JOIN reviews r ON r.cycle_id = c.id
         WHERE c.organization_id = ${organizationId} AND c.status <> 'draft'
         GROUP BY c.id
         ORDER BY c.period_end DESC, c.name
         LIMIT 100`,
  );
}

/** Active people of the organisation who hold the approver role. */
export function approverCandidates(db: Db, organizationId: string, onlyIds?: readonly string[]) {
  return queryRows<{ id: string; display_name: string; job_title: string }>(
    db,
    sql`SELECT p.id, concat_ws(' ', p.given_name, p.family_name) AS display_name, p.job_title
          FROM people p JOIN accounts a ON a.person_id = p.id
         WHERE p.organization_id = ${organizationId} AND p.status <> 'terminated' AND a.disabled_at IS NULL
           AND 'approver' = ANY(a.roles)
           ${onlyIds ? sql`AND p.id = ANY(${uuidArray(onlyIds)})` : sql``}
         ORDER BY p.family_name, p.given_name
         LIMIT 200`,
  );
}
