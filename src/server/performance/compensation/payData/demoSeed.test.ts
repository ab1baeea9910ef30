import { and, eq, ne } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../../org/seed/demo';
import { demoAccounts } from '../../../org/seed/demoRoster';
import { people } from '../../../org/tables';
import type { Database } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { testDatabase } from '../../../testing/database';
import { seedDemoPayData } from './demoSeed';
import { placeInBand } from './placement';
import { bandAsOf, payAsOf } from './queries';
import { compBands, payRecords } from './tables';

let database: Database;
let organizationId: string;
const today = '2026-11-20';

beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await seedDemoOrganization(database.db));
  // The demo organisation may be shared with other test files: start this part from nothing.
  await database.db.delete(payRecords).where(eq(payRecords.organizationId, organizationId));
  await database.db.delete(compBands).where(eq(compBands.organizationId, organizationId));
  await inTransaction(database.db, (tx) => seedDemoPayData(tx, { organizationId, today }));
}, 60_000);

describe('seedDemoPayData', () => {
  it('gives everyone still employed a pay history, in more than one currency, with some corrections', async () => {
    const staff = await database.db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), ne(people.status, 'terminated')));
    const records = await database.db
      .select()
      .from(payRecords)
      .where(eq(payRecords.organizationId, organizationId));
    expect(new Set(records.map((record) => record.personId))).toEqual(
      new Set(staff.map((person) => person.id)),
    );
    expect(new Set(records.map((record) => record.currency)).size).toBeGreaterThanOrEqual(2);
    expect(records.some((record) => record.reason === 'correction')).toBe(true);
    expect(records.some((record) => record.ftePermille < 1000)).toBe(true);
  });

  it('places the demo employee in a band of their family, zone and level', async () => {
    const [employee] = await database.db
      .select({ id: people.id, levelId: people.levelId })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
    const current = await payAsOf(database.db, { organizationId, personId: employee!.id, asOf: today });
    expect(current).not.toBeNull();
    const band = await bandAsOf(database.db, {
      organizationId,
      jobFamily: current!.jobFamily,
      levelId: employee!.levelId!,
      payZone: current!.payZone,
      asOf: today,
    });
    expect(placeInBand(current!, band)).toMatchObject({
      status: 'placed',
      band: { currency: current!.currency },
    });
  });

  it('makes the correction the record in effect on its date', async () => {
    const corrections = await database.db
      .select()
      .from(payRecords)
      .where(and(eq(payRecords.organizationId, organizationId), eq(payRecords.reason, 'correction')));
    for (const correction of corrections) {
      const inEffect = await payAsOf(database.db, {
        organizationId,
        personId: correction.personId,
        asOf: correction.effectiveFrom,
      });
      expect(inEffect?.id).toBe(correction.id);
    }
  });
});
