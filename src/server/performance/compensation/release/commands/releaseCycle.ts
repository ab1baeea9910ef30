import { sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import { type Db, queryRows } from '../../../../platform/db/client';
import { payRecords } from '../../payData/tables';
import { resultingBaseOf } from '../../proposals/outcome';

/** Rows per INSERT: 1,000 × 13 parameters stays far below PostgreSQL's 65,535. */
const BATCH = 1000;

/** A released participant's figures, as one read loads them. */
interface ReleaseSource {
  person_id: string;
  base_minor: string;
  pay_currency: string;
  pay_frequency: 'annual' | 'monthly' | 'hourly';
  snapshot_fte: number | null;
  snapshot_family: string | null;
  snapshot_zone: string | null;
  merit_new_base_minor: string | null;
  promotion_new_base_minor: string | null;
  market_minor: string | null;
  bonus_minor: string | null;
  promotion_level_id: string | null;
  current_fte: number | null;
  current_variable_bps: number | null;
  current_family: string | null;
  current_zone: string | null;
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(value));

export interface ReleaseCounts {
  /** Participants with an approved proposal. */
  approved: number;
  /** New pay records written (approved and the base changes). */
  payRecords: number;
  /** Of those with a promotion. */
  promotions: number;
  /** Approved proposals with a one-off bonus (paid through the payroll export, no pay record). */
  bonuses: number;
}

export interface ReleasedCycle {
  id: string;
  organizationId: string;
  effectiveDate: string;
  name: string;
}

/**
 * What releasing the cycle writes, read now (the confirm dialog's numbers, and the release itself):
 * the new pay records and the counts.
 */
export async function planRelease(
  db: Db,
  options: { cycle: ReleasedCycle; accountId?: string | null },
): Promise<{ records: (typeof payRecords.$inferInsert)[]; counts: ReleaseCounts }> {
  const { cycle } = options;
  const sources = await queryRows<ReleaseSource>(
    db,
    sql`SELECT p.person_id, p.base_minor::text AS base_minor, p.pay_currency, p.pay_frequency,
               p.fte_permille AS snapshot_fte, p.job_family AS snapshot_family, p.pay_zone AS snapshot_zone,
               pr.merit_new_base_minor::text AS merit_new_base_minor,
               pr.promotion_new_base_minor::text AS promotion_new_base_minor,
               pr.market_minor::text AS market_minor, pr.bonus_minor::text AS bonus_minor,
               pr.promotion_level_id,
               cur.fte_permille AS current_fte, cur.variable_target_bps AS current_variable_bps,
               cur.job_family AS current_family, cur.pay_zone AS current_zone
          FROM comp_cycle_participants p
          JOIN comp_proposals pr ON pr.participant_id = p.id AND pr.state = 'approved'
          LEFT JOIN LATERAL (
            SELECT r.fte_permille, r.variable_target_bps, r.job_family, r.pay_zone
              FROM pay_records r
             WHERE r.organization_id = p.organization_id AND r.person_id = p.person_id
               AND r.effective_from <= ${cycle.effectiveDate}::date
             ORDER BY r.effective_from DESC, r.created_at DESC, r.id DESC
             LIMIT 1) cur ON true
         WHERE p.cycle_id = ${cycle.id} AND p.organization_id = ${cycle.organizationId}
           AND p.base_minor IS NOT NULL AND p.pay_currency IS NOT NULL AND p.pay_frequency IS NOT NULL
         ORDER BY p.person_id`,
  );
  const records: (typeof payRecords.$inferInsert)[] = [];
  let promotions = 0;
  let bonuses = 0;
  for (const source of sources) {
    const baseMinor = Number(source.base_minor);
    const newBaseMinor = resultingBaseOf(baseMinor, {
      meritNewBaseMinor: numberOrNull(source.merit_new_base_minor),
      promotionNewBaseMinor: numberOrNull(source.promotion_new_base_minor),
      marketMinor: numberOrNull(source.market_minor),
      bonusMinor: numberOrNull(source.bonus_minor),
    });
    if ((numberOrNull(source.bonus_minor) ?? 0) > 0) bonuses += 1;
    if (newBaseMinor === baseMinor) continue;
    if (source.promotion_level_id) promotions += 1;
    records.push({
      organizationId: cycle.organizationId,
      personId: source.person_id,
      effectiveFrom: cycle.effectiveDate,
      baseMinor: newBaseMinor,
      currency: source.pay_currency,
      frequency: source.pay_frequency,
      ftePermille: source.current_fte ?? source.snapshot_fte ?? 1000,
      variableTargetBps: source.current_variable_bps,
      jobFamily: source.current_family ?? source.snapshot_family ?? '',
      payZone: source.current_family !== null ? source.current_zone : source.snapshot_zone,
      reason: 'cycle',
      compCycleId: cycle.id,
      note: cycle.name.slice(0, 500),
      createdByAccountId: options.accountId ?? null,
    });
  }
  return { records, counts: { approved: sources.length, payRecords: records.length, promotions, bonuses } };
}

/**
 * The pay changes of a cycle's release (issue 12 item 7), inside the caller's transaction (the move
 * approved → released): for each participant with an APPROVED proposal whose resulting base
 * (`resultingBaseOf`, the one rule) differs from the launch snapshot's, a new pay record, reason
 * `cycle`, effective on the cycle's effective date, in the snapshot's currency and frequency (the
 * base the proposal was made on), keeping FTE, variable target, family and zone from the record in
 * effect on the effective date (the snapshot's when there is none). Records are never overwritten:
 * these are added to the history. One read and inserts of 1,000 rows — no per-person round trips.
 *
 * A promotion's new level is NOT written to `people.level_id` (reporting data, changed by HR in the
 * directory); pay records have no level column. The level lives on the proposal, the outcome and
 * the payroll export. One audit event for the release with the counts.
 */
export async function releaseCyclePay(
  tx: Db,
  options: { actor: Actor; cycle: ReleasedCycle },
): Promise<ReleaseCounts> {
  const { actor, cycle } = options;
  const { records, counts } = await planRelease(tx, { cycle, accountId: actor.accountId });
  for (let start = 0; start < records.length; start += BATCH) {
    await tx.insert(payRecords).values(records.slice(start, start + BATCH));
  }
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: 'comp_cycle.released',
    targetType: 'comp_cycle',
    targetId: cycle.id,
    after: { ...counts, effectiveDate: cycle.effectiveDate },
  });
  return counts;
}
