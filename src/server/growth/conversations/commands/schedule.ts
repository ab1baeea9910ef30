import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  rescheduleConversationRequest,
  scheduleConversationRequest,
} from '../../../../contracts/conversations';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { conversationAccess } from '../access';
import { personBasics } from '../queries';
import { careerConversations } from '../tables';

const conversationLink = (id: string) => `/growth/conversations/${id}`;
const nameOf = (p: { givenName: string; familyName: string }) => `${p.givenName} ${p.familyName}`;

/**
 * Schedules a career conversation between the caller and the other person: the caller's current
 * manager, or one of the caller's current direct reports. Anyone else names the field. The other
 * person is told in-app and by email that a conversation was scheduled, nothing more.
 */
export async function scheduleConversation(
  db: Db,
  actor: Actor,
  input: z.output<typeof scheduleConversationRequest>,
): Promise<string> {
  if (!actor.personId) throw forbidden();
  const callerId = actor.personId;
  return inTransaction(db, async (tx) => {
    const [caller, other] = await Promise.all([
      personBasics(tx, actor.organizationId, callerId),
      personBasics(tx, actor.organizationId, input.personId),
    ]);
    if (!caller) throw forbidden();
    const otherIsManager = other !== null && caller.managerId === other.id;
    const otherIsReport = other !== null && other.managerId === callerId && other.status !== 'terminated';
    if (!other || (!otherIsManager && !otherIsReport))
      throw validationFailed({ personId: issue('chooseManagerOrReport') });
    const employeeId = otherIsManager ? callerId : other.id;
    const managerId = otherIsManager ? other.id : callerId;
    const [row] = await tx
      .insert(careerConversations)
      .values({
        organizationId: actor.organizationId,
        employeeId,
        managerId,
        startedById: callerId,
        scheduledAt: new Date(input.scheduledAt),
        durationMinutes: input.durationMinutes,
        location: input.location,
      })
      .returning({ id: careerConversations.id });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: other.id,
        kind: 'career_conversation.scheduled',
        params: { name: nameOf(caller), at: new Date(input.scheduledAt).toISOString() },
        link: conversationLink(row!.id),
        email: true,
      },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.scheduled',
      targetType: 'career_conversation',
      targetId: row!.id,
      after: {
        employeeId,
        managerId,
        scheduledAt: input.scheduledAt,
        durationMinutes: input.durationMinutes,
      },
    });
    return row!.id;
  });
}

/**
 * Locks a conversation for a change by one of its two participants through its guard: 404 for
 * outsiders, 409 `invalid_state` once it was held or cancelled, 409 `version_conflict` when stale.
 */
export function lockScheduled(
  tx: Db,
  actor: Actor,
  id: string,
  action: 'reschedule' | 'cancel' | 'complete',
  version: number,
) {
  return conversationAccess.lockFor(tx, actor, id, action, version);
}

async function tellOtherSide(
  tx: Db,
  actor: Actor,
  row: { id: string; employeeId: string; managerId: string },
  what: { rescheduledTo: string } | 'cancelled',
) {
  const callerId = actor.personId!;
  const caller = await personBasics(tx, actor.organizationId, callerId);
  const otherId = callerId === row.employeeId ? row.managerId : row.employeeId;
  const name = caller ? nameOf(caller) : null;
  const common = {
    organizationId: actor.organizationId,
    recipientId: otherId,
    link: conversationLink(row.id),
    email: true,
  };
  await notify(tx, [
    what === 'cancelled'
      ? { ...common, kind: 'career_conversation.cancelled', params: { name } }
      : {
          ...common,
          kind: 'career_conversation.rescheduled',
          params: { name, at: new Date(what.rescheduledTo).toISOString() },
        },
  ]);
}

export async function rescheduleConversation(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof rescheduleConversationRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await lockScheduled(tx, actor, id, 'reschedule', input.version);
    await tx
      .update(careerConversations)
      .set({
        scheduledAt: new Date(input.scheduledAt),
        durationMinutes: input.durationMinutes,
        location: input.location,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(careerConversations.id, row.id));
    await tellOtherSide(tx, actor, row, { rescheduledTo: input.scheduledAt });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.rescheduled',
      targetType: 'career_conversation',
      targetId: row.id,
      before: { scheduledAt: row.scheduledAt.toISOString(), durationMinutes: row.durationMinutes },
      after: { scheduledAt: input.scheduledAt, durationMinutes: input.durationMinutes },
    });
  });
}

export async function cancelConversation(db: Db, actor: Actor, id: string, version: number) {
  await inTransaction(db, async (tx) => {
    const { row } = await lockScheduled(tx, actor, id, 'cancel', version);
    await tx
      .update(careerConversations)
      .set({ status: 'cancelled', version: row.version + 1, updatedAt: new Date() })
      .where(eq(careerConversations.id, row.id));
    await tellOtherSide(tx, actor, row, 'cancelled');
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.cancelled',
      targetType: 'career_conversation',
      targetId: row.id,
      after: { status: 'cancelled' },
    });
  });
}
