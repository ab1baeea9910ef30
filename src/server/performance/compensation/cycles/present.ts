import type { CompCycle, CompParticipant, OverBudgetPolicy } from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import { cyclePolicy, nextStates } from './policy';
import type { CycleRow, ListedParticipant } from './queries';

/** The exposed fields of a cycle with the caller's abilities; who created or launched it stays in the audit trail. */
export function presentCycle(
  actor: Actor,
  row: CycleRow,
  options: { overBudgetPolicy: OverBudgetPolicy; counts?: CompCycle['counts'] },
): CompCycle {
  const policy = cyclePolicy(actor, row);
  return {
    id: row.id,
    name: row.name,
    state: row.state,
    sandbox: row.sandbox,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    effectiveDate: row.effectiveDate,
    visibilityDate: row.visibilityDate,
    planningCurrency: row.planningCurrency,
    fxTable: { ...row.fxTable, rates: { ...row.fxTable.rates } },
    fxFrozenAt: row.fxFrozenAt?.toISOString() ?? null,
    eligibilityRules: row.eligibilityRules,
    reviewCycleId: row.reviewCycleId,
    meritMatrix: row.meritMatrix
      ? {
          axis: row.meritMatrix.axis,
          thresholds: [...row.meritMatrix.thresholds],
          rows: row.meritMatrix.rows.map((matrixRow) => ({
            rating: matrixRow.rating,
            cells: matrixRow.cells.map((cell) => ({ ...cell })),
          })),
        }
      : null,
    budget: row.budget,
    approvalDepth: row.approvalDepth,
    overBudgetPolicy: options.overBudgetPolicy,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    releasedAt: row.releasedAt?.toISOString() ?? null,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    counts: options.counts ?? null,
    abilities: {
      edit: policy.edit,
      launch: policy.launch,
      overrideEligibility: policy.overrideEligibility,
      transitions: policy.transition ? nextStates(row) : [],
    },
  };
}

/** A participant's snapshot as HR sees it; who overrode the eligibility stays in the audit trail. */
type BandColumns = Pick<
  ListedParticipant,
  'bandCurrency' | 'bandMinMinor' | 'bandTargetMinor' | 'bandMaxMinor'
>;

/** The band snapshotted at launch, or null when the person had none (no family, level or currency). */
export const snapshotBand = (row: BandColumns) =>
  row.bandCurrency && row.bandMinMinor !== null && row.bandMaxMinor !== null
    ? {
        currency: row.bandCurrency,
        minMinor: row.bandMinMinor,
        targetMinor: row.bandTargetMinor,
        maxMinor: row.bandMaxMinor,
      }
    : null;

export function presentParticipant(row: ListedParticipant): CompParticipant {
  return {
    id: row.id,
    personId: row.personId,
    givenName: row.givenName,
    familyName: row.familyName,
    managerId: row.managerId,
    departmentId: row.departmentId,
    levelId: row.levelId,
    hireDate: row.hireDate,
    eligibility: row.eligibility,
    ruleEligibility: row.ruleEligibility,
    ruleReason: row.ruleReason,
    override:
      row.overrideEligibility && row.overriddenAt
        ? {
            eligibility: row.overrideEligibility,
            reason: row.overrideReason ?? '',
            at: row.overriddenAt.toISOString(),
          }
        : null,
    pay:
      row.baseMinor !== null && row.payCurrency && row.payFrequency
        ? {
            baseMinor: row.baseMinor,
            currency: row.payCurrency,
            frequency: row.payFrequency,
            ftePermille: row.ftePermille ?? 1000,
            jobFamily: row.jobFamily ?? '',
            payZone: row.payZone,
          }
        : null,
    band: snapshotBand(row),
    compaRatio: row.compaRatio,
    positionInRange: row.positionInRange,
    proration: { eligibleDays: row.eligibleDays, periodDays: row.periodDays },
    calibratedRating: row.calibratedRating,
    lastIncreaseDate: row.lastIncreaseDate,
    version: row.version,
  };
}
