import { and, eq, ne } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import type { TerminationReason } from '../../../contracts/org';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import { endSessionsOfPerson } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { validationFailed } from '../../platform/errors/appError';
import { personAccess } from '../access';
import { changeManager } from '../reportingLines';
import { people } from '../tables';

/**
 * HR records that a person left: status terminated, the login disabled and every session ended at
 * once. Their direct reports move to the leaver's manager from the same date, so nobody is orphaned
 * in the org chart; HR can reassign them afterwards. The reason for leaving, when HR gives it, feeds
 * the turnover analytics (voluntary / involuntary) and is shown nowhere else.
 */
export async function deactivatePerson(
  db: Db,
  actor: Actor,
  personId: string,
  input: { terminatedOn: string; terminationReason?: TerminationReason | null; version: number },
) {
  return inTransaction(db, async (tx) => {
    const before = (await personAccess.lockFor(tx, actor, personId, 'deactivate', input.version)).row.person;
    if (input.terminatedOn < before.hireDate) {
      throw validationFailed({ terminatedOn: issue('leavingBeforeHire') });
    }
    const reports = await tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.managerId, personId), ne(people.status, 'terminated')));
    for (const report of reports) {
      await changeManager(tx, {
        organizationId: actor.organizationId,
        personId: report.id,
        managerId: before.managerId,
        effective: input.terminatedOn,
      });
    }
    await tx
      .update(people)
      .set({
        status: 'terminated',
        terminatedOn: input.terminatedOn,
        terminationReason: input.terminationReason ?? null,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(people.id, personId));
    await tx.update(accounts).set({ disabledAt: new Date() }).where(eq(accounts.personId, personId));
    await endSessionsOfPerson(tx, personId);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'person.deactivated',
      targetType: 'person',
      targetId: personId,
      before: { status: before.status, terminatedOn: before.terminatedOn },
      after: {
        status: 'terminated',
        terminatedOn: input.terminatedOn,
        terminationReason: input.terminationReason ?? null,
        reportsMoved: reports.map((r) => r.id),
      },
    });
  });
}
