import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../db/client';
import type { Mailer } from '../mail/mailer';
import { type NotificationKind, notificationDataClass } from './kinds';
import { notifications } from './tables';

export interface NotificationInput {
  organizationId: string;
  recipientId: string;
  /** A registered kind (kinds.ts): its data class decides who may read the email it sends. */
  kind: NotificationKind;
  title: string;
  body?: string;
  link?: string | null;
  /** Also send it by email (after the surrounding transaction commits, see flushNotificationEmails). */
  email?: boolean;
}

/** Writes in-app notifications inside the caller's transaction; one insert for any number. */
export async function notify(tx: Db, inputs: NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  const batchSize = 1000;
  for (let start = 0; start < inputs.length; start += batchSize) {
    await tx.insert(notifications).values(
      inputs.slice(start, start + batchSize).map((input) => ({
        organizationId: input.organizationId,
        recipientId: input.recipientId,
        kind: input.kind,
        title: input.title,
        body: input.body ?? '',
        link: input.link ?? null,
        emailState: input.email ? ('pending' as const) : ('none' as const),
      })),
    );
  }
}

/** Pauses between attempts after an SMTP failure: 1, 2, 4 … 128 minutes (about four hours in all). */
export const emailRetryMinutes = [1, 2, 4, 8, 16, 32, 64, 128] as const;

/**
 * Sends the emails of committed notifications that asked for one. Safe to call any time and from
 * several instances: each row is claimed with FOR UPDATE SKIP LOCKED before it is sent. A failed
 * delivery (SMTP down, a refused address) stays pending and is retried later with growing pauses,
 * then marked failed; people who have left are skipped rather than emailed.
 */
export async function flushNotificationEmails(
  db: Db,
  mailer: Mailer,
  options: { organizationId?: string; limit?: number; appUrl?: string } = {},
): Promise<number> {
  const limit = options.limit ?? 200;
  let sent = 0;
  await db.transaction(async (tx) => {
    const pending = await tx
      .select({
        id: notifications.id,
        organizationId: notifications.organizationId,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        attempts: notifications.emailAttempts,
        email: people.email,
        status: people.status,
      })
      .from(notifications)
      .innerJoin(people, eq(people.id, notifications.recipientId))
      .where(
        and(
          eq(notifications.emailState, 'pending'),
          or(isNull(notifications.emailRetryAt), lte(notifications.emailRetryAt, sql`now()`)),
          options.organizationId ? eq(notifications.organizationId, options.organizationId) : undefined,
        ),
      )
      .orderBy(notifications.createdAt)
      .limit(limit)
      .for('update', { of: notifications, skipLocked: true });
    if (pending.length === 0) return;
    const delivered: string[] = [];
    const skipped: string[] = [];
    for (const row of pending) {
      if (row.status === 'terminated') {
        skipped.push(row.id);
        continue;
      }
      const link = row.link ? `\n\nOpen it in Trellis: ${options.appUrl ?? ''}${row.link}` : '';
      try {
        await mailer.send(tx as unknown as Db, {
          organizationId: row.organizationId,
          to: row.email,
          subject: row.title,
          text: `${row.body || row.title}${link}\n\n— Trellis`,
          // The kind's class decides what the stored copy keeps and who may read it (kinds.ts).
          kind: row.kind as NotificationKind,
          dataClass: notificationDataClass(row.kind),
        });
        delivered.push(row.id);
      } catch {
        const attempts = row.attempts + 1;
        const pause = emailRetryMinutes[attempts - 1];
        await tx
          .update(notifications)
          .set(
            pause === undefined
              ? { emailState: 'failed', emailAttempts: attempts, emailRetryAt: null }
              : {
                  emailAttempts: attempts,
                  emailRetryAt: sql`now() + make_interval(mins => ${pause})`,
                },
          )
          .where(eq(notifications.id, row.id));
      }
    }
    if (delivered.length > 0) {
      await tx
        .update(notifications)
        .set({ emailState: 'sent', emailRetryAt: null })
        .where(inArray(notifications.id, delivered));
    }
    if (skipped.length > 0) {
      await tx.update(notifications).set({ emailState: 'skipped' }).where(inArray(notifications.id, skipped));
    }
    sent = delivered.length;
  });
  return sent;
}

/** Unread count for the inbox badge. */
export async function unreadNotificationCount(db: Db, recipientId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.recipientId, recipientId), sql`${notifications.readAt} is null`));
  return row?.count ?? 0;
}
