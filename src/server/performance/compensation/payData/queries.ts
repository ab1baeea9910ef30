import { and, desc, eq, lte, type SQL, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { levels, organizations, people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../../platform/http/cursor';
import { payRecords } from './tables';

export type PayRecordRow = typeof payRecords.$inferSelect;

/** A band version with its level, as lists and placement show it. */
export interface BandRow {
  id: string;
  jobFamily: string;
  levelId: string;
  levelCode: string;
  levelName: string;
  payZone: string | null;
  currency: string;
  minMinor: number;
  targetMinor: number | null;
  maxMinor: number;
  effectiveFrom: string;
  createdAt: Date;
  superseded: boolean;
}

/** The person whose pay is asked for, with what the pay policy needs to know about them. */
export interface PaySubjectRow {
  id: string;
  levelId: string | null;
  placementVisibleToSelf: boolean;
}

const placementSetting = sql<boolean>`COALESCE((${organizations.settings} ->> 'showBandPlacementToEmployees')::boolean, false)`;

/**
 * A person of the organisation as the subject of pay, or nothing. A change locks the person row
 * FOR SHARE: pay writes for one person may run side by side (each only adds a row), but the
 * person cannot be removed under them.
 */
export async function findPaySubject(
  db: Db,
  organizationId: string,
  personId: string,
  forUpdate = false,
): Promise<PaySubjectRow | null> {
  const query = db
    .select({ id: people.id, levelId: people.levelId, placementVisibleToSelf: placementSetting })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('share', { of: people }) : await query;
  return row ?? null;
}

/**
 * The pay record in effect on a date: the latest `effective_from` on or before it, and of several
 * on that date the one written last (a correction wins over what it corrects).
 */
export async function payAsOf(
  db: Db,
  options: {
    organizationId: string;
    personId: string;
    asOf: string;
    /** The employee's own read: hide records of cycles not yet visible on this date. */
    visibleOn?: string;
  },
): Promise<PayRecordRow | null> {
  const [row] = await db
    .select()
    .from(payRecords)
    .where(
      and(
        eq(payRecords.organizationId, options.organizationId),
        eq(payRecords.personId, options.personId),
        lte(payRecords.effectiveFrom, options.asOf),
        visibleCondition(options.visibleOn),
      ),
    )
    .orderBy(desc(payRecords.effectiveFrom), desc(payRecords.createdAt), desc(payRecords.id))
    .limit(1);
  return row ?? null;
}

/** Where a pay history page continues: the last row's (effective_from, created_at, id). */
interface HistoryCursor {
  effectiveFrom: string;
  createdAt: string;
  id: string;
}

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timestampPattern = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;

/** A cursor the client altered never reaches SQL as a malformed value: it is a field error. */
function readHistoryCursor(cursor: string): HistoryCursor {
  const [effectiveFrom, createdAt, id, ...rest] = decodeCursor(cursor);
  if (rest.length > 0 || !datePattern.test(effectiveFrom ?? '') || !timestampPattern.test(createdAt ?? ''))
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  if (!isUuid(id)) throw validationFailed({ cursor: issue('listPositionInvalid') });
  return { effectiveFrom: effectiveFrom!, createdAt: createdAt!, id };
}

export interface HistoryRow extends PayRecordRow {
  superseded: boolean;
}

/**
 * Whether a later record on the same effective date replaced this one, decided in the database: its
 * timestamps keep microseconds, which two records written in one millisecond need (JavaScript dates
 * keep milliseconds only, and a comparison there called both current).
 */
// Written out with the table's name: in a single-table select Drizzle leaves its own columns
// unqualified, and an unqualified "created_at" here would be the subquery's own (never later).
const supersededByLater = (visibleOn: string | undefined) => sql<boolean>`EXISTS (
    SELECT 1 FROM pay_records s
     WHERE s.organization_id = "pay_records"."organization_id" AND s.person_id = "pay_records"."person_id"
       AND s.effective_from = "pay_records"."effective_from"
       AND (s.created_at, s.id) > ("pay_records"."created_at", "pay_records"."id")
       ${visibleOn === undefined ? sql`` : sql`AND ${cycleRecordVisible(sql.raw('s.comp_cycle_id'), visibleOn)}`})`;

/**
 * Whether the employee may see a record on `today`: not one a compensation cycle wrote whose
 * visibility date is still ahead (issue 12 item 6–7: the employee sees nothing of a cycle before
 * it). Their manager chain and HR read without this filter.
 */
const cycleRecordVisible = (cycleIdColumn: SQL, today: string) =>
  sql`(${cycleIdColumn} IS NULL OR NOT EXISTS (
    SELECT 1 FROM comp_cycles vc WHERE vc.id = ${cycleIdColumn} AND vc.visibility_date > ${today}::date))`;

/** The filter for the employee's own reads; none for others'. */
const visibleCondition = (visibleOn: string | undefined) =>
  visibleOn === undefined
    ? undefined
    : cycleRecordVisible(sql.raw('"pay_records"."comp_cycle_id"'), visibleOn);

/**
 * A person's pay history, newest first: by effective date, then by when it was written, in keyset
 * pages that never drift when records are added. `superseded` marks a record that a later one on
 * the same effective date replaced.
 */
export async function payHistory(
  db: Db,
  options: { organizationId: string; personId: string; limit: number; cursor?: string; visibleOn?: string },
): Promise<{ rows: HistoryRow[]; nextCursor: string | null }> {
  const after = options.cursor ? readHistoryCursor(options.cursor) : null;
  const rows = await db
    .select({
      record: payRecords,
      superseded: supersededByLater(options.visibleOn),
      // JavaScript dates keep milliseconds, PostgreSQL microseconds: the cursor keeps the database's text.
      exactCreatedAt: sql<string>`${payRecords.createdAt}::text`,
    })
    .from(payRecords)
    .where(
      and(
        eq(payRecords.organizationId, options.organizationId),
        eq(payRecords.personId, options.personId),
        visibleCondition(options.visibleOn),
        after
          ? sql`(${payRecords.effectiveFrom}, ${payRecords.createdAt}, ${payRecords.id}) <
                (${after.effectiveFrom}::date, ${after.createdAt}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(payRecords.effectiveFrom), desc(payRecords.createdAt), desc(payRecords.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page.map(({ record, superseded }) => ({ ...record, superseded: Boolean(superseded) })),
    nextCursor:
      rows.length > options.limit && last
        ? encodeCursor([last.record.effectiveFrom, last.exactCreatedAt, last.record.id])
        : null,
  };
}

/** Every pay record of a person, oldest first, each with whether a later one replaced it (the personal export). */
export async function allPayRecords(
  db: Db,
  organizationId: string,
  personId: string,
  visibleOn?: string,
): Promise<HistoryRow[]> {
  const rows = await db
    .select({ record: payRecords, superseded: supersededByLater(visibleOn) })
    .from(payRecords)
    .where(
      and(
        eq(payRecords.organizationId, organizationId),
        eq(payRecords.personId, personId),
        visibleCondition(visibleOn),
      ),
    )
    .orderBy(payRecords.effectiveFrom, payRecords.createdAt, payRecords.id);
  return rows.map(({ record, superseded }) => ({ ...record, superseded: Boolean(superseded) }));
}

interface RawBand {
  id: string;
  job_family: string;
  level_id: string;
  level_code: string;
  level_name: string;
  level_rank: number;
  pay_zone: string | null;
  currency: string;
  min_minor: string;
  target_minor: string | null;
  max_minor: string;
  effective_from: string;
  created_at: string;
  superseded: boolean;
}

/** A list row with its sort key as the database computed it, for the next page's cursor. */
interface ListedBand extends RawBand {
  k_family: string;
  k_zone: string;
  k_age: number;
}

/** Amounts are read as text and turned into numbers here: every stored amount is a safe integer. */
const bandOf = (raw: RawBand): BandRow => ({
  id: raw.id,
  jobFamily: raw.job_family,
  levelId: raw.level_id,
  levelCode: raw.level_code,
  levelName: raw.level_name,
  payZone: raw.pay_zone,
  currency: raw.currency,
  minMinor: Number(raw.min_minor),
  targetMinor: raw.target_minor === null ? null : Number(raw.target_minor),
  maxMinor: Number(raw.max_minor),
  effectiveFrom: String(raw.effective_from).slice(0, 10),
  createdAt: new Date(raw.created_at),
  superseded: Boolean(raw.superseded),
});

/** One band's identity: family and zone without regard to case, and the level. */
const bandKey = (alias: string) =>
  sql.raw(`lower(${alias}.job_family), ${alias}.level_id, lower(coalesce(${alias}.pay_zone, ''))`);

const bandColumns = sql.raw(`b.id, b.job_family, b.level_id, l.code AS level_code, l.name AS level_name,
  l.rank AS level_rank, b.pay_zone, b.currency, b.min_minor::text AS min_minor,
  b.target_minor::text AS target_minor, b.max_minor::text AS max_minor, b.effective_from::text AS effective_from,
  b.created_at::text AS created_at`);

/** Whether a newer version of the same band is in effect on the date. */
const supersededOn = (asOf: string) => sql`EXISTS (
  SELECT 1 FROM comp_bands n
   WHERE n.organization_id = b.organization_id AND (${bandKey('n')}) = (${bandKey('b')})
     AND n.effective_from <= ${asOf}::date
     AND (n.effective_from, n.created_at, n.id) > (b.effective_from, b.created_at, b.id))`;

/**
 * The band version for a family × level × zone in effect on a date: the latest `effective_from`
 * on or before it, the one written last on that date. Family and zone match without regard to case.
 */
export async function bandAsOf(
  db: Db,
  options: {
    organizationId: string;
    jobFamily: string;
    levelId: string;
    payZone: string | null;
    asOf: string;
  },
): Promise<BandRow | null> {
  const [row] = await queryRows<RawBand>(
    db,
    sql`SELECT ${bandColumns}, false AS superseded
          FROM comp_bands b JOIN levels l ON l.id = b.level_id
         WHERE b.organization_id = ${options.organizationId}
           AND lower(b.job_family) = lower(${options.jobFamily})
           AND b.level_id = ${options.levelId}
           AND lower(coalesce(b.pay_zone, '')) = lower(${options.payZone ?? ''})
           AND b.effective_from <= ${options.asOf}::date
         ORDER BY b.effective_from DESC, b.created_at DESC, b.id DESC
         LIMIT 1`,
  );
  return row ? bandOf(row) : null;
}

/** The list's order: family, level rank, level, zone, newest version first, id. */
const listKey = sql.raw(`lower(job_family), level_rank, level_id, lower(coalesce(pay_zone, '')),
  (date '9999-12-31' - effective_from::date), id`);

function readBandCursor(cursor: string) {
  const parts = decodeCursor(cursor);
  const [family, rank, levelId, zone, age, id] = parts;
  const integer = /^-?\d{1,9}$/;
  if (
    parts.length !== 6 ||
    family === undefined ||
    zone === undefined ||
    !integer.test(rank ?? '') ||
    !integer.test(age ?? '') ||
    !isUuid(levelId) ||
    !isUuid(id)
  )
    throw validationFailed({ cursor: issue('listPositionInvalid') });
  return sql`(${family}::text, ${Number(rank)}::int, ${levelId}::uuid, ${zone}::text, ${Number(age)}::int, ${id}::uuid)`;
}

/**
 * The organisation's bands for HR: `current` gives the version of each band in effect on `asOf`,
 * `history` every version (each marked when a newer one is in effect on `asOf`). Filtered by family
 * (without regard to case) and level; keyset pages in a stable order.
 */
export async function listBands(
  db: Db,
  options: {
    organizationId: string;
    view: 'current' | 'history';
    asOf: string;
    jobFamily?: string;
    levelId?: string;
    limit: number;
    cursor?: string;
  },
): Promise<{ rows: BandRow[]; nextCursor: string | null }> {
  const filters: SQL[] = [sql`b.organization_id = ${options.organizationId}`];
  if (options.jobFamily) filters.push(sql`lower(b.job_family) = lower(${options.jobFamily})`);
  if (options.levelId) filters.push(sql`b.level_id = ${options.levelId}`);
  const where = sql.join(filters, sql` AND `);
  const versions =
    options.view === 'current'
      ? sql`SELECT DISTINCT ON (${bandKey('b')}) ${bandColumns}, false AS superseded
              FROM comp_bands b JOIN levels l ON l.id = b.level_id
             WHERE ${where} AND b.effective_from <= ${options.asOf}::date
             ORDER BY ${bandKey('b')}, b.effective_from DESC, b.created_at DESC, b.id DESC`
      : sql`SELECT ${bandColumns}, ${supersededOn(options.asOf)} AS superseded
              FROM comp_bands b JOIN levels l ON l.id = b.level_id
             WHERE ${where}`;
  const after = options.cursor ? readBandCursor(options.cursor) : null;
  const raw = await queryRows<ListedBand>(
    db,
    sql`SELECT v.*, lower(v.job_family) AS k_family, lower(coalesce(v.pay_zone, '')) AS k_zone,
               (date '9999-12-31' - v.effective_from::date) AS k_age
          FROM (${versions}) v
         ${after ? sql`WHERE (${listKey}) > ${after}` : sql``}
         ORDER BY ${listKey}
         LIMIT ${options.limit + 1}`,
  );
  const rows = raw.slice(0, options.limit);
  const last = raw.length > options.limit ? rows.at(-1) : undefined;
  return {
    rows: rows.map(bandOf),
    nextCursor: last
      ? encodeCursor([
          last.k_family,
          String(last.level_rank),
          last.level_id,
          last.k_zone,
          String(last.k_age),
          last.id,
        ])
      : null,
  };
}

/** A level of the organisation by id, or nothing (a band's level must be the organisation's own). */
export async function findLevel(db: Db, organizationId: string, levelId: string) {
  const [row] = await db
    .select({ id: levels.id, code: levels.code, name: levels.name })
    .from(levels)
    .where(and(eq(levels.id, levelId), eq(levels.organizationId, organizationId)));
  return row ?? null;
}

/** A band version by id, with its level. */
export async function findBand(db: Db, organizationId: string, bandId: string): Promise<BandRow | null> {
  const [row] = await queryRows<RawBand>(
    db,
    sql`SELECT ${bandColumns}, false AS superseded
          FROM comp_bands b JOIN levels l ON l.id = b.level_id
         WHERE b.organization_id = ${organizationId} AND b.id = ${bandId}`,
  );
  return row ? bandOf(row) : null;
}
