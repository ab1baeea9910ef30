import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { levels } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  type MatrixRole,
  type MatrixRow,
  matrixRoles,
  type Outcome,
  onlyRoles,
  type RelationOutcomes,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { type GoalVisibility, goals, goalTemplates, keyResults, performanceAreas } from './tables';

// ---- records the id-keyed rows are about, created per case by their `params` hooks ----

/**
 * Ids a case's body needs (a key result to check in on, a level of the case's organisation), kept by
 * the case's `unique` between its `params` hook and its `body` hook, which runs right after it.
 */
type ParamsHook = NonNullable<MatrixRow['params']>;

const caseIds = new Map<string, Record<string, string>>();
const remember = (unique: string, ids: Record<string, string>) => caseIds.set(unique, ids);
function recall(unique: string): Record<string, string> {
  const ids = caseIds.get(unique);
  if (!ids) throw new Error(`matrix case ${unique}: the params hook did not run before the body`);
  caseIds.delete(unique);
  return ids;
}

const period = { periodStart: '2026-01-01', periodEnd: '2026-03-31' };

/** A personal goal of the case's target person, with one yes/no key result. */
async function goalOf(db: Db, organizationId: string, ownerPersonId: string, visibility: GoalVisibility) {
  const [goal] = await db
    .insert(goals)
    .values({ organizationId, level: 'personal', ownerPersonId, title: 'Matrix goal', visibility, ...period })
    .returning({ id: goals.id });
  const [keyResult] = await db
    .insert(keyResults)
    .values({
      organizationId,
      goalId: goal!.id,
      position: 0,
      title: 'Done',
      kind: 'boolean',
      startValue: 0,
      targetValue: 1,
      currentValue: 0,
    })
    .returning({ id: keyResults.id });
  return { goalId: goal!.id, keyResultId: keyResult!.id };
}

async function levelOf(db: Db, organizationId: string) {
  const [level] = await db
    .select({ id: levels.id })
    .from(levels)
    .where(eq(levels.organizationId, organizationId))
    .limit(1);
  return level!.id;
}

const templateContent = (unique: string) => ({
  name: `Template ${unique}`,
  title: 'Learn the product',
  keyResults: [{ title: 'Demos given', kind: 'number' as const, startValue: 0, targetValue: 3 }],
});

const areaContent = (unique: string, levelId: string) => ({
  name: `Area ${unique}`,
  levelId,
  kpis: [{ name: 'Tickets closed', target: 20, unit: 'per week' }],
});

// ---- expected outcomes ----

const byRole = (outcome: (role: MatrixRole) => Outcome | RelationOutcomes) =>
  Object.fromEntries(matrixRoles.map((role) => [role, outcome(role)])) as Record<
    MatrixRole,
    Outcome | RelationOutcomes
  >;

/**
 * A person's record that only they, their manager chain and HR reach: everyone else in the
 * organisation gets `outsider` (404 where the record stays hidden, 403 where it is visible but
 * closed to them); another organisation always gets 404.
 */
function ownerChainAndHr(allowed: Outcome, outsider: Outcome) {
  return byRole((role) => {
    if (role === 'anonymous') return 401;
    if (role === 'hr_admin') return rel(allowed, 'n/a', allowed, 404);
    if (role === 'manager' || role === 'skip_level') return rel(allowed, allowed, outsider, 404);
    return rel(allowed, 'n/a', outsider, 404);
  });
}

/**
 * Goal templates and performance areas belong to the organisation, not to a person, so the four
 * person relations collapse to two: the record is in the caller's organisation (tried as 'own') or in
 * another one. 'report' and 'other' would repeat the 'own' case word for word.
 */
function orgRecord(
  inOrg: (role: MatrixRole) => Outcome,
  otherOrg: (role: MatrixRole) => Outcome = () => 404,
) {
  return byRole((role) => (role === 'anonymous' ? 401 : rel(inOrg(role), 'n/a', 'n/a', otherOrg(role))));
}

/** HR and managers (anyone with reports, so also skip-level managers) use templates; others get 404. */
const templateUsers = (allowed: Outcome) =>
  orgRecord((role) => (role === 'hr_admin' || role === 'manager' || role === 'skip_level' ? allowed : 404));

/** Areas are HR's alone; everyone else is refused before the area is looked up, in any organisation. */
const areaWrite = (allowed: Outcome) =>
  orgRecord(
    (role) => (role === 'hr_admin' ? allowed : 403),
    (role) => (role === 'hr_admin' ? 404 : 403),
  );

// Everyone in the organisation may look a colleague up; hidden goals are filtered out of the list.
const personGoalsRead = {
  anonymous: 401,
  employee: rel(200, 'n/a', 200, 404),
  manager: rel(200, 200, 200, 404),
  skip_level: rel(200, 200, 200, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 200, 404),
  coach: rel(200, 'n/a', 200, 404),
  org_admin: rel(200, 'n/a', 200, 404),
};

// ---- the id-keyed goal rows ----

/**
 * Reads of one goal are tried on a private goal: it is the record whose exposure would leak, and it
 * is the case where colleagues must get 404 (a public goal would answer 200 to everyone).
 */
const privateGoalParams: ParamsHook = async ({ db, organizationId, personId }) => {
  const { goalId } = await goalOf(db, organizationId, personId, 'private');
  return { goalId };
};

/**
 * Edits are tried on a public goal: colleagues can see it, so only the steward rule (owner, manager
 * chain, HR) stands between them and a change — they must get 403. The hidden-goal 404 on writes is
 * covered by the check-in row below, which uses a private goal.
 */
const editPublicGoal: MatrixRow = {
  route: 'PUT /api/goals/:goalId',
  target: 'person',
  params: async ({ db, organizationId, personId, unique }) => {
    const { goalId, keyResultId } = await goalOf(db, organizationId, personId, 'public');
    remember(unique, { keyResultId });
    return { goalId };
  },
  body: ({ unique }) => ({
    title: 'Matrix goal, renamed',
    visibility: 'public',
    status: 'active',
    version: 1,
    ...period,
    keyResults: [
      { id: recall(unique).keyResultId, title: 'Done', kind: 'boolean', startValue: 0, targetValue: 1 },
    ],
  }),
  expect: ownerChainAndHr(200, 403),
};

/** Check-ins are tried on a private goal: colleagues who cannot see it get 404, never 403. */
const checkInPrivateGoal: MatrixRow = {
  route: 'POST /api/goals/:goalId/check-ins',
  target: 'person',
  params: async ({ db, organizationId, personId, unique }) => {
    const { goalId, keyResultId } = await goalOf(db, organizationId, personId, 'private');
    remember(unique, { keyResultId });
    return { goalId };
  },
  body: ({ unique }) => ({
    status: 'on_track',
    comment: 'Matrix check-in',
    values: [{ keyResultId: recall(unique).keyResultId, value: 1 }],
    version: 1,
  }),
  expect: ownerChainAndHr(201, 404),
};

// ---- the id-keyed template and area rows ----

const templateParams: ParamsHook = async ({ db, organizationId, unique }) => {
  const [template] = await db
    .insert(goalTemplates)
    .values({ organizationId, ...templateContent(unique) })
    .returning({ id: goalTemplates.id });
  return { templateId: template!.id };
};

/** Also remembers a level of the case's organisation, which a valid area body must name. */
const areaParams: ParamsHook = async ({ db, organizationId, unique }) => {
  const levelId = await levelOf(db, organizationId);
  remember(unique, { levelId });
  const [area] = await db
    .insert(performanceAreas)
    .values({
      organizationId,
      ...areaContent(unique, levelId),
      kpis: areaContent(unique, levelId).kpis.map((kpi) => ({ id: randomUUID(), ...kpi })),
    })
    .returning({ id: performanceAreas.id });
  return { areaId: area!.id };
};

/** Authorization-matrix rows for every route of this area (SPEC S1; checked by the matrix test). */
export const goalsRows: MatrixRow[] = [
  { route: 'GET /api/goals', target: 'none', expect: signedIn(200) },
  // The list's download: the same reach, so the same answer to every role.
  { route: 'GET /api/goals.csv', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/goals/tree', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/goals/parent-options', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/people/:personId/goals', target: 'person', expect: personGoalsRead },
  {
    route: 'POST /api/goals',
    target: 'person',
    body: ({ personId }) => ({
      level: 'personal',
      ownerPersonId: personId,
      title: 'Matrix goal',
      ...period,
      keyResults: [{ title: 'Done', kind: 'boolean', startValue: 0, targetValue: 1 }],
    }),
    // The owner, their managers and HR may create a personal goal for them.
    expect: ownerChainAndHr(201, 403),
  },
  {
    route: 'GET /api/goals/:goalId',
    target: 'person',
    params: privateGoalParams,
    expect: ownerChainAndHr(200, 404),
  },
  {
    route: 'GET /api/goals/:goalId/children',
    target: 'person',
    params: privateGoalParams,
    expect: ownerChainAndHr(200, 404),
  },
  {
    route: 'GET /api/goals/:goalId/check-ins',
    target: 'person',
    params: privateGoalParams,
    expect: ownerChainAndHr(200, 404),
  },
  editPublicGoal,
  checkInPrivateGoal,
  {
    route: 'GET /api/goal-templates',
    target: 'none',
    expect: onlyRoles(['hr_admin', 'manager', 'skip_level'], 200),
  },
  {
    route: 'POST /api/goal-templates',
    target: 'none',
    body: ({ unique }) => templateContent(unique),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'PUT /api/goal-templates/:templateId',
    target: 'person',
    params: templateParams,
    body: ({ unique }) => ({ ...templateContent(unique), name: `Renamed ${unique}`, version: 1 }),
    // Managers may see a template (to assign it) but only HR edits it; others never see it.
    expect: orgRecord((role) =>
      role === 'hr_admin' ? 200 : role === 'manager' || role === 'skip_level' ? 403 : 404,
    ),
  },
  {
    route: 'POST /api/goal-templates/:templateId/assignment-preview',
    target: 'person',
    params: templateParams,
    body: () => ({ filter: {} }),
    expect: templateUsers(200),
  },
  {
    route: 'POST /api/goal-templates/:templateId/assignments',
    target: 'person',
    params: templateParams,
    // A job title nobody holds: the assignment is valid and confirmed (0 people), so the status is
    // the authorization answer without giving the shared cast new goals. Who an assignment reaches
    // (HR anyone, managers only their tree) is tested in templates.test.ts.
    body: ({ unique }) => ({ filter: { jobTitle: `Nobody ${unique}` }, ...period, expectedCount: 0 }),
    expect: templateUsers(201),
  },
  { route: 'GET /api/performance-areas', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'GET /api/people/:personId/performance-areas',
    target: 'person',
    // A person's KPIs: themself, their manager chain and HR; anyone else gets 404.
    expect: ownerChainAndHr(200, 404),
  },
  {
    route: 'POST /api/performance-areas',
    target: 'none',
    // No path params: the hook only remembers a level of the caller's organisation for the body.
    params: async ({ db, organizationId, unique }) => {
      remember(unique, { levelId: await levelOf(db, organizationId) });
      return {};
    },
    body: ({ unique }) => areaContent(unique, recall(unique).levelId!),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'PUT /api/performance-areas/:areaId',
    target: 'person',
    params: areaParams,
    body: ({ unique }) => ({ ...areaContent(unique, recall(unique).levelId!), version: 1 }),
    expect: areaWrite(204),
  },
  {
    route: 'DELETE /api/performance-areas/:areaId',
    target: 'person',
    params: async (context) => {
      const ids = await areaParams(context);
      caseIds.delete(context.unique); // a delete has no body
      return ids;
    },
    query: '?version=1',
    expect: areaWrite(204),
  },
];
