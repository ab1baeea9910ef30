import type { Db } from '../../../platform/db/client';
import { type MatrixContext, type MatrixRow, onlyRoles } from '../../../platform/policy/matrix/types';
import { insertPlanningCycle, insertSnapshot, insertTestProposal } from '../proposals/testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * A planning cycle in which the target person is proposed for and stays below their band minimum,
 * so HR's body lists them by name (and the leak scan reads their snapshot's planted texts).
 */
async function checkedCycle({ db, organizationId, personId }: ParamsContext) {
  const cycle = await insertPlanningCycle(db, { organizationId });
  if (!personId) return { cycleId: cycle.id };
  const participant = await insertSnapshot(db, {
    organizationId,
    cycleId: cycle.id,
    personId,
    managerId: null,
    bandMinMinor: 5_700_000,
  });
  await insertTestProposal(db, {
    organizationId,
    cycleId: cycle.id,
    participantId: participant.id,
    state: 'submitted',
    submittedAt: new Date(),
  });
  return { cycleId: cycle.id };
}

const base = '/api/performance/compensation/cycles';

/** HR and the approval team read a launched cycle's equity check; anyone else gets 404. */
export const compEquityRows: MatrixRow[] = [
  {
    route: `GET ${base}/:cycleId/equity`,
    target: 'none',
    params: checkedCycle,
    expect: onlyRoles(['hr_admin', 'approver'], 200, 404),
    carries: { compensation: ['hr_admin', 'approver'] },
  },
];
