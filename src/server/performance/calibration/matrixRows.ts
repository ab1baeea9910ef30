import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import {
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  type RelationOutcomes,
  rel,
} from '../../platform/policy/matrix/types';
import type { ReviewState } from '../reviews/tables';
import { addTestReview, addTestSession, createTestCycle } from './testing';

/**
 * Calibration, release and acknowledgment routes × role × relation (SPEC S1). Each case gets its
 * own records: `params` writes a cycle, a review of the case's target person (reviewed by that
 * person's manager) and a session the organisation's approver is assigned to, and hands their ids
 * to the path; bodies that need an id read it back by the case's `unique` key.
 */

type ParamsContext = MatrixContext & { db: Db; organizationId: string };
const created = new Map<string, Record<string, string>>();

async function approverOf(db: Db, organizationId: string) {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT p.id FROM people p JOIN accounts a ON a.person_id = p.id
         WHERE p.organization_id = ${organizationId} AND 'approver' = ANY(a.roles) ORDER BY p.created_at LIMIT 1`,
  );
  return rows.map((row) => row.id);
}

async function managerOf(db: Db, personId: string) {
  const [row] = await queryRows<{ manager_id: string | null }>(
    db,
    sql`SELECT manager_id FROM people WHERE id = ${personId}`,
  );
  return row?.manager_id ?? null;
}

/** A session (open or locked) holding a review of the target person in the given state. */
function withReview(state: ReviewState, sessionState: 'open' | 'locked') {
  return async (ctx: ParamsContext) => {
    const cycleId = await createTestCycle(ctx.db, ctx.organizationId, `Matrix ${ctx.unique}`);
    const reviewId = await addTestReview(ctx.db, {
      organizationId: ctx.organizationId,
      cycleId,
      subjectId: ctx.personId,
      reviewerId: await managerOf(ctx.db, ctx.personId),
      state,
      proposedRating: 3,
      finalRating: state === 'in_calibration' ? null : 3,
    });
    const sessionId = await addTestSession(ctx.db, {
      organizationId: ctx.organizationId,
      cycleId,
      approverIds: await approverOf(ctx.db, ctx.organizationId),
      reviewIds: [reviewId],
      state: sessionState,
    });
    const ids = { cycleId, reviewId, sessionId };
    created.set(ctx.unique, ids);
    return ids;
  };
}

const inOpenSession = withReview('in_calibration', 'open');
const calibrated = withReview('calibrated', 'locked');
const releasedReview = withReview('released', 'locked');
const idsOf = (ctx: MatrixContext) => created.get(ctx.unique) ?? {};

const hidden: RelationOutcomes = rel(404, 404, 404, 404);
const hiddenNoReports: RelationOutcomes = rel(404, 'n/a', 404, 404);

/** Sessions: HR and the assigned approver see them; everyone else, whoever's review is inside, gets 404. */
const sessionAccess = (hr: number, approver: number) => ({
  anonymous: 401,
  employee: hiddenNoReports,
  manager: hidden,
  skip_level: hidden,
  hr_admin: rel(hr, 'n/a', hr, 404),
  approver: rel(approver, 'n/a', approver, 404),
  coach: hiddenNoReports,
  org_admin: hiddenNoReports,
});

/** HR-only tools that are not about a record. */
const hrOnly = (ok: number) => onlyRoles(['hr_admin'], ok);

export const calibrationRows: MatrixRow[] = [
  {
    route: 'GET /api/calibration/sessions',
    target: 'none',
    expect: onlyRoles(['hr_admin', 'approver'], 200),
  },
  {
    route: 'POST /api/calibration/sessions',
    target: 'none',
    params: async (ctx) => {
      const cycleId = await createTestCycle(ctx.db, ctx.organizationId, `Matrix ${ctx.unique}`);
      created.set(ctx.unique, { cycleId, approverId: (await approverOf(ctx.db, ctx.organizationId))[0]! });
      return {};
    },
    body: (ctx) => ({
      cycleId: idsOf(ctx).cycleId,
      name: 'Matrix session',
      approverIds: [idsOf(ctx).approverId],
    }),
    expect: hrOnly(201),
  },
  {
    route: 'GET /api/calibration/sessions/:sessionId',
    target: 'person',
    params: inOpenSession,
    expect: sessionAccess(200, 200),
  },
  {
    route: 'GET /api/calibration/sessions/:sessionId/grid',
    target: 'person',
    params: inOpenSession,
    expect: sessionAccess(200, 200),
  },
  {
    route: 'GET /api/calibration/sessions/:sessionId/moves',
    target: 'person',
    params: inOpenSession,
    expect: sessionAccess(200, 200),
  },
  // The session's downloads: the grid's door, the grid's answers.
  ...['ratings.csv', 'ratings.xlsx', 'moves.csv'].map(
    (file): MatrixRow => ({
      route: `GET /api/calibration/sessions/:sessionId/${file}`,
      target: 'person',
      params: inOpenSession,
      expect: sessionAccess(200, 200),
    }),
  ),
  {
    route: 'POST /api/calibration/sessions/:sessionId/moves',
    target: 'person',
    params: inOpenSession,
    body: (ctx) => ({ reviewId: idsOf(ctx).reviewId, toRating: 4, rationale: 'Matrix case', version: 1 }),
    // Approvers see the grid but do not move ratings; HR never moves its own.
    expect: { ...sessionAccess(201, 403), hr_admin: rel(403, 'n/a', 201, 404) },
  },
  {
    route: 'POST /api/calibration/sessions/:sessionId/admit',
    target: 'person',
    params: inOpenSession,
    expect: sessionAccess(200, 403),
  },
  {
    route: 'POST /api/calibration/sessions/:sessionId/sign-off',
    target: 'person',
    params: inOpenSession,
    body: () => ({ version: 1 }),
    // HR facilitates but is not an approver of these sessions.
    expect: sessionAccess(403, 200),
  },
  { route: 'GET /api/calibration/cycles', target: 'none', expect: hrOnly(200) },
  { route: 'GET /api/calibration/approver-candidates', target: 'none', expect: hrOnly(200) },
  {
    route: 'GET /api/calibration/cycles/:cycleId/acknowledgments',
    target: 'person',
    params: calibrated,
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 403, 403),
      manager: rel(403, 403, 403, 403),
      skip_level: rel(403, 403, 403, 403),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(403, 'n/a', 403, 403),
      coach: rel(403, 'n/a', 403, 403),
      org_admin: rel(403, 'n/a', 403, 403),
    },
  },
  {
    route: 'GET /api/reviews/:reviewId/release',
    target: 'person',
    params: calibrated,
    // The subject, the reviewing manager, managers further up (read-only) and HR.
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 404, 404),
      manager: rel(200, 200, 404, 404),
      skip_level: rel(200, 200, 404, 404),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(200, 'n/a', 404, 404),
      coach: rel(200, 'n/a', 404, 404),
      org_admin: rel(200, 'n/a', 404, 404),
    },
  },
  {
    route: 'POST /api/reviews/:reviewId/release',
    target: 'person',
    params: calibrated,
    // The reviewing manager or HR; never one's own review.
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 200, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 200, 404),
      approver: rel(403, 'n/a', 404, 404),
      coach: rel(403, 'n/a', 404, 404),
      org_admin: rel(403, 'n/a', 404, 404),
    },
  },
  {
    route: 'PUT /api/reviews/:reviewId/addendum',
    target: 'person',
    params: calibrated,
    body: () => ({ addendum: 'Matrix addendum', version: 1 }),
    // Only the reviewing manager writes an addendum.
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 200, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 403, 404),
      approver: rel(403, 'n/a', 404, 404),
      coach: rel(403, 'n/a', 404, 404),
      org_admin: rel(403, 'n/a', 404, 404),
    },
  },
  {
    route: 'POST /api/reviews/:reviewId/acknowledge',
    target: 'person',
    params: releasedReview,
    body: () => ({ comment: 'Matrix acknowledgment' }),
    // Only the subject acknowledges.
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 404, 404),
      manager: rel(200, 403, 404, 404),
      skip_level: rel(200, 403, 404, 404),
      hr_admin: rel(200, 'n/a', 403, 404),
      approver: rel(200, 'n/a', 404, 404),
      coach: rel(200, 'n/a', 404, 404),
      org_admin: rel(200, 'n/a', 404, 404),
    },
  },
];
