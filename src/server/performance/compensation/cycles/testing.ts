import type { NewCompCycle } from '../../../../contracts/compensation/cycles';
import type { Db } from '../../../platform/db/client';
import { compCycleParticipants, compCycles } from './tables';

/** A set-up that passes every check for an organisation paying in EUR only: calendar-year 2026. */
export const testCycleSetup = (overrides: Partial<NewCompCycle> = {}): NewCompCycle => ({
  name: 'Merit 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  effectiveDate: '2027-01-01',
  visibilityDate: '2027-01-15',
  planningCurrency: 'EUR',
  fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'Test rates', rates: {} },
  eligibilityRules: {
    hiredOnOrBefore: null,
    excludeTerminated: true,
    minMonthsSinceLastIncrease: null,
    levelIds: [],
    excludedPersonIds: [],
  },
  reviewCycleId: null,
  meritMatrix: null,
  budget: {},
  approvalDepth: 1,
  sandbox: false,
  ...overrides,
});

/** A cycle written straight to the table (no checks, no audit), for matrix rows and fixtures. */
export async function insertTestCycle(
  db: Db,
  values: { organizationId: string } & Partial<typeof compCycles.$inferInsert>,
) {
  const [row] = await db
    .insert(compCycles)
    .values({ ...testCycleSetup(), ...values })
    .returning();
  return row!;
}

/** A planning cycle with one (overridden) participant for the person (no launch), for matrix rows. */
export async function insertTestParticipant(db: Db, values: { organizationId: string; personId: string }) {
  const cycle = await insertTestCycle(db, {
    organizationId: values.organizationId,
    state: 'planning',
    launchedAt: new Date(),
    fxFrozenAt: new Date(),
  });
  const [row] = await db
    .insert(compCycleParticipants)
    .values({
      ...values,
      cycleId: cycle.id,
      hireDate: '2022-01-10',
      eligibility: 'eligible',
      ruleEligibility: 'eligible',
      baseMinor: 9_000_000,
      payCurrency: 'EUR',
      payFrequency: 'annual',
      ftePermille: 1000,
      jobFamily: 'Engineering',
      // Every text column holds a value, so the matrix's leak scan can plant its canaries in them.
      payZone: 'Matrix zone',
      overrideEligibility: 'eligible',
      overrideReason: 'Matrix override reason',
      overriddenAt: new Date(),
      eligibleDays: 365,
      periodDays: 365,
    })
    .returning();
  return { cycle, participant: row! };
}
