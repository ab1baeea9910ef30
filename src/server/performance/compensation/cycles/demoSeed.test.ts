import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../../org/seed/demo';
import { people } from '../../../org/tables';
import type { Database } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { testDatabase } from '../../../testing/database';
import { seedDemoPayData } from '../payData/demoSeed';
import { compBands, payRecords } from '../payData/tables';
import { compProposals } from '../proposals/tables';
import { seedDemoCompCycles } from './demoSeed';
import { compCycleParticipants, compCycles } from './tables';

let database: Database;
let organizationId: string;
const today = '2026-11-20';

beforeAll(async () => {
  database = await testDatabase();
  ({ organizationId } = await seedDemoOrganization(database.db));
  // The demo organisation may be shared with other test files: start this part from nothing.
  await database.db.delete(compCycles).where(eq(compCycles.organizationId, organizationId));
  await database.db.delete(payRecords).where(eq(payRecords.organizationId, organizationId));
  await database.db.delete(compBands).where(eq(compBands.organizationId, organizationId));
  await inTransaction(database.db, async (tx) => {
    await seedDemoPayData(tx, { organizationId, today });
    await seedDemoCompCycles(tx, { organizationId, today });
  });
}, 120_000);

const cyclesByState = async () => {
  const rows = await database.db
    .select()
    .from(compCycles)
    .where(eq(compCycles.organizationId, organizationId));
  return new Map(rows.map((row) => [row.state, row]));
};

describe('seedDemoCompCycles', () => {
  it('releases last year’s cycle: approved proposals whose increases are the pay history’s cycle records', async () => {
    const released = (await cyclesByState()).get('released')!;
    expect(released.effectiveDate).toBe('2025-11-20');
    const proposals = await database.db
      .select()
      .from(compProposals)
      .where(eq(compProposals.cycleId, released.id));
    expect(proposals.length).toBeGreaterThan(20);
    expect(new Set(proposals.map((proposal) => proposal.state))).toEqual(new Set(['approved']));
    const written = await database.db
      .select()
      .from(payRecords)
      .where(and(eq(payRecords.compCycleId, released.id), eq(payRecords.reason, 'cycle')));
    expect(written).toHaveLength(proposals.length);
    for (const record of written) expect(record.effectiveFrom).toBe(released.effectiveDate);
    const bases = new Set(proposals.map((proposal) => proposal.meritNewBaseMinor));
    for (const record of written) expect(bases.has(record.baseMinor)).toBe(true);
  });

  it('plans this year’s cycle: drafts in the demo manager’s team, submissions waiting for their manager and for the approval team', async () => {
    const planning = (await cyclesByState()).get('planning')!;
    const [manager] = await database.db
      .select()
      .from(people)
      .where(and(eq(people.organizationId, organizationId), eq(people.email, 'manager@demo.test')));
    const rows = await database.db
      .select({ proposal: compProposals, managerId: compCycleParticipants.managerId })
      .from(compProposals)
      .innerJoin(compCycleParticipants, eq(compCycleParticipants.id, compProposals.participantId))
      .where(eq(compProposals.cycleId, planning.id));
    const own = rows.filter((row) => row.managerId === manager!.id);
    expect(own.map((row) => row.proposal.state)).toEqual(['draft', 'draft']);
    const awaitingSkip = rows.filter((row) => row.proposal.awaitingPersonId === manager!.managerId);
    expect(awaitingSkip.length).toBeGreaterThan(0);
    const awaitingFinal = rows.filter(
      (row) => row.proposal.state === 'submitted' && row.proposal.awaitingPersonId === null,
    );
    expect(awaitingFinal.length).toBeGreaterThan(0);
    const participants = await database.db
      .select()
      .from(compCycleParticipants)
      .where(eq(compCycleParticipants.cycleId, planning.id));
    expect(new Set(participants.map((p) => p.payCurrency)).size).toBeGreaterThanOrEqual(2);
  });
});
