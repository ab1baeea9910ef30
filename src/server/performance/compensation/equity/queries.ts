import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { departments, levels, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import { compCycleParticipants } from '../cycles/tables';
import { compBands } from '../payData/tables';
import { compProposals } from '../proposals/tables';

/**
 * One eligible participant as the equity check reads them: the launch snapshot's group keys, base
 * and band, and — when a proposal has left the draft — its figures and the promotion's band.
 */
export async function loadEquityRows(db: Db, cycleId: string) {
  return db
    .select({
      participantId: compCycleParticipants.id,
      personId: compCycleParticipants.personId,
      departmentId: compCycleParticipants.departmentId,
      departmentName: departments.name,
      levelId: compCycleParticipants.levelId,
      levelName: levels.name,
      levelRank: levels.rank,
      baseMinor: compCycleParticipants.baseMinor,
      payCurrency: compCycleParticipants.payCurrency,
      payFrequency: compCycleParticipants.payFrequency,
      bandCurrency: compCycleParticipants.bandCurrency,
      bandMinMinor: compCycleParticipants.bandMinMinor,
      bandTargetMinor: compCycleParticipants.bandTargetMinor,
      bandMaxMinor: compCycleParticipants.bandMaxMinor,
      compaRatio: compCycleParticipants.compaRatio,
      proposalId: compProposals.id,
      meritNewBaseMinor: compProposals.meritNewBaseMinor,
      promotionNewBaseMinor: compProposals.promotionNewBaseMinor,
      marketMinor: compProposals.marketMinor,
      bonusMinor: compProposals.bonusMinor,
      promotionBandCurrency: compBands.currency,
      promotionBandMinMinor: compBands.minMinor,
      promotionBandTargetMinor: compBands.targetMinor,
      promotionBandMaxMinor: compBands.maxMinor,
    })
    .from(compCycleParticipants)
    .leftJoin(
      compProposals,
      and(eq(compProposals.participantId, compCycleParticipants.id), ne(compProposals.state, 'draft')),
    )
    .leftJoin(compBands, eq(compBands.id, compProposals.promotionBandId))
    .leftJoin(departments, eq(departments.id, compCycleParticipants.departmentId))
    .leftJoin(levels, eq(levels.id, compCycleParticipants.levelId))
    .where(
      and(eq(compCycleParticipants.cycleId, cycleId), eq(compCycleParticipants.eligibility, 'eligible')),
    );
}
export type EquityRow = Awaited<ReturnType<typeof loadEquityRows>>[number];

/** A page of the people below their band minimum, by family name, given name, participant id. */
export async function namesPage(
  db: Db,
  options: { participantIds: readonly string[]; page: number; pageSize: number },
) {
  if (options.participantIds.length === 0) return [];
  return db
    .select({
      participantId: compCycleParticipants.id,
      personId: compCycleParticipants.personId,
      givenName: people.givenName,
      familyName: people.familyName,
      departmentName: departments.name,
    })
    .from(compCycleParticipants)
    .innerJoin(people, eq(people.id, compCycleParticipants.personId))
    .leftJoin(departments, eq(departments.id, compCycleParticipants.departmentId))
    .where(sql`${compCycleParticipants.id} = ANY(${sql.param([...options.participantIds])}::uuid[])`)
    .orderBy(asc(people.familyName), asc(people.givenName), asc(compCycleParticipants.id))
    .limit(options.pageSize)
    .offset((options.page - 1) * options.pageSize);
}
