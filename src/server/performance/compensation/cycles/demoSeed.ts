import { and, eq, inArray, sql } from 'drizzle-orm';
import { increasePercentExact, type MeritMatrix, toDecimalString } from '../../../../contracts/compensation';
import type { BudgetConfig } from '../../../../contracts/compensation/cycles';
import { people } from '../../../org/tables';
import { addDays } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { type DemoContext, insertInChunks } from '../../../seed/demoContext';
import { reviewCycles } from '../../reviews/tables';
import { payRecords } from '../payData/tables';
import { evaluateProposal, meritGuidelineOf } from '../proposals/evaluate';
import { chainApprovers } from '../proposals/policy';
import { snapshotOf } from '../proposals/present';
import { snapshotChains } from '../proposals/queries';
import { compProposalEvents, compProposals } from '../proposals/tables';
import { insertParticipants } from './insertParticipants';
import { launchSources } from './launchSource';
import { participantSnapshot } from './snapshot';
import { compCycleParticipants, compCycles } from './tables';

/** The demo's rates, EUR based: the three currencies its offices pay in. */
const fxTable = (asOf: string) => ({
  base: 'EUR',
  asOf,
  source: 'Demo rates (ECB reference, rounded)',
  rates: { GBP: '0.8600', USD: '1.0800' },
});

/** Ratings 1–5 on compa-ratio columns <0.90, 0.90–<1.10, ≥1.10: more for strong ratings low in range. */
const demoMatrix: MeritMatrix = {
  axis: 'compa_ratio',
  thresholds: ['0.90', '1.10'],
  rows: [
    { rating: 1, cells: cells(['0', '0', '0'], ['0', '0', '0'], ['0', '0', '0']) },
    { rating: 2, cells: cells(['0', '1.5', '2.5'], ['0', '1', '2'], ['0', '0', '1']) },
    { rating: 3, cells: cells(['2.5', '4', '5.5'], ['2', '3', '4'], ['1', '2', '3']) },
    { rating: 4, cells: cells(['4', '5.5', '7'], ['3', '4.5', '6'], ['2', '3', '4']) },
    { rating: 5, cells: cells(['5', '7', '9'], ['4', '6', '8'], ['3', '4', '5']) },
  ],
};

function cells(...ranges: [string, string, string][]) {
  return ranges.map(([minPct, targetPct, maxPct]) => ({ minPct, targetPct, maxPct }));
}

const budget: BudgetConfig = {
  merit: { kind: 'bottom_up', percent: '3.5' },
  promotion: { kind: 'bottom_up', percent: '1' },
  bonus: { kind: 'bottom_up', percent: '2' },
};

const rules = {
  hiredOnOrBefore: null,
  excludeTerminated: true,
  minMonthsSinceLastIncrease: null,
  levelIds: [],
  excludedPersonIds: [],
};

/** A cycle's launch as the command does it, for a demo without an acting login: the snapshot at `asOf`. */
async function launchDemoCycle(
  tx: Db,
  options: { organizationId: string; cycle: typeof compCycles.$inferSelect; asOf: string },
) {
  const { organizationId, cycle, asOf } = options;
  const sources = await launchSources(tx, {
    organizationId,
    asOf,
    periodStart: cycle.periodStart,
    reviewCycleId: cycle.reviewCycleId,
  });
  await insertParticipants(
    tx,
    sources.map((source) => participantSnapshot(source, cycle, { organizationId, cycleId: cycle.id })),
  );
  return tx
    .select()
    .from(compCycleParticipants)
    .where(eq(compCycleParticipants.cycleId, cycle.id))
    .orderBy(compCycleParticipants.personId);
}

/**
 * Last year's merit cycle, released: its participants as they stood a month before the increase,
 * one approved proposal per person whose pay history has that year's merit increase, and those
 * increases written by its release (reason `cycle`) — so the employee's letter and pay history tell
 * the same story.
 */
async function seedReleasedCycle(tx: Db, context: DemoContext) {
  const { organizationId, today } = context;
  const effectiveDate = addDays(today, -365);
  const year = effectiveDate.slice(0, 4);
  const [cycle] = await tx
    .insert(compCycles)
    .values({
      organizationId,
      name: `Merit ${year}`,
      periodStart: addDays(effectiveDate, -365),
      periodEnd: addDays(effectiveDate, -1),
      effectiveDate,
      visibilityDate: addDays(effectiveDate, -10),
      planningCurrency: 'EUR',
      fxTable: fxTable(addDays(effectiveDate, -45)),
      fxFrozenAt: new Date(`${addDays(effectiveDate, -40)}T09:00:00Z`),
      eligibilityRules: rules,
      meritMatrix: demoMatrix,
      budget,
      approvalDepth: 1,
      launchedAt: new Date(`${addDays(effectiveDate, -40)}T09:00:00Z`),
      state: 'released',
      releasedAt: new Date(`${addDays(effectiveDate, -10)}T09:00:00Z`),
    })
    .returning();
  const participants = await launchDemoCycle(tx, {
    organizationId,
    cycle: cycle!,
    asOf: addDays(effectiveDate, -40),
  });
  const merits = await tx
    .select({ id: payRecords.id, personId: payRecords.personId, baseMinor: payRecords.baseMinor })
    .from(payRecords)
    .where(
      and(
        eq(payRecords.organizationId, organizationId),
        eq(payRecords.reason, 'merit'),
        eq(payRecords.effectiveFrom, effectiveDate),
      ),
    );
  const meritOf = new Map(merits.map((merit) => [merit.personId, merit]));
  const approvedAt = new Date(`${addDays(effectiveDate, -14)}T09:00:00Z`);
  const proposals = participants.flatMap((participant) => {
    const merit = meritOf.get(participant.personId);
    const base = participant.baseMinor;
    if (!merit || base === null || participant.eligibility !== 'eligible' || merit.baseMinor <= base)
      return [];
    return [
      {
        organizationId,
        cycleId: cycle!.id,
        participantId: participant.id,
        meritInput: 'amount' as const,
        meritPct: toDecimalString(increasePercentExact(base, merit.baseMinor), 4),
        meritNewBaseMinor: merit.baseMinor,
        state: 'approved' as const,
        submittedAt: approvedAt,
        approvedAt,
      },
    ];
  });
  await insertInChunks(proposals, (chunk) => tx.insert(compProposals).values(chunk));
  const released = proposals.map((proposal) => proposal.participantId);
  const releasedPeople = participants.filter((p) => released.includes(p.id)).map((p) => p.personId);
  // The release wrote these increases: the records say so (reason and cycle), as a real release's do.
  const ids = releasedPeople.flatMap((personId) => {
    const merit = meritOf.get(personId);
    return merit ? [merit.id] : [];
  });
  if (ids.length > 0)
    await tx
      .update(payRecords)
      .set({ reason: 'cycle', compCycleId: cycle!.id, note: cycle!.name })
      .where(inArray(payRecords.id, ids));
}

/**
 * This year's merit cycle, planning now: launched today on the completed review cycle's locked
 * calibration, with a merit matrix, budgets in EUR for pay in EUR, GBP and USD, and approvals one
 * level above the proposer. The demo manager's team is left to plan (two drafts started); every
 * other team of the demo manager's manager is submitted and waits for that manager; a third of the
 * remaining teams are submitted past their chain and wait for the approval team and HR.
 */
async function seedPlanningCycle(tx: Db, context: DemoContext) {
  const { organizationId, today } = context;
  const [reviewCycle] = await tx
    .select({ id: reviewCycles.id })
    .from(reviewCycles)
    .where(and(eq(reviewCycles.organizationId, organizationId), eq(reviewCycles.status, 'closed')))
    .limit(1);
  const [cycle] = await tx
    .insert(compCycles)
    .values({
      organizationId,
      name: `Merit ${addDays(today, 30).slice(0, 4)}`,
      periodStart: addDays(today, -335),
      periodEnd: addDays(today, 29),
      effectiveDate: addDays(today, 30),
      visibilityDate: addDays(today, 23),
      planningCurrency: 'EUR',
      fxTable: fxTable(addDays(today, -3)),
      fxFrozenAt: new Date(`${addDays(today, -2)}T09:00:00Z`),
      eligibilityRules: { ...rules, minMonthsSinceLastIncrease: 6 },
      reviewCycleId: reviewCycle?.id ?? null,
      meritMatrix: demoMatrix,
      budget,
      approvalDepth: 1,
      launchedAt: new Date(`${addDays(today, -2)}T09:00:00Z`),
      state: 'planning',
    })
    .returning();
  const participants = await launchDemoCycle(tx, { organizationId, cycle: cycle!, asOf: today });
  const [demoManager] = await tx
    .select({ id: people.id, managerId: people.managerId })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, 'manager@demo.test')));
  const chains = await snapshotChains(
    tx,
    cycle!.id,
    participants.map((p) => p.id),
  );
  const submittedAt = new Date(`${addDays(today, -1)}T15:00:00Z`);
  const rows: (typeof compProposals.$inferInsert)[] = [];
  let draftsLeft = 2;
  for (const [index, participant] of participants.entries()) {
    if (participant.eligibility !== 'eligible' || participant.baseMinor === null || !participant.managerId)
      continue;
    const chain = chains.get(participant.id) ?? [];
    const ownTeam = participant.managerId === demoManager?.id;
    const skipTeam = !ownTeam && demoManager?.managerId != null && chain[1] === demoManager.managerId;
    if (ownTeam && draftsLeft === 0) continue;
    if (!ownTeam && !skipTeam && index % 3 !== 0) continue;
    const snapshot = snapshotOf(participant);
    // The prorated target of the person's cell, to two places; 3 % where the matrix gives none.
    const target = meritGuidelineOf(snapshot, cycle!)?.targetPct;
    const percent = target === undefined ? '3' : (Math.round(Number(target) * 100) / 100).toFixed(2);
    let evaluated: ReturnType<typeof evaluateProposal>;
    try {
      evaluated = evaluateProposal(
        snapshot,
        cycle!,
        {
          version: 0,
          merit: { percent },
          bonusMinor: null,
          marketMinor: null,
          promotion: null,
          justification: null,
        },
        null,
      );
    } catch {
      // A proposal the core refuses without a justification: left for the planner.
      continue;
    }
    const approvers = ownTeam ? [] : chainApprovers(chain, cycle!.approvalDepth, participant.managerId);
    if (ownTeam) draftsLeft -= 1;
    rows.push({
      organizationId,
      cycleId: cycle!.id,
      participantId: participant.id,
      meritInput: evaluated.meritInput,
      meritPct: evaluated.meritPct,
      meritNewBaseMinor: evaluated.meritNewBaseMinor,
      outsideGuideline: evaluated.outsideGuideline,
      bandFlag: evaluated.bandFlag,
      state: ownTeam ? 'draft' : 'submitted',
      submittedAt: ownTeam ? null : submittedAt,
      approvalChain: approvers,
      awaitingPersonId: ownTeam ? null : (approvers[0] ?? null),
    });
  }
  const inserted: { id: string; state: string }[] = [];
  await insertInChunks(rows, async (chunk) => {
    inserted.push(
      ...(await tx
        .insert(compProposals)
        .values(chunk)
        .returning({ id: compProposals.id, state: compProposals.state })),
    );
  });
  const events = inserted
    .filter((row) => row.state === 'submitted')
    .map((row) => ({
      organizationId,
      proposalId: row.id,
      kind: 'submitted' as const,
      after: { state: 'submitted' },
      createdAt: submittedAt,
    }));
  await insertInChunks(events, (chunk) => tx.insert(compProposalEvents).values(chunk));
  // Who submitted: the participant's manager (the events name them, as the command would).
  await tx.execute(sql`
    UPDATE comp_proposal_events e SET actor_person_id = p.manager_id
      FROM comp_proposals q JOIN comp_cycle_participants p ON p.id = q.participant_id
     WHERE e.proposal_id = q.id AND q.cycle_id = ${cycle!.id}`);
}

/** A released cycle last year and one planning now (issue 12 item 14), after the pay data. */
export async function seedDemoCompCycles(tx: Db, context: DemoContext): Promise<void> {
  await seedReleasedCycle(tx, context);
  await seedPlanningCycle(tx, context);
}
