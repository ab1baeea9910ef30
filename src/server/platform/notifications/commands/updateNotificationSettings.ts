import { eq } from 'drizzle-orm';
import type { NotificationSettings } from '../../../../contracts/notifications';
import { recordAuditEvent } from '../../audit/record';
import type { Actor } from '../../auth/actor';
import type { Db } from '../../db/client';
import { inTransaction } from '../../db/tx';
import { notFound } from '../../errors/appError';
import { notificationSettings } from '../tables';
import { recipientOf } from './markNotificationsRead';

/** The caller's settings; without a row, the defaults (digest on). No person, no inbox: digest off. */
export async function readNotificationSettings(db: Db, actor: Actor): Promise<NotificationSettings> {
  const recipient = recipientOf(actor);
  if (!recipient) return { dailyDigest: false };
  const [row] = await db
    .select({ dailyDigest: notificationSettings.dailyDigest })
    .from(notificationSettings)
    .where(eq(notificationSettings.personId, recipient.personId));
  return { dailyDigest: row?.dailyDigest ?? true };
}

/** Changes the caller's own settings (nobody can change another person's). */
export async function updateNotificationSettings(
  db: Db,
  actor: Actor,
  input: NotificationSettings,
): Promise<NotificationSettings> {
  const recipient = recipientOf(actor);
  if (!recipient) throw notFound('Notification settings');
  return inTransaction(db, async (tx) => {
    const before = await readNotificationSettings(tx, actor);
    await tx
      .insert(notificationSettings)
      .values({ ...recipient, dailyDigest: input.dailyDigest })
      .onConflictDoUpdate({
        target: notificationSettings.personId,
        set: { dailyDigest: input.dailyDigest, updatedAt: new Date() },
      });
    if (before.dailyDigest !== input.dailyDigest) {
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: 'notification_settings.updated',
        targetType: 'person',
        targetId: recipient.personId,
        before,
        after: input,
      });
    }
    return { dailyDigest: input.dailyDigest };
  });
}
