import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import { organizationTimeZone } from '../clock';
import type { Db } from '../db/client';
import type { Mailer } from '../mail/mailer';
import { type NotificationKind, notificationDataClass } from './kinds';
import {
  asLocale,
  chromes,
  DEFAULT_LOCALE,
  type NotificationMessage,
  renderMessage,
  renderNotification,
} from './messages';
import { notifications } from './tables';

/**
 * A notification as a command writes it: a registered kind (kinds.ts, whose data class decides who
 * may read the email it sends) and that kind's parameters (messages/params.ts). The text is written
 * when it is read, in the reader's language (messages/).
 */
export type NotificationInput = NotificationMessage & {
  organizationId: string;
  recipientId: string;
  link?: string | null;
  /** Also send it by email (after the surrounding transaction commits, see flushNotificationEmails). */
  email?: boolean;
};

/**
 * Writes in-app notifications inside the caller's transaction; one insert for any number. The kind
 * and parameters are what counts; the default-language text is stored beside them for readers that
 * know no parameters (exports, older versions during an upgrade).
 */
export async function notify(tx: Db, inputs: NotificationInput[]): Promise<void> {
  if (inputs.length === 0) return;
  // A text that shows a time is stored in its organisation's zone (looked up only then).
  const zones = new Map<string, string>();
  for (const input of inputs) {
    if (zones.has(input.organizationId)) continue;
    let timed = false;
    renderMessage(input, { locale: DEFAULT_LOCALE, timeZone: 'UTC' }, () => {
      timed = true;
    });
    if (timed) zones.set(input.organizationId, await organizationTimeZone(tx, input.organizationId));
  }
  const batchSize = 1000;
  for (let start = 0; start < inputs.length; start += batchSize) {
    await tx.insert(notifications).values(
      inputs.slice(start, start + batchSize).map((input) => {
        const timeZone = zones.get(input.organizationId) ?? 'UTC';
        const stored = renderMessage(input, { locale: DEFAULT_LOCALE, timeZone });
        return {
          organizationId: input.organizationId,
          recipientId: input.recipientId,
          kind: input.kind,
          params: input.params as Record<string, unknown>,
          title: stored.title,
          body: stored.body,
          link: input.link ?? null,
          emailState: input.email ? ('pending' as const) : ('none' as const),
        };
      }),
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
        params: notifications.params,
        link: notifications.link,
        attempts: notifications.emailAttempts,
        email: people.email,
        status: people.status,
        // The reader's language (their account's, else their organisation's default) and zone.
        locale: sql<string | null>`coalesce(
          (SELECT a.locale FROM accounts a WHERE a.person_id = ${notifications.recipientId}),
          (SELECT o.settings->>'defaultLocale' FROM organizations o WHERE o.id = ${notifications.organizationId}))`,
        timeZone: sql<string | null>`(SELECT o.settings->>'defaultTimezone' FROM organizations o
          WHERE o.id = ${notifications.organizationId})`,
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
      const locale = asLocale(row.locale);
      const chrome = chromes[locale];
      const { title, body } = renderNotification(row, { locale, timeZone: row.timeZone ?? 'UTC' });
      const link = row.link ? `\n\n${chrome.openInTrellis} ${options.appUrl ?? ''}${row.link}` : '';
      try {
        await mailer.send(tx as unknown as Db, {
          organizationId: row.organizationId,
          to: row.email,
          subject: title,
          text: `${body || title}${link}\n\n${chrome.signature}`,
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
