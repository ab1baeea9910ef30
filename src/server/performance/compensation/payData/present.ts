import { roundToInteger } from '../../../../contracts/compensation';
import type { CompBand, PayRecord } from '../../../../contracts/compensation/payData';
import { rational } from '../../../../contracts/compensation/rational';
import type { BandRow, PayRecordRow } from './queries';

/** The exposed fields of a pay record; who created it stays in the audit trail, not in the answer. */
export function presentPayRecord(row: PayRecordRow, superseded = false): PayRecord {
  return {
    id: row.id,
    personId: row.personId,
    effectiveFrom: row.effectiveFrom,
    baseMinor: row.baseMinor,
    currency: row.currency,
    frequency: row.frequency,
    ftePermille: row.ftePermille,
    variableTargetBps: row.variableTargetBps,
    jobFamily: row.jobFamily,
    payZone: row.payZone,
    reason: row.reason,
    compCycleId: row.compCycleId,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
    superseded,
  };
}

/** The exposed fields of a band version. */
export function presentBand(row: BandRow): CompBand {
  return {
    id: row.id,
    jobFamily: row.jobFamily,
    levelId: row.levelId,
    levelCode: row.levelCode,
    levelName: row.levelName,
    payZone: row.payZone,
    currency: row.currency,
    minMinor: row.minMinor,
    targetMinor: row.targetMinor,
    maxMinor: row.maxMinor,
    midpointMinor: Number(
      roundToInteger(rational(BigInt(row.minMinor) + BigInt(row.maxMinor), 2n), 'half_even'),
    ),
    effectiveFrom: row.effectiveFrom,
    createdAt: row.createdAt.toISOString(),
    superseded: row.superseded,
  };
}
