import { and, eq, isNull, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/tx';
import { notFound } from '../../errors/appError';
import { findOwnNotification, type InboxRow } from '../queries';
import { notifications } from '../tables';

/** The caller as a recipient: accounts without a person record (some org admins) have no inbox. */
export function recipientOf(actor: Actor): { organizationId: string; personId: string } | null {
  return actor.personId ? { organizationId: actor.organizationId, personId: actor.personId } : null;
}

/**
 * Marks one of the caller's own notifications as read. Someone else's (or a missing one) is 404, so
 * the answer never reveals that a notification exists. Reading twice is harmless and audited once.
 */
export async function markNotificationRead(db: Db, actor: Actor, notificationId: string): Promise<InboxRow> {
  const recipient = recipientOf(actor);
  if (!recipient) throw notFound('Notification');
  return inTransaction(db, async (tx) => {
    const changed = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(
        and(
          eq(notifications.id, notificationId),
          eq(notifications.organizationId, recipient.organizationId),
          eq(notifications.recipientId, recipient.personId),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    const row = await findOwnNotification(tx, recipient, notificationId);
    if (!row) throw notFound('Notification');
    if (changed.length > 0) {
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: 'notification.read',
        targetType: 'notification',
        targetId: notificationId,
      });
    }
    return row;
  });
}

/** Marks every unread notification of the caller as read; answers how many changed. */
export async function markAllNotificationsRead(db: Db, actor: Actor): Promise<number> {
  const recipient = recipientOf(actor);
  if (!recipient) return 0;
  return inTransaction(db, async (tx) => {
    const changed = await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(
        and(
          eq(notifications.organizationId, recipient.organizationId),
          eq(notifications.recipientId, recipient.personId),
          isNull(notifications.readAt),
        ),
      )
      .returning({ id: notifications.id });
    if (changed.length > 0) {
      // One event for the whole action: the ids are the inbox's, not a record anyone else reads.
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: 'notifications.read_all',
        targetType: 'person',
        targetId: recipient.personId,
        after: { marked: changed.length },
      });
    }
    return changed.length;
  });
}
