import type { MeritMatrix } from '../../../../contracts/compensation';
import type { Db } from '../../../platform/db/client';
import { compCycleParticipants } from '../cycles/tables';
import { insertTestCycle } from '../cycles/testing';
import { compProposals } from './tables';

/**
 * A merit matrix on compa-ratio for ratings 1–3 with columns <0.90, 0.90–<1.10, ≥1.10: rating 3 in
 * the middle column is 2–5 % (target 3.5 %), the low column allows up to 8 %.
 */
export const testMatrix: MeritMatrix = {
  axis: 'compa_ratio',
  thresholds: ['0.90', '1.10'],
  rows: [1, 2, 3].map((rating) => ({
    rating,
    cells: [
      { minPct: '0', targetPct: '4', maxPct: '8' },
      { minPct: '2', targetPct: '3.5', maxPct: '5' },
      { minPct: '0', targetPct: '1', maxPct: '2' },
    ],
  })),
};

/** A launched cycle in planning (no launch run: the tests write the snapshot themselves). */
export const insertPlanningCycle = (
  db: Db,
  values: { organizationId: string } & Partial<Parameters<typeof insertTestCycle>[1]>,
) =>
  insertTestCycle(db, {
    state: 'planning',
    launchedAt: new Date(),
    fxFrozenAt: new Date(),
    meritMatrix: testMatrix,
    ...values,
  });

/**
 * A participant's launch snapshot written straight to the table: eligible, 5,432,100 EUR cents in
 * a 40,000–60,000 EUR band (compa-ratio 1.0864), rating 3, the full period.
 */
export async function insertSnapshot(
  db: Db,
  values: {
    organizationId: string;
    cycleId: string;
    personId: string;
    managerId: string | null;
  } & Partial<typeof compCycleParticipants.$inferInsert>,
) {
  const [row] = await db
    .insert(compCycleParticipants)
    .values({
      hireDate: '2020-01-01',
      eligibility: 'eligible',
      ruleEligibility: 'eligible',
      baseMinor: 5_432_100,
      payCurrency: 'EUR',
      payFrequency: 'annual',
      ftePermille: 1000,
      jobFamily: 'Engineering',
      payZone: 'Matrix zone',
      bandCurrency: 'EUR',
      bandMinMinor: 4_000_000,
      bandTargetMinor: 5_000_000,
      bandMaxMinor: 6_000_000,
      compaRatio: '1.0864',
      positionInRange: '0.7161',
      calibratedRating: 3,
      eligibleDays: 365,
      periodDays: 365,
      ...values,
    })
    .returning();
  return row!;
}

/** A draft proposal written straight to the table (for matrix rows): 3.5 % merit, justified. */
export async function insertTestProposal(
  db: Db,
  values: { organizationId: string; cycleId: string; participantId: string } & Partial<
    typeof compProposals.$inferInsert
  >,
) {
  const [row] = await db
    .insert(compProposals)
    .values({
      meritInput: 'percent',
      meritPct: '3.5',
      meritNewBaseMinor: 5_622_224,
      justification: 'Matrix proposal justification',
      ...values,
    })
    .returning();
  return row!;
}
