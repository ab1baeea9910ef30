import type { NewPayRecord } from '../../../../../contracts/compensation/payData';
import { recordAuditEvent } from '../../../../platform/audit/record';
import type { Actor } from '../../../../platform/auth/actor';
import type { Db } from '../../../../platform/db/client';
import { inTransaction } from '../../../../platform/db/tx';
import { payAccess } from '../access';
import type { PayRecordRow } from '../queries';
import { payRecords } from '../tables';

/**
 * What the audit trail keeps of a pay record: every figure, so payroll can be reconstructed from
 * the trail. The audit view shows pay events' content to nobody (only directory events show
 * content), and an erasure redacts them by the person id in the payload.
 */
export const payAuditShape = (row: Omit<PayRecordRow, 'id' | 'createdAt' | 'organizationId'>) => ({
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
});

export interface AddPayRecordOptions {
  actor: Actor;
  personId: string;
  record: NewPayRecord;
}

/**
 * Adds a pay record for a person (HR admins only): never an update, so the history is never
 * overwritten — a correction is a new record with reason `correction`. 404 when the caller may not
 * read the person's pay, 403 when they read it but are not HR. One transaction with its audit event.
 */
export async function addPayRecord(db: Db, options: AddPayRecordOptions): Promise<PayRecordRow> {
  const { actor, personId, record } = options;
  return inTransaction(db, async (tx) => {
    await payAccess.lockFor(tx, actor, personId, 'addRecord', null, { mode: 'share' });
    const values = {
      organizationId: actor.organizationId,
      personId,
      effectiveFrom: record.effectiveFrom,
      baseMinor: record.baseMinor,
      currency: record.currency,
      frequency: record.frequency,
      ftePermille: record.ftePermille,
      variableTargetBps: record.variableTargetBps,
      jobFamily: record.jobFamily,
      payZone: record.payZone,
      reason: record.reason,
      compCycleId: null,
      note: record.note,
      createdByAccountId: actor.accountId,
    };
    const [created] = await tx.insert(payRecords).values(values).returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'pay_record.added',
      targetType: 'pay_record',
      targetId: created!.id,
      after: payAuditShape(values),
    });
    return created!;
  });
}
