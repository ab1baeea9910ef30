import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/client';
import type { LaunchSource } from './snapshot';

/** Pay reasons that count as an increase for "months since the last increase". */
const increaseReasons = sql.raw(`('merit', 'promotion', 'market', 'cycle')`);

export interface SourceScope {
  organizationId: string;
  /** Pay and bands in effect on this date (the organisation's today at launch). */
  asOf: string;
  /** People who left before the period began are not part of the cycle at all. */
  periodStart: string;
  /** Ratings come only from this review cycle's locked calibration sessions; null: no ratings. */
  reviewCycleId: string | null;
}

/**
 * Everyone the cycle covers with their current pay, band, last increase and calibrated rating, in
 * one set-based statement (no per-person round trips): DISTINCT ON picks the pay record and band
 * version in effect (latest effective date, then the one written last), as `payAsOf`/`bandAsOf` do.
 *
 * The rating is a review's `final_rating` only where its calibration session is LOCKED (S1.6); the
 * lock writes the calibrated value (the last move, or the proposed rating nobody moved). Nothing
 * else of the review is read — no answers, comments, 360 or development data (S1.1).
 */
function sourceSql(scope: SourceScope, select: SQL) {
  const ratings = scope.reviewCycleId
    ? sql`SELECT r.subject_id, r.final_rating
            FROM reviews r JOIN calibration_sessions s ON s.id = r.calibration_session_id
           WHERE r.organization_id = ${scope.organizationId} AND r.cycle_id = ${scope.reviewCycleId}
             AND s.state = 'locked' AND r.final_rating IS NOT NULL`
    : sql`SELECT NULL::uuid AS subject_id, NULL::int AS final_rating WHERE false`;
  return sql`
    WITH pay AS (
      SELECT DISTINCT ON (person_id) id, person_id, base_minor, currency, frequency, fte_permille, job_family, pay_zone
        FROM pay_records
       WHERE organization_id = ${scope.organizationId} AND effective_from <= ${scope.asOf}::date
       ORDER BY person_id, effective_from DESC, created_at DESC, id DESC
    ), band AS (
      SELECT DISTINCT ON (lower(job_family), level_id, lower(coalesce(pay_zone, '')))
             id, lower(job_family) AS family_key, level_id, lower(coalesce(pay_zone, '')) AS zone_key,
             currency, min_minor, target_minor, max_minor
        FROM comp_bands
       WHERE organization_id = ${scope.organizationId} AND effective_from <= ${scope.asOf}::date
       ORDER BY lower(job_family), level_id, lower(coalesce(pay_zone, '')), effective_from DESC, created_at DESC, id DESC
    ), increase AS (
      SELECT person_id, max(effective_from) AS last_increase
        FROM pay_records
       WHERE organization_id = ${scope.organizationId} AND effective_from <= ${scope.asOf}::date
         AND reason IN ${increaseReasons}
       GROUP BY person_id
    ), rating AS (${ratings})
    SELECT ${select}
      FROM people p
      LEFT JOIN pay ON pay.person_id = p.id
      LEFT JOIN band b ON b.family_key = lower(pay.job_family) AND b.level_id = p.level_id
                      AND b.zone_key = lower(coalesce(pay.pay_zone, ''))
      LEFT JOIN increase i ON i.person_id = p.id
      LEFT JOIN rating rt ON rt.subject_id = p.id
     WHERE p.organization_id = ${scope.organizationId}
       AND (p.terminated_on IS NULL OR p.terminated_on >= ${scope.periodStart}::date)`;
}

interface RawSource {
  person_id: string;
  manager_id: string | null;
  department_id: string | null;
  level_id: string | null;
  hire_date: string;
  status: string;
  terminated_on: string | null;
  pay_record_id: string | null;
  base_minor: string | null;
  pay_currency: string | null;
  pay_frequency: LaunchSource['payFrequency'];
  fte_permille: number | null;
  job_family: string | null;
  pay_zone: string | null;
  band_id: string | null;
  band_currency: string | null;
  band_min_minor: string | null;
  band_target_minor: string | null;
  band_max_minor: string | null;
  last_increase_date: string | null;
  calibrated_rating: number | null;
}

const amount = (text: string | null) => (text === null ? null : Number(text));

/** The launch's input rows (amounts read as text: every stored amount is a safe integer). */
export async function launchSources(db: Db, scope: SourceScope): Promise<LaunchSource[]> {
  const rows = await queryRows<RawSource>(
    db,
    sourceSql(
      scope,
      sql`p.id AS person_id, p.manager_id, p.department_id, p.level_id, p.hire_date::text AS hire_date,
          p.status, p.terminated_on::text AS terminated_on,
          pay.id AS pay_record_id, pay.base_minor::text AS base_minor, pay.currency AS pay_currency,
          pay.frequency AS pay_frequency, pay.fte_permille, pay.job_family, pay.pay_zone,
          b.id AS band_id, b.currency AS band_currency, b.min_minor::text AS band_min_minor,
          b.target_minor::text AS band_target_minor, b.max_minor::text AS band_max_minor,
          i.last_increase::text AS last_increase_date, rt.final_rating AS calibrated_rating`,
    ),
  );
  return rows.map((row) => ({
    personId: row.person_id,
    managerId: row.manager_id,
    departmentId: row.department_id,
    levelId: row.level_id,
    hireDate: row.hire_date,
    status: row.status,
    terminatedOn: row.terminated_on,
    payRecordId: row.pay_record_id,
    baseMinor: amount(row.base_minor),
    payCurrency: row.pay_currency,
    payFrequency: row.pay_frequency,
    ftePermille: row.fte_permille,
    jobFamily: row.job_family,
    payZone: row.pay_zone,
    bandId: row.band_id,
    bandCurrency: row.band_currency,
    bandMinMinor: amount(row.band_min_minor),
    bandTargetMinor: amount(row.band_target_minor),
    bandMaxMinor: amount(row.band_max_minor),
    lastIncreaseDate: row.last_increase_date,
    calibratedRating: row.calibrated_rating,
  }));
}

/** For the launch check: how many people the cycle covers and every currency of their pay and bands. */
export async function sourceCurrencies(db: Db, scope: SourceScope) {
  const [row] = await queryRows<{ people: string; pay: string[] | null; bands: string[] | null }>(
    db,
    sourceSql(
      scope,
      sql`count(*)::text AS people,
          array_remove(array_agg(DISTINCT pay.currency), NULL) AS pay,
          array_remove(array_agg(DISTINCT b.currency), NULL) AS bands`,
    ),
  );
  const currencies = new Set([...(row?.pay ?? []), ...(row?.bands ?? [])]);
  return { people: Number(row?.people ?? 0), currencies: [...currencies].sort() };
}
