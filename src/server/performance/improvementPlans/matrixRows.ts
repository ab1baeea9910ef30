import type { Db } from '../../platform/db/client';
import {
  type MatrixContext,
  type MatrixRole,
  type MatrixRow,
  type Outcome,
  type RelationOutcomes,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import type { PipState } from './tables';
import { insertPriorFeedback, insertTestPlan } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A plan about the case's target person in a given state (a published one unless said otherwise). */
const planIn =
  (state: PipState, options: { priorFeedback?: boolean } = {}) =>
  async ({ db, organizationId, personId }: ParamsContext) => {
    const { plan, checkIns } = await insertTestPlan(db, { organizationId, employeeId: personId, state });
    if (options.priorFeedback)
      await insertPriorFeedback(db, { organizationId, personId, writerId: personId });
    return { planId: plan.id, checkInId: checkIns[0]!.id };
  };

/**
 * Every role × relation of a plan route. Only the employee (their own plan, once published), their
 * manager chain and HR admins ever see a plan: for anyone else — approvers, coaches and org admins by
 * role, colleagues, another organisation — it does not exist (404). `own` is the caller's own plan:
 * read as the employee whatever their role.
 */
function planOutcomes(cases: {
  own: Outcome;
  directManager: Outcome;
  skipLevel: Outcome;
  hr: Outcome;
}): Record<MatrixRole, Outcome | RelationOutcomes> {
  const { own, directManager, skipLevel, hr } = cases;
  return {
    anonymous: 401,
    employee: rel(own, 'n/a', 404, 404),
    manager: rel(own, directManager, 404, 404),
    skip_level: rel(own, skipLevel, 404, 404),
    hr_admin: rel(own, 'n/a', hr, 404),
    approver: rel(own, 'n/a', 404, 404),
    coach: rel(own, 'n/a', 404, 404),
    org_admin: rel(own, 'n/a', 404, 404),
  };
}

const readers = planOutcomes({ own: 200, directManager: 200, skipLevel: 200, hr: 200 });
/** A draft exists for its drafters (HR, the direct manager) and the manager chain, not the employee. */
const draftEditors = (ok: Outcome) => planOutcomes({ own: 404, directManager: ok, skipLevel: 403, hr: ok });
/** HR's decisions on a running plan: the employee and the manager chain read it but may not act. */
const hrOnly = (ok: Outcome) => planOutcomes({ own: 403, directManager: 403, skipLevel: 403, hr: ok });
/** The employee's own acts on their plan. */
const employeeOnly = (ok: Outcome) => planOutcomes({ own: ok, directManager: 403, skipLevel: 403, hr: 403 });

const content = {
  reason: 'Releases slipped three times this quarter',
  startDate: '2026-02-02',
  durationDays: 60,
  checkInSchedule: { kind: 'biweekly' },
  expectations: [{ statement: 'Ship on the agreed date', measure: 'Releases on time', dueOn: '2026-03-02' }],
};

/** Authorization-matrix rows for every improvement-plan route. No row carries a separated class. */
export const improvementPlansRows: MatrixRow[] = [
  { route: 'GET /api/improvement-plans', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/improvement-plans',
    target: 'person',
    body: ({ personId }) => ({ employeeId: personId, ...content }),
    // HR about anyone but themselves, the direct manager about their report; nobody about themselves.
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 403, 404),
      manager: rel(403, 201, 403, 404),
      skip_level: rel(403, 403, 403, 404),
      hr_admin: rel(403, 'n/a', 201, 404),
      approver: rel(403, 'n/a', 403, 404),
      coach: rel(403, 'n/a', 403, 404),
      org_admin: rel(403, 'n/a', 403, 404),
    },
  },
  {
    route: 'GET /api/improvement-plans/:planId',
    target: 'person',
    params: planIn('active'),
    expect: readers,
  },
  {
    route: 'PUT /api/improvement-plans/:planId',
    target: 'person',
    params: planIn('draft'),
    body: () => ({ version: 1, ...content }),
    expect: draftEditors(200),
  },
  {
    route: 'GET /api/improvement-plans/:planId/fairness',
    target: 'person',
    params: planIn('draft'),
    expect: draftEditors(200),
  },
  {
    route: 'POST /api/improvement-plans/:planId/publish',
    target: 'person',
    params: planIn('draft', { priorFeedback: true }),
    body: () => ({ version: 1 }),
    expect: planOutcomes({ own: 404, directManager: 403, skipLevel: 403, hr: 200 }),
  },
  {
    route: 'POST /api/improvement-plans/:planId/extend',
    target: 'person',
    params: planIn('acknowledged'),
    body: () => ({ version: 1, endDate: '2026-12-31' }),
    expect: hrOnly(200),
  },
  {
    route: 'POST /api/improvement-plans/:planId/close',
    target: 'person',
    params: planIn('acknowledged'),
    body: () => ({ version: 1, outcome: 'successful', rationale: 'Every expectation was met' }),
    expect: hrOnly(200),
  },
  {
    route: 'POST /api/improvement-plans/:planId/acknowledge',
    target: 'person',
    params: planIn('active'),
    body: () => ({ version: 1, response: 'I read it; I see the deadlines differently.' }),
    expect: employeeOnly(200),
  },
  {
    route: 'GET /api/improvement-plans/:planId/revisions',
    target: 'person',
    params: planIn('active'),
    expect: readers,
  },
  {
    route: 'GET /api/improvement-plans/:planId/responses',
    target: 'person',
    params: planIn('active'),
    expect: readers,
  },
  {
    route: 'POST /api/improvement-plans/:planId/responses',
    target: 'person',
    params: planIn('active'),
    body: () => ({ body: 'For the record: the scope grew twice.' }),
    expect: employeeOnly(201),
  },
  {
    route: 'POST /api/improvement-plans/:planId/check-ins/:checkInId',
    target: 'person',
    params: planIn('acknowledged'),
    body: () => ({ version: 1, summary: 'Good progress on planning' }),
    // The direct manager or HR records; the skip-level reads but does not.
    expect: planOutcomes({ own: 403, directManager: 200, skipLevel: 403, hr: 200 }),
  },
  {
    route: 'GET /api/improvement-plans/:planId/pdf',
    target: 'person',
    params: planIn('active'),
    expect: readers,
  },
];
