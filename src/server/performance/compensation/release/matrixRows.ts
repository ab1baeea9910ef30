import type { Db } from '../../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
} from '../../../platform/policy/matrix/types';
import { insertTestCycle } from '../cycles/testing';
import { insertSnapshot, insertTestProposal } from '../proposals/testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * An approved cycle of the case's organisation; with a target person, they are a participant with an
 * approved proposal (what the payroll export lists).
 */
async function approvedCycle({ db, organizationId, personId }: ParamsContext) {
  const cycle = await insertTestCycle(db, {
    organizationId,
    state: 'approved',
    launchedAt: new Date(),
    fxFrozenAt: new Date(),
  });
  if (personId) {
    const participant = await insertSnapshot(db, {
      organizationId,
      cycleId: cycle.id,
      personId,
      managerId: null,
    });
    await insertTestProposal(db, {
      organizationId,
      cycleId: cycle.id,
      participantId: participant.id,
      state: 'approved',
      submittedAt: new Date(),
      approvedAt: new Date(),
      bonusMinor: 100_000,
    });
  }
  return { cycleId: cycle.id };
}

/** Releases and payroll exports are HR's: anyone else does not see the cycle (404, S1.7). */
const hrRecord = onlyRoles(['hr_admin'], 200, 404);
const hrOnly: Carries = { compensation: 'hr_admin' };
const base = '/api/performance/compensation/cycles';

/** Authorization-matrix rows for a cycle's release and payroll export. */
export const compReleaseRows: MatrixRow[] = [
  {
    route: `GET ${base}/:cycleId/release`,
    target: 'none',
    params: approvedCycle,
    expect: hrRecord,
    carries: hrOnly,
  },
  {
    route: `GET ${base}/:cycleId/payroll.csv`,
    target: 'none',
    params: approvedCycle,
    expect: hrRecord,
    carries: hrOnly,
  },
  {
    route: `GET ${base}/:cycleId/payroll.xlsx`,
    target: 'none',
    params: approvedCycle,
    expect: hrRecord,
    carries: hrOnly,
  },
];
