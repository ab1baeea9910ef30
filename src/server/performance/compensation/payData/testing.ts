import type { Db } from '../../../platform/db/client';
import { compBands, payRecords } from './tables';

/** A pay record written straight to the table, for tests and matrix rows (no audit, no checks). */
export async function insertTestPayRecord(
  db: Db,
  values: { organizationId: string; personId: string } & Partial<typeof payRecords.$inferInsert>,
) {
  const [row] = await db
    .insert(payRecords)
    .values({
      effectiveFrom: '2024-01-01',
      baseMinor: 9_000_000,
      currency: 'EUR',
      frequency: 'annual',
      jobFamily: 'Engineering',
      reason: 'hire',
      note: 'Matrix pay note',
      ...values,
    })
    .returning();
  return row!;
}

/** A band version written straight to the table, for tests and matrix rows. */
export async function insertTestBand(
  db: Db,
  values: { organizationId: string; levelId: string } & Partial<typeof compBands.$inferInsert>,
) {
  const [row] = await db
    .insert(compBands)
    .values({
      jobFamily: 'Engineering',
      currency: 'EUR',
      minMinor: 8_000_000,
      targetMinor: 10_000_000,
      maxMinor: 12_000_000,
      effectiveFrom: '2024-01-01',
      ...values,
    })
    .returning();
  return row!;
}
