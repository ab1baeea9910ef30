import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from './auth/actor';
import { type Db, queryRows } from './db/client';

/**
 * The one clock for calendar dates. "Today", deadlines, reminders and nudges are dates in the
 * organisation's time zone (`organizations.settings.defaultTimezone`), never the server's or UTC's:
 * at 09:00 in Auckland it is still yesterday in UTC, and a reminder due "today" must go out on the
 * Auckland date. Request code asks for the actor's today (`actorToday`); set-based jobs over many
 * organisations join `organizationTodaysSql`, which computes each organisation's own date in the
 * query. A missing or unknown zone counts as UTC on both paths.
 */
export const FALLBACK_TIME_ZONE = 'UTC';

const zoneValidity = new Map<string, boolean>();

/**
 * An IANA zone name the runtime knows. Offsets ("+03:00") are refused: PostgreSQL reads POSIX
 * offsets with the opposite sign, and the SQL side (pg_timezone_names) knows names only.
 */
export function isTimeZone(zone: unknown): zone is string {
  if (typeof zone !== 'string' || zone === '' || zone.length > 64 || /^[+-]/.test(zone)) return false;
  let valid = zoneValidity.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    // Settings are few, but they are free text: keep the memo bounded.
    if (zoneValidity.size > 1000) zoneValidity.clear();
    zoneValidity.set(zone, valid);
  }
  return valid;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(zone: string) {
  let format = dateFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      calendar: 'gregory',
      numberingSystem: 'latn',
    });
    dateFormats.set(zone, format);
  }
  return format;
}

/** The calendar date ('YYYY-MM-DD') at `now` in `timeZone`; an unknown or missing zone is UTC. */
export function todayIn(timeZone: string | null | undefined, now: Date = new Date()): string {
  const zone = isTimeZone(timeZone) ? timeZone : FALLBACK_TIME_ZONE;
  const parts = dateFormat(zone).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** A date `days` after (or before, when negative) an ISO date; plain calendar arithmetic. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The organisation's time zone as configured, or UTC when it has none or an unknown one. */
export async function organizationTimeZone(db: Db, organizationId: string): Promise<string> {
  const [row] = await queryRows<{ zone: string | null }>(
    db,
    sql`SELECT settings->>'defaultTimezone' AS zone FROM organizations WHERE id = ${organizationId}::uuid`,
  );
  return isTimeZone(row?.zone) ? row.zone : FALLBACK_TIME_ZONE;
}

/** Today in the organisation's time zone. */
export async function organizationToday(db: Db, organizationId: string, now?: Date): Promise<string> {
  return todayIn(await organizationTimeZone(db, organizationId), now);
}

// One lookup per request: the actor object lives exactly as long as the request that built it.
const actorZones = new WeakMap<Actor, Promise<string>>();

/** The zone of the actor's organisation, read once per request. */
export function actorTimeZone(db: Db, actor: Actor): Promise<string> {
  let zone = actorZones.get(actor);
  if (!zone) {
    zone = organizationTimeZone(db, actor.organizationId);
    // A failed read (e.g. an aborted transaction) must not stick to the actor.
    zone.catch(() => actorZones.delete(actor));
    actorZones.set(actor, zone);
  }
  return zone;
}

/** Today in the actor's organisation: what "today" means for anything a request decides. */
export async function actorToday(db: Db, actor: Actor, now?: Date): Promise<string> {
  return todayIn(await actorTimeZone(db, actor), now);
}

/** The instant a job looks at: the given `now` (tests) or the statement's own clock. */
const instantSql = (now?: Date) => (now ? sql`${now.toISOString()}::timestamptz` : sql`now()`);

// pg_timezone_names reads every tzdata file (some 30 ms a call on PostgreSQL): read it once per process.
let databaseZones: Promise<string> | null = null;

/** The zone names the database knows, lower-cased and comma-separated (names hold no commas). */
function knownZoneList(db: Db): Promise<string> {
  databaseZones ??= queryRows<{ names: string }>(
    db,
    sql`SELECT string_agg(lower(name), ',') AS names FROM pg_timezone_names`,
  ).then(
    ([row]) => row?.names ?? '',
    (error: unknown) => {
      databaseZones = null;
      throw error;
    },
  );
  return databaseZones;
}

/**
 * A row source `(organization_id, time_zone)` for every organisation (or the one given). The zone
 * must be one the database knows, or AT TIME ZONE would fail the whole job for one bad setting:
 * unknown names fall back to UTC. Names match without regard to case, as PostgreSQL reads them.
 */
export async function organizationZonesSql(db: Db, options: { organizationId?: string } = {}): Promise<SQL> {
  const known = await knownZoneList(db);
  const setting = sql`o.settings->>'defaultTimezone'`;
  return sql`SELECT o.id AS organization_id,
                    CASE WHEN lower(${setting}) = ANY ((SELECT string_to_array(${known}::text, ','))::text[])
                         THEN ${setting} ELSE ${FALLBACK_TIME_ZONE} END AS time_zone
               FROM organizations o
              ${options.organizationId ? sql`WHERE o.id = ${options.organizationId}::uuid` : sql``}`;
}

/**
 * A row source `(organization_id, time_zone, today)`: each organisation's own calendar date at
 * `now` (default: the statement's clock). A job over many organisations joins it on
 * organization_id, so every organisation's deadlines are compared with its own "today" in one
 * statement (and a timestamp's local date is `(ts AT TIME ZONE ot.time_zone)::date`):
 *
 *   const todays = await organizationTodaysSql(db, { now });
 *   … JOIN (${todays}) ot ON ot.organization_id = c.organization_id WHERE c.deadline < ot.today
 */
export async function organizationTodaysSql(
  db: Db,
  options: { now?: Date; organizationId?: string } = {},
): Promise<SQL> {
  return sql`SELECT z.organization_id, z.time_zone,
                    (${instantSql(options.now)} AT TIME ZONE z.time_zone)::date AS today
               FROM (${await organizationZonesSql(db, options)}) z`;
}
