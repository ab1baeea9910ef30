import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import type {
  Carries,
  MatrixContext,
  MatrixRow,
  RelationOutcomes,
} from '../../../platform/policy/matrix/types';
import { rel } from '../../../platform/policy/matrix/types';
import { insertPlanningCycle, insertSnapshot, insertTestProposal } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** The participant id of a case, derived from its `unique` so the body (which sees no params) can name it. */
const participantIdOf = (unique: string) =>
  `${unique.slice(0, 8)}-${unique.slice(8, 12)}-4${unique.slice(12, 15)}-a${unique.slice(15, 16)}00-000000000000`;

/**
 * A planning cycle whose launch snapshot copies the target person's current management chain, so
 * the snapshot relation of each case is the matrix's relation; the target holds a draft proposal.
 */
async function plannedTarget(context: ParamsContext) {
  return plannedTargetWith(context, {});
}

/**
 * The same with the proposal submitted and waiting for the target's direct manager (as a chain
 * approver): the awaited manager decides, the skip level reads but is refused (403, not their
 * turn), the approval team and HR decide at any step.
 */
async function submittedTarget(context: ParamsContext) {
  return plannedTargetWith(context, { submitted: true });
}

async function plannedTargetWith(
  { db, organizationId, personId, unique }: ParamsContext,
  options: { submitted?: boolean },
) {
  const cycle = await insertPlanningCycle(db, { organizationId });
  if (!personId) return { cycleId: cycle.id, participantId: randomUUID() };
  const chain: { id: string; managerId: string | null }[] = [];
  let current: string | null = personId;
  while (current && chain.length < 10) {
    const [person] = await db
      .select({ id: people.id, managerId: people.managerId })
      .from(people)
      .where(eq(people.id, current));
    if (!person) break;
    chain.push(person);
    current = person.managerId;
  }
  for (const [index, person] of chain.entries()) {
    const participant = await insertSnapshot(db, {
      organizationId,
      cycleId: cycle.id,
      personId: person.id,
      managerId: person.managerId,
      ...(index === 0 ? { id: participantIdOf(unique) } : {}),
    });
    if (index === 0)
      await insertTestProposal(db, {
        organizationId,
        cycleId: cycle.id,
        participantId: participant.id,
        ...(options.submitted
          ? {
              state: 'submitted' as const,
              submittedAt: new Date(),
              approvalChain: person.managerId ? [person.managerId] : [],
              awaitingPersonId: person.managerId,
            }
          : {}),
      });
  }
  return { cycleId: cycle.id, participantId: participantIdOf(unique) };
}

/**
 * A proposal is read by its person's managers of the snapshot (report) and HR (any but their own);
 * nobody sees their own, nor anyone of another organisation's (404, S1.7).
 */
const proposalExpect = (ok: number): Record<string, RelationOutcomes | number> => ({
  anonymous: 401,
  employee: rel(404, 'n/a', 404, 404),
  manager: rel(404, ok, 404, 404),
  skip_level: rel(404, ok, 404, 404),
  hr_admin: rel(404, 'n/a', ok, 404),
  approver: rel(404, 'n/a', ok, 404),
  coach: rel(404, 'n/a', 404, 404),
  org_admin: rel(404, 'n/a', 404, 404),
});

/** A planner's change: the chain and HR; the approval team reads but does not plan (403). */
const planExpect = (ok: number) => ({ ...proposalExpect(ok), approver: rel(404, 'n/a', 403, 404) });

/** A decision on a submitted proposal: the awaited approver, the approval team and HR. */
const decideExpect = {
  ...proposalExpect(200),
  skip_level: rel(404, 403, 404, 404),
};

/**
 * A cycle's grid and budgets: a manager of someone in it, the approval team and HR (their own
 * cycle included: they see the others in it).
 */
const cycleExpect = {
  ...proposalExpect(200),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 200, 404),
};

const carries: Carries = {
  compensation: ['manager:report', 'skip_level:report', 'hr_admin', 'approver'],
};
const cycles = '/api/performance/compensation/cycles';
const base = '/api/performance/compensation/proposals';
const planning = '/api/performance/compensation/planning';

/** Authorization-matrix rows for every route of compensation proposals and budgets. */
export const compProposalRows: MatrixRow[] = [
  {
    // Everyone may ask; the answer is the cycles they plan in (HR: every launched one), else empty.
    // A planning cycle exists so HR's body names one; nobody else managed anyone in it.
    route: `GET ${planning}`,
    target: 'none',
    params: async ({ db, organizationId }) => {
      await insertPlanningCycle(db, { organizationId });
      return {};
    },
    expect: {
      anonymous: 401,
      employee: 200,
      manager: 200,
      skip_level: 200,
      hr_admin: 200,
      approver: 200,
      coach: 200,
      org_admin: 200,
    },
    carries: { compensation: ['manager', 'skip_level', 'hr_admin', 'approver'] },
  },
  {
    route: `GET ${cycles}/:cycleId/proposals`,
    target: 'person',
    params: plannedTarget,
    expect: cycleExpect as MatrixRow['expect'],
    carries,
  },
  // The grid's downloads: the grid's door and reach, so the grid's answers and classes.
  ...(['csv', 'xlsx'] as const).map(
    (format): MatrixRow => ({
      route: `GET ${cycles}/:cycleId/proposals.${format}`,
      target: 'person',
      params: plannedTarget,
      expect: cycleExpect as MatrixRow['expect'],
      carries,
    }),
  ),
  {
    route: `POST ${cycles}/:cycleId/proposals/submit`,
    target: 'person',
    params: plannedTarget,
    body: ({ unique }) => ({ items: [{ participantId: participantIdOf(unique), version: 1 }] }),
    expect: planExpect(200) as MatrixRow['expect'],
    carries,
  },
  {
    route: `GET ${cycles}/:cycleId/budgets`,
    target: 'person',
    params: plannedTarget,
    expect: cycleExpect as MatrixRow['expect'],
    carries,
  },
  {
    route: `GET ${cycles}/:cycleId/bands`,
    target: 'person',
    params: plannedTarget,
    expect: cycleExpect as MatrixRow['expect'],
    carries,
  },
  {
    route: `GET ${base}/:participantId`,
    target: 'person',
    params: plannedTarget,
    expect: proposalExpect(200) as MatrixRow['expect'],
    carries,
  },
  {
    route: `PUT ${base}/:participantId`,
    target: 'person',
    params: plannedTarget,
    body: () => ({ version: 1, merit: { percent: '3' } }),
    expect: planExpect(200) as MatrixRow['expect'],
    carries,
  },
  {
    route: `GET ${base}/:participantId/guideline`,
    target: 'person',
    params: plannedTarget,
    expect: proposalExpect(200) as MatrixRow['expect'],
    carries,
  },
  {
    route: `POST ${cycles}/:cycleId/proposals/approve`,
    target: 'person',
    params: submittedTarget,
    body: ({ unique }) => ({ items: [{ participantId: participantIdOf(unique), version: 1 }] }),
    expect: decideExpect as MatrixRow['expect'],
    carries: {},
  },
  {
    route: `POST ${base}/:participantId/adjust`,
    target: 'person',
    params: submittedTarget,
    body: () => ({ version: 1, merit: { percent: '3.5' }, note: 'Matrix adjustment note' }),
    expect: decideExpect as MatrixRow['expect'],
    carries,
  },
  {
    route: `POST ${base}/:participantId/send-back`,
    target: 'person',
    params: submittedTarget,
    body: () => ({ version: 1, reason: 'Matrix send-back reason' }),
    expect: decideExpect as MatrixRow['expect'],
    carries,
  },
  {
    route: `GET ${base}/:participantId/history`,
    target: 'person',
    params: submittedTarget,
    expect: proposalExpect(200) as MatrixRow['expect'],
    carries,
  },
];
