import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import type { ParticipantInsert } from './snapshot';

/** Rows per statement: one JSON parameter each, so batches are bounded by memory, not parameters. */
const BATCH = 5000;

/** The snapshot's columns, as `jsonb_to_recordset` reads them: [row key, column, SQL type]. */
const columns: readonly [keyof ParticipantInsert, string, string][] = [
  ['organizationId', 'organization_id', 'uuid'],
  ['cycleId', 'cycle_id', 'uuid'],
  ['personId', 'person_id', 'uuid'],
  ['managerId', 'manager_id', 'uuid'],
  ['departmentId', 'department_id', 'uuid'],
  ['levelId', 'level_id', 'uuid'],
  ['hireDate', 'hire_date', 'date'],
  ['eligibility', 'eligibility', 'text'],
  ['ruleEligibility', 'rule_eligibility', 'text'],
  ['ruleReason', 'rule_reason', 'text'],
  ['payRecordId', 'pay_record_id', 'uuid'],
  ['baseMinor', 'base_minor', 'bigint'],
  ['payCurrency', 'pay_currency', 'text'],
  ['payFrequency', 'pay_frequency', 'text'],
  ['ftePermille', 'fte_permille', 'integer'],
  ['jobFamily', 'job_family', 'text'],
  ['payZone', 'pay_zone', 'text'],
  ['bandId', 'band_id', 'uuid'],
  ['bandCurrency', 'band_currency', 'text'],
  ['bandMinMinor', 'band_min_minor', 'bigint'],
  ['bandTargetMinor', 'band_target_minor', 'bigint'],
  ['bandMaxMinor', 'band_max_minor', 'bigint'],
  ['compaRatio', 'compa_ratio', 'numeric'],
  ['positionInRange', 'position_in_range', 'numeric'],
  ['eligibleDays', 'eligible_days', 'integer'],
  ['periodDays', 'period_days', 'integer'],
  ['calibratedRating', 'calibrated_rating', 'integer'],
  ['lastIncreaseDate', 'last_increase_date', 'date'],
];

const names = sql.raw(columns.map(([, column]) => column).join(', '));
const definition = sql.raw(columns.map(([, column, type]) => `${column} ${type}`).join(', '));

/**
 * Writes the launch snapshot set-based: each batch is one INSERT … SELECT over a JSON array (one
 * parameter), which PostgreSQL turns into rows itself — measured several times faster for 10,000
 * people than multi-row VALUES with ~30 bound parameters per row (docs/benchmarks.md, comp-launch).
 */
export async function insertParticipants(db: Db, rows: readonly ParticipantInsert[]) {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows
      .slice(start, start + BATCH)
      .map((row) => Object.fromEntries(columns.map(([key, column]) => [column, row[key] ?? null])));
    await db.execute(
      sql`INSERT INTO comp_cycle_participants (${names})
          SELECT ${names} FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(${definition})`,
    );
  }
}
