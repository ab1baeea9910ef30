import type { Db } from '../../../platform/db/client';
import { insertTestCycle } from '../cycles/testing';
import { insertSnapshot, insertTestProposal } from '../proposals/testing';

/**
 * A released cycle (visible since 2020 unless `visibilityDate` says otherwise) written straight to
 * the tables, for tests and matrix rows.
 */
export const insertReleasedCycle = (
  db: Db,
  values: { organizationId: string } & Partial<Parameters<typeof insertTestCycle>[1]>,
) =>
  insertTestCycle(db, {
    state: 'released',
    launchedAt: new Date(),
    fxFrozenAt: new Date(),
    releasedAt: new Date(),
    visibilityDate: '2020-01-15',
    effectiveDate: '2020-01-01',
    ...values,
  });

/**
 * The person's approved outcome in a cycle: 54,321.00 EUR a year raised 3.5 % to 56,222.24 (the
 * snapshot and proposal fixtures), so they get a letter.
 */
export async function insertApprovedOutcome(
  db: Db,
  values: {
    organizationId: string;
    cycleId: string;
    personId: string;
    bonusMinor?: number;
    meritPct?: string;
  },
) {
  const participant = await insertSnapshot(db, {
    organizationId: values.organizationId,
    cycleId: values.cycleId,
    personId: values.personId,
    managerId: null,
  });
  const unchanged = values.meritPct === '0';
  const proposal = await insertTestProposal(db, {
    organizationId: values.organizationId,
    cycleId: values.cycleId,
    participantId: participant.id,
    state: 'approved',
    submittedAt: new Date(),
    approvedAt: new Date(),
    bonusMinor: values.bonusMinor ?? null,
    ...(unchanged ? { meritPct: '0', meritNewBaseMinor: participant.baseMinor } : {}),
  });
  return { participant, proposal };
}
