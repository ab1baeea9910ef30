import { and, asc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { departments, levels, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../../platform/http/cursor';
import { compCycleParticipants, compCycles } from '../cycles/tables';
import { compBands } from '../payData/tables';
import { compProposals } from '../proposals/tables';

/**
 * One participant's decided outcome as stored: the participant's launch snapshot, the person's
 * name and department, the cycle, the approved proposal and the promotion's level and band. Only
 * participants with an APPROVED proposal and a snapshotted base have an outcome.
 */
export const outcomeColumns = {
  participant: compCycleParticipants,
  cycle: compCycles,
  proposal: compProposals,
  employeeId: people.employeeId,
  givenName: people.givenName,
  familyName: people.familyName,
  departmentName: departments.name,
  promotionLevelName: levels.name,
  promotionLevelCode: levels.code,
  promotionBand: {
    currency: compBands.currency,
    minMinor: compBands.minMinor,
    targetMinor: compBands.targetMinor,
    maxMinor: compBands.maxMinor,
  },
};

export interface OutcomeRow {
  participant: typeof compCycleParticipants.$inferSelect;
  cycle: typeof compCycles.$inferSelect;
  proposal: typeof compProposals.$inferSelect;
  employeeId: string | null;
  givenName: string;
  familyName: string;
  departmentName: string | null;
  promotionLevelName: string | null;
  promotionLevelCode: string | null;
  promotionBand: { currency: string; minMinor: number; targetMinor: number | null; maxMinor: number } | null;
}

function outcomeQuery(db: Db, where: SQL | undefined) {
  return db
    .select(outcomeColumns)
    .from(compCycleParticipants)
    .innerJoin(compCycles, eq(compCycles.id, compCycleParticipants.cycleId))
    .innerJoin(compProposals, eq(compProposals.participantId, compCycleParticipants.id))
    .innerJoin(people, eq(people.id, compCycleParticipants.personId))
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .leftJoin(levels, eq(levels.id, compProposals.promotionLevelId))
    .leftJoin(compBands, eq(compBands.id, compProposals.promotionBandId))
    .where(
      and(
        eq(compProposals.state, 'approved'),
        isNotNull(compCycleParticipants.baseMinor),
        isNotNull(compCycleParticipants.payCurrency),
        where,
      ),
    );
}

/** Keyset page of a cycle's outcomes by family name, given name, participant id. */
export async function findOutcomesOfCycle(
  db: Db,
  options: {
    cycleId: string;
    organizationId?: string;
    participantIds?: readonly string[];
    limit: number;
    cursor?: string | null;
  },
): Promise<{ rows: OutcomeRow[]; nextCursor: string | null }> {
  const conditions: (SQL | undefined)[] = [eq(compCycleParticipants.cycleId, options.cycleId)];
  if (options.organizationId)
    conditions.push(eq(compCycleParticipants.organizationId, options.organizationId));
  if (options.participantIds) {
    if (options.participantIds.length === 0) return { rows: [], nextCursor: null };
    conditions.push(inArray(compCycleParticipants.id, [...options.participantIds]));
  }
  if (options.cursor) {
    const [family, given, id] = decodeCursor(options.cursor);
    if (family === undefined || given === undefined || !isUuid(id))
      throw validationFailed({ cursor: issue('listPositionInvalid') });
    conditions.push(
      sql`(${people.familyName}, ${people.givenName}, ${compCycleParticipants.id}) > (${family}, ${given}, ${id}::uuid)`,
    );
  }
  const limit = Math.max(1, Math.min(options.limit, 10_000));
  const rows = (await outcomeQuery(db, and(...conditions))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(compCycleParticipants.id))
    .limit(limit + 1)) as OutcomeRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor([last.familyName, last.givenName, last.participant.id]) : null;
  return { rows: page, nextCursor };
}

/** One participant's outcome row, or null when they have no approved proposal (or no such participant). */
export async function findOutcome(
  db: Db,
  options: { organizationId: string; participantId: string },
): Promise<OutcomeRow | null> {
  const [row] = (await outcomeQuery(
    db,
    and(
      eq(compCycleParticipants.id, options.participantId),
      eq(compCycleParticipants.organizationId, options.organizationId),
    ),
  )) as OutcomeRow[];
  return row ?? null;
}
