import { randomUUID } from 'node:crypto';
import type { Db } from '../../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
} from '../../../platform/policy/matrix/types';
import { insertTestCycle, insertTestParticipant, testCycleSetup } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A draft cycle of the case's organisation. */
async function draftCycle({ db, organizationId }: ParamsContext) {
  return { cycleId: (await insertTestCycle(db, { organizationId })).id };
}

/** A planning cycle with the target person as a participant (what the participants list shows). */
async function plannedCycle({ db, organizationId, personId }: ParamsContext) {
  // Anonymous cases name no person: the cycle alone is enough for their 401.
  if (!personId) {
    const cycle = await insertTestCycle(db, { organizationId, state: 'planning', launchedAt: new Date() });
    return { cycleId: cycle.id };
  }
  const { cycle } = await insertTestParticipant(db, { organizationId, personId });
  return { cycleId: cycle.id };
}

/** The target person's place in a planning cycle of their organisation. */
async function participation({ db, organizationId, personId }: ParamsContext) {
  if (!personId) return { participantId: randomUUID() };
  const { participant } = await insertTestParticipant(db, { organizationId, personId });
  return { participantId: participant.id };
}

/** Cycles are HR's: anyone else does not see them (404, S1.7); a list or a new one is refused (403). */
const hrRecord = (ok: number) => onlyRoles(['hr_admin'], ok, 404);
const hrOnly: Carries = { compensation: 'hr_admin' };

/**
 * HR overrides anyone's eligibility but their own (403); nobody else sees a participation (404),
 * nor HR of another organisation.
 */
const overrideExpect = {
  anonymous: 401,
  employee: rel(404, 'n/a', 404, 404),
  manager: rel(404, 404, 404, 404),
  skip_level: rel(404, 404, 404, 404),
  hr_admin: rel(403, 'n/a', 200, 404),
  approver: rel(404, 'n/a', 404, 404),
  coach: rel(404, 'n/a', 404, 404),
  org_admin: rel(404, 'n/a', 404, 404),
};

const base = '/api/performance/compensation/cycles';

/** Authorization-matrix rows for every route of compensation cycles. */
export const compCycleRows: MatrixRow[] = [
  {
    route: `GET ${base}`,
    target: 'none',
    params: draftCycle,
    expect: onlyRoles(['hr_admin'], 200),
    carries: hrOnly,
  },
  {
    route: `POST ${base}`,
    target: 'none',
    body: ({ unique }) => ({ ...testCycleSetup({ name: `Matrix cycle ${unique}` }) }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: hrOnly,
  },
  {
    route: `GET ${base}/:cycleId`,
    target: 'none',
    params: plannedCycle,
    expect: hrRecord(200),
    carries: hrOnly,
  },
  {
    route: `PATCH ${base}/:cycleId`,
    target: 'none',
    params: draftCycle,
    body: () => ({ version: 1, name: 'Matrix cycle, renamed' }),
    expect: hrRecord(200),
    carries: hrOnly,
  },
  {
    route: `GET ${base}/:cycleId/setup-check`,
    target: 'none',
    params: draftCycle,
    expect: hrRecord(200),
    carries: hrOnly,
  },
  {
    route: `POST ${base}/:cycleId/launch`,
    target: 'none',
    params: draftCycle,
    body: () => ({ version: 1 }),
    expect: hrRecord(200),
    carries: hrOnly,
  },
  {
    route: `POST ${base}/:cycleId/transitions`,
    target: 'none',
    params: plannedCycle,
    body: () => ({ to: 'review', version: 1 }),
    expect: hrRecord(200),
    carries: hrOnly,
  },
  {
    route: `GET ${base}/:cycleId/participants`,
    target: 'person',
    params: plannedCycle,
    expect: {
      anonymous: 401,
      employee: rel(404, 'n/a', 404, 404),
      manager: rel(404, 404, 404, 404),
      skip_level: rel(404, 404, 404, 404),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(404, 'n/a', 404, 404),
      coach: rel(404, 'n/a', 404, 404),
      org_admin: rel(404, 'n/a', 404, 404),
    },
    carries: hrOnly,
  },
  {
    route: `POST ${base}/participants/:participantId/eligibility`,
    target: 'person',
    params: participation,
    body: () => ({ eligibility: 'excluded', reason: 'Reviewed in the executive cycle', version: 1 }),
    expect: overrideExpect,
    carries: hrOnly,
  },
];
