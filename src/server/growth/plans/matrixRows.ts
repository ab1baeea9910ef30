import { eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { developmentActions } from './tables';
import { insertPlan, insertReleasedReview, uuidFrom } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * A plan of the target person, shared with their direct manager (so the manager's reach shows); its
 * action has evidence, so every content column of a plan holds a value the body scan can follow.
 */
const sharedPlanOfTarget = async (ctx: ParamsContext) => {
  const { planId, goalId, actionId } = await insertPlan(ctx.db, {
    organizationId: ctx.organizationId,
    ownerId: ctx.personId,
    shared: true,
  });
  await ctx.db
    .update(developmentActions)
    .set({ evidenceText: 'Matrix evidence', evidenceUrl: 'https://example.test/evidence' })
    .where(eq(developmentActions.id, actionId));
  return { planId, goalId, actionId };
};
const privatePlanOfTarget = async (ctx: ParamsContext) => {
  const { planId } = await insertPlan(ctx.db, { organizationId: ctx.organizationId, ownerId: ctx.personId });
  return { planId };
};

/** Reading a shared plan: the owner and the direct manager it is shared with; nobody else, any role. */
const ownerAndSharedManager = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, ok, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/** Changing a plan: only the owner; the manager who can read the shared plan is refused (403). */
const ownerWrites = (ok: number) => ({
  ...ownerAndSharedManager(ok),
  manager: rel(ok, 403, 404, 404),
});

/** Only the owner, and nobody else even learns the record exists. */
const ownerOnly = (ok: number) => ({
  ...ownerAndSharedManager(ok),
  manager: rel(ok, 404, 404, 404),
});

/** A plan's content reaches its owner, and the direct manager it is shared with (S1.4). */
const planRead: Carries = { development: ['own', 'manager:report'] };
const ownPlan: Carries = { development: 'own' };

export const plansRows: MatrixRow[] = [
  // The caller's own plans.
  { route: 'GET /api/growth/plans', target: 'none', expect: signedIn(200), carries: { development: '*' } },
  {
    route: 'POST /api/growth/plans',
    target: 'none',
    body: () => ({ title: 'Matrix plan' }),
    expect: signedIn(201),
    carries: { development: '*' },
  },
  // Plans the caller's direct reports share with them.
  {
    route: 'GET /api/growth/plans/shared',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  // HR sees counts per department; nobody else sees even that (cross-part contract 3).
  { route: 'GET /api/growth/plans/coverage', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  { route: 'GET /api/growth/plans/objectives', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/growth/plans/review-seeds', target: 'none', expect: signedIn(200) },
  {
    route: 'GET /api/growth/plans/review-seeds/:reviewId',
    target: 'person',
    params: async (ctx) =>
      insertReleasedReview(ctx.db, { organizationId: ctx.organizationId, subjectId: ctx.personId }),
    // Only the reviewed person; not even their manager, who wrote it, reads it through growth.
    expect: ownerOnly(200),
  },
  {
    route: 'POST /api/growth/plans/from-review',
    target: 'person',
    params: async (ctx) => {
      await insertReleasedReview(ctx.db, {
        organizationId: ctx.organizationId,
        subjectId: ctx.personId,
        reviewId: uuidFrom(ctx.unique),
      });
      return {};
    },
    body: (ctx) => ({
      reviewId: uuidFrom(ctx.unique),
      title: 'From my review',
      goals: [{ highlightId: 'growth', title: 'Delegate more' }],
    }),
    expect: ownerOnly(201),
    carries: ownPlan,
  },
  {
    route: 'GET /api/growth/plans/people/:personId/progress',
    target: 'person',
    carries: planRead,
    // Anyone in the organisation gets an answer; what it holds follows the plan policy (tests).
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 200, 404),
      manager: rel(200, 200, 200, 404),
      skip_level: rel(200, 200, 200, 404),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(200, 'n/a', 200, 404),
      coach: rel(200, 'n/a', 200, 404),
      org_admin: rel(200, 'n/a', 200, 404),
    },
  },
  {
    route: 'GET /api/growth/plans/:planId',
    target: 'person',
    params: sharedPlanOfTarget,
    expect: ownerAndSharedManager(200),
    carries: planRead,
  },
  {
    route: 'PATCH /api/growth/plans/:planId',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ title: 'Renamed', version: 1 }),
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'POST /api/growth/plans/:planId/share',
    target: 'person',
    params: privatePlanOfTarget,
    body: () => ({ version: 1 }),
    // Unshared: the manager cannot see it at all.
    expect: ownerOnly(200),
    carries: ownPlan,
  },
  {
    route: 'POST /api/growth/plans/:planId/revoke',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ version: 1 }),
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'POST /api/growth/plans/:planId/goals',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ title: 'Matrix goal' }),
    expect: ownerWrites(201),
    carries: ownPlan,
  },
  {
    route: 'PATCH /api/growth/plans/:planId/goals/:goalId',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ status: 'in_progress', version: 1 }),
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'DELETE /api/growth/plans/:planId/goals/:goalId',
    target: 'person',
    params: sharedPlanOfTarget,
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'POST /api/growth/plans/:planId/goals/:goalId/actions',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ kind: 'shadowing', title: 'Shadow a staff engineer' }),
    expect: ownerWrites(201),
    carries: ownPlan,
  },
  {
    route: 'PATCH /api/growth/plans/:planId/actions/:actionId',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ status: 'done', evidenceText: 'Notes written up', version: 1 }),
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'DELETE /api/growth/plans/:planId/actions/:actionId',
    target: 'person',
    params: sharedPlanOfTarget,
    expect: ownerWrites(200),
    carries: ownPlan,
  },
  {
    route: 'POST /api/growth/plans/:planId/updates',
    target: 'person',
    params: sharedPlanOfTarget,
    body: () => ({ note: 'Half-way through the book' }),
    expect: ownerWrites(201),
    carries: ownPlan,
  },
];
