import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, validationFailed } from '../../../platform/errors/appError';
import { enrolmentAccess } from '../access';
import { canEnrol } from '../policy';
import { learningEnrolments, learningItems } from '../tables';

/** The caller enrols in an active catalogue item (once; a second enrolment is `already_exists`). */
export function enrolInLearningItem(db: Db, actor: Actor, itemId: string): Promise<string> {
  return inTransaction(db, async (tx) => {
    const [item] = await tx
      .select({ id: learningItems.id, status: learningItems.status })
      .from(learningItems)
      .where(and(eq(learningItems.organizationId, actor.organizationId), eq(learningItems.id, itemId)));
    if (!item || !actor.personId) throw notFound('Learning item');
    if (!canEnrol(actor, item)) throw new AppError('invalid_state', issue('itemNotOffered'));
    const [row] = await tx
      .insert(learningEnrolments)
      .values({ organizationId: actor.organizationId, personId: actor.personId, itemId })
      .onConflictDoNothing()
      .returning({ id: learningEnrolments.id });
    if (!row)
      throw new AppError('already_exists', issue('alreadyEnrolledReason'), {
        fieldIssues: { itemId: issue('alreadyEnrolled') },
      });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.enrolled',
      targetType: 'learning_enrolment',
      targetId: row.id,
    });
    return row.id;
  });
}

/** The caller's own enrolment, locked: 404 unless they may read it, 403 for a reader, 409 when stale. */
async function lockOwnEnrolment(tx: Db, actor: Actor, enrolmentId: string, version: number) {
  return (await enrolmentAccess.lockFor(tx, actor, enrolmentId, 'edit', version)).row.enrolment;
}

/** The owner marks complete (with the date), reopens, or changes whether the manager sees it. */
export function updateEnrolment(
  db: Db,
  actor: Actor,
  enrolmentId: string,
  input: {
    status: 'enrolled' | 'completed';
    completedOn: string | null;
    sharedWithManager: boolean;
    version: number;
  },
): Promise<void> {
  return inTransaction(db, async (tx) => {
    // "The future" starts tomorrow where the organisation is, not in UTC.
    if (input.completedOn !== null && input.completedOn > (await actorToday(tx, actor))) {
      throw validationFailed({ completedOn: issue('completedInFuture') });
    }
    const current = await lockOwnEnrolment(tx, actor, enrolmentId, input.version);
    const completedOn = input.status === 'completed' ? input.completedOn : null;
    await tx
      .update(learningEnrolments)
      .set({
        status: input.status,
        completedOn,
        sharedWithManager: input.sharedWithManager,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(learningEnrolments.id, enrolmentId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action:
        current.status !== input.status && input.status === 'completed'
          ? 'learning.completed'
          : 'learning.enrolment_updated',
      targetType: 'learning_enrolment',
      targetId: enrolmentId,
    });
  });
}

/** The owner withdraws from an enrolment (the record goes; the audit event stays). */
export function withdrawEnrolment(db: Db, actor: Actor, enrolmentId: string, version: number): Promise<void> {
  return inTransaction(db, async (tx) => {
    await lockOwnEnrolment(tx, actor, enrolmentId, version);
    await tx.delete(learningEnrolments).where(eq(learningEnrolments.id, enrolmentId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.withdrawn',
      targetType: 'learning_enrolment',
      targetId: enrolmentId,
    });
  });
}
