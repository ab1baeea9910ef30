import { and, desc, eq, lt, or, type SQL, sql } from 'drizzle-orm';
import type { CompCycleState, Eligibility } from '../../../../contracts/compensation/cycles';
import { issue } from '../../../../contracts/issues';
import { organizations, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../../platform/http/cursor';
import { reviewCycles } from '../../reviews/tables';
import { compCycleParticipants, compCycles } from './tables';

export type CycleRow = typeof compCycles.$inferSelect;
export type ParticipantRow = typeof compCycleParticipants.$inferSelect;

export async function findCycle(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(compCycles)
    .where(and(eq(compCycles.id, id), eq(compCycles.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A participant with the state of its cycle (what the participant policy decides on). */
export interface ParticipantWithCycle extends ParticipantRow {
  state: CompCycleState;
  sandbox: boolean;
}

/** A participant of a cycle of the organisation; a change locks the participant row. */
export async function findParticipant(
  db: Db,
  organizationId: string,
  id: string,
  forUpdate = false,
): Promise<ParticipantWithCycle | null> {
  const query = db
    .select({ participant: compCycleParticipants, state: compCycles.state, sandbox: compCycles.sandbox })
    .from(compCycleParticipants)
    .innerJoin(compCycles, eq(compCycles.id, compCycleParticipants.cycleId))
    .where(and(eq(compCycleParticipants.id, id), eq(compCycleParticipants.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: compCycleParticipants }) : await query;
  return row ? { ...row.participant, state: row.state, sandbox: row.sandbox } : null;
}

/** The organisation's over-budget setting: 'warn' (default) or 'block'. */
export async function overBudgetPolicyOf(db: Db, organizationId: string) {
  const [row] = await db
    .select({ policy: sql<string | null>`${organizations.settings} ->> 'compOverBudgetPolicy'` })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return row?.policy === 'block' ? ('block' as const) : ('warn' as const);
}

/** The rating scale (1..n) of a review cycle of the organisation, or null when it is not one of its own. */
export async function reviewCycleScale(db: Db, organizationId: string, reviewCycleId: string) {
  const [row] = await db
    .select({ content: reviewCycles.content })
    .from(reviewCycles)
    .where(and(eq(reviewCycles.id, reviewCycleId), eq(reviewCycles.organizationId, organizationId)));
  if (!row) return null;
  return row.content.ratingScale.labels.map((_label, index) => index + 1);
}

const readCursor = (cursor: string, size: number) => {
  const parts = decodeCursor(cursor);
  if (parts.length !== size || !isUuid(parts.at(-1)))
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  return parts;
};

/** The organisation's cycles, newest first, in keyset pages. */
export async function listCycles(
  db: Db,
  options: { organizationId: string; state?: CompCycleState; limit: number; cursor?: string },
) {
  const after = options.cursor ? readCursor(options.cursor, 2) : null;
  if (after && Number.isNaN(Date.parse(after[0]!)))
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  const rows = await db
    .select({ cycle: compCycles, exactCreatedAt: sql<string>`${compCycles.createdAt}::text` })
    .from(compCycles)
    .where(
      and(
        eq(compCycles.organizationId, options.organizationId),
        options.state ? eq(compCycles.state, options.state) : undefined,
        after
          ? or(
              lt(compCycles.createdAt, sql`${after[0]}::timestamptz`),
              and(eq(compCycles.createdAt, sql`${after[0]}::timestamptz`), lt(compCycles.id, after[1]!)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(compCycles.createdAt), desc(compCycles.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page.map((row) => row.cycle),
    nextCursor:
      rows.length > options.limit && last ? encodeCursor([last.exactCreatedAt, last.cycle.id]) : null,
  };
}

/** The launch's outcome at a glance; the data gaps are counted among the eligible only. */
export async function cycleCounts(db: Db, cycleId: string) {
  const [row] = await queryRows<Record<string, string>>(
    db,
    sql`SELECT count(*) AS participants,
               count(*) FILTER (WHERE eligibility = 'eligible') AS eligible,
               count(*) FILTER (WHERE eligibility = 'ineligible') AS ineligible,
               count(*) FILTER (WHERE eligibility = 'excluded') AS excluded,
               count(*) FILTER (WHERE eligibility = 'eligible' AND calibrated_rating IS NULL) AS missing_rating,
               count(*) FILTER (WHERE eligibility = 'eligible' AND base_minor IS NOT NULL AND band_id IS NULL) AS missing_band,
               count(*) FILTER (WHERE eligibility = 'eligible' AND base_minor IS NULL) AS missing_pay
          FROM comp_cycle_participants WHERE cycle_id = ${cycleId}`,
  );
  const count = (key: string) => Number(row?.[key] ?? 0);
  return {
    participants: count('participants'),
    eligible: count('eligible'),
    ineligible: count('ineligible'),
    excluded: count('excluded'),
    missingRating: count('missing_rating'),
    missingBand: count('missing_band'),
    missingPay: count('missing_pay'),
  };
}

export interface ListedParticipant extends ParticipantRow {
  givenName: string;
  familyName: string;
}

/** A cycle's participants by family name, given name, id, in keyset pages; filtered by the launch snapshot. */
export async function listParticipants(
  db: Db,
  options: {
    cycleId: string;
    eligibility?: Eligibility;
    departmentId?: string;
    managerId?: string;
    limit: number;
    cursor?: string;
  },
): Promise<{ rows: ListedParticipant[]; nextCursor: string | null }> {
  const after = options.cursor ? readCursor(options.cursor, 3) : null;
  const p = compCycleParticipants;
  const filters: (SQL | undefined)[] = [
    eq(p.cycleId, options.cycleId),
    options.eligibility ? eq(p.eligibility, options.eligibility) : undefined,
    options.departmentId ? eq(p.departmentId, options.departmentId) : undefined,
    options.managerId ? eq(p.managerId, options.managerId) : undefined,
    after
      ? sql`(${people.familyName}, ${people.givenName}, ${p.id}) > (${after[0]}, ${after[1]}, ${after[2]}::uuid)`
      : undefined,
  ];
  const rows = await db
    .select({ participant: p, givenName: people.givenName, familyName: people.familyName })
    .from(p)
    .innerJoin(people, eq(people.id, p.personId))
    .where(and(...filters))
    .orderBy(people.familyName, people.givenName, p.id)
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page.map((row) => ({ ...row.participant, givenName: row.givenName, familyName: row.familyName })),
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor([last.familyName, last.givenName, last.participant.id])
        : null,
  };
}

/** A person's participations in cycles whose outcome they may see: released, not a sandbox, visible by `today`. */
export async function visibleParticipations(db: Db, organizationId: string, personId: string, today: string) {
  return db
    .select({ participant: compCycleParticipants, cycle: compCycles })
    .from(compCycleParticipants)
    .innerJoin(compCycles, eq(compCycles.id, compCycleParticipants.cycleId))
    .where(
      and(
        eq(compCycleParticipants.organizationId, organizationId),
        eq(compCycleParticipants.personId, personId),
        eq(compCycles.sandbox, false),
        sql`${compCycles.releasedAt} IS NOT NULL`,
        sql`${compCycles.visibilityDate} <= ${today}::date`,
      ),
    )
    .orderBy(compCycles.effectiveDate, compCycles.id);
}

/** One participant with the person's name, as lists show it (the answer to an override). */
export async function findListedParticipant(db: Db, id: string): Promise<ListedParticipant | null> {
  const [row] = await db
    .select({
      participant: compCycleParticipants,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(compCycleParticipants)
    .innerJoin(people, eq(people.id, compCycleParticipants.personId))
    .where(eq(compCycleParticipants.id, id));
  return row ? { ...row.participant, givenName: row.givenName, familyName: row.familyName } : null;
}

/**
 * How many proposals of a cycle still wait for a decision or were sent back and not yet submitted
 * again: a cycle is approved only when none do (drafts never submitted simply change nothing).
 */
export async function pendingApprovalCount(db: Db, cycleId: string): Promise<number> {
  const [row] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM comp_proposals
         WHERE cycle_id = ${cycleId} AND state IN ('submitted', 'returned')`,
  );
  return row?.count ?? 0;
}
