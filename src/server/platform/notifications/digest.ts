import { sql } from 'drizzle-orm';
import { organizationZonesSql } from '../clock';
import { type Db, queryRows } from '../db/client';
import type { Mailer } from '../mail/mailer';
import { notificationDataClass, strictestDataClass } from './kinds';
import { asLocale, renderNotification, type StoredNotification } from './messages';

/**
 * The digest goes out in the morning of the organisation's time zone, from 7 until noon, once a
 * day; the hourly job meets the window however its runs fall.
 */
export const DIGEST_LOCAL_HOURS = { from: 7, until: 12 } as const;
/** At most this many titles are listed; the rest is counted. */
const LISTED = 10;

interface DigestCandidate {
  person_id: string;
  organization_id: string;
  email: string;
  locale: string;
  time_zone: string;
  waiting: number;
  /** The listed notifications, newest first, rendered in the reader's language when sent. */
  items: StoredNotification[];
}

/**
 * People who should get today's digest: unread notifications that were not emailed one by one,
 * created since their last digest (or in the last day), the digest not turned off, a working login,
 * not left, no digest in the last 20 hours, and it is morning where their organisation is.
 */
async function findCandidates(
  db: Db,
  options: { organizationId?: string; limit: number; exclude: string[] },
) {
  const excluded = options.exclude.length > 0 ? options.exclude : ['00000000-0000-0000-0000-000000000000'];
  const zones = await organizationZonesSql(db, { organizationId: options.organizationId });
  return queryRows<DigestCandidate>(
    db,
    sql`SELECT n.recipient_id AS person_id, n.organization_id, p.email, a.locale, z.time_zone,
               count(*)::int AS waiting,
               to_jsonb((array_agg(jsonb_build_object('kind', n.kind, 'params', n.params, 'title', n.title,
                                                      'body', n.body)
                                   ORDER BY n.created_at DESC, n.id DESC))[1:${LISTED}]) AS items
        FROM notifications n
        JOIN people p ON p.id = n.recipient_id
        JOIN (${zones}) z
          ON z.organization_id = n.organization_id
        JOIN accounts a ON a.person_id = p.id AND a.disabled_at IS NULL
        LEFT JOIN notification_settings s ON s.person_id = n.recipient_id
        WHERE n.read_at IS NULL
          AND n.email_state = 'none'
          AND p.status <> 'terminated'
          AND coalesce(s.daily_digest, true)
          AND (s.digest_sent_at IS NULL OR s.digest_sent_at < now() - interval '20 hours')
          AND n.created_at > coalesce(s.digest_sent_at, now() - interval '1 day')
          AND extract(hour FROM now() AT TIME ZONE z.time_zone)
                BETWEEN ${DIGEST_LOCAL_HOURS.from} AND ${DIGEST_LOCAL_HOURS.until - 1}
          AND n.recipient_id NOT IN (${sql.join(
            excluded.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
          ${options.organizationId ? sql`AND n.organization_id = ${options.organizationId}` : sql``}
        GROUP BY n.recipient_id, n.organization_id, p.email, a.locale, z.time_zone
        ORDER BY n.recipient_id
        LIMIT ${options.limit}`,
  );
}

/** Claims today's digest for one person; false if another run sent it or they turned it off meanwhile. */
async function claimDigest(tx: Db, candidate: DigestCandidate): Promise<boolean> {
  const rows = await queryRows<{ person_id: string }>(
    tx,
    sql`INSERT INTO notification_settings (person_id, organization_id, digest_sent_at)
        VALUES (${candidate.person_id}, ${candidate.organization_id}, now())
        ON CONFLICT (person_id) DO UPDATE SET digest_sent_at = now()
          WHERE notification_settings.daily_digest
            AND (notification_settings.digest_sent_at IS NULL
                 OR notification_settings.digest_sent_at < now() - interval '20 hours')
        RETURNING person_id`,
  );
  return rows.length > 0;
}

/** The digest's text; `titles` are already in the reader's language. */
export function digestEmail(
  candidate: { locale: string; waiting: number; titles: string[] },
  appUrl: string,
) {
  const german = candidate.locale === 'de';
  const { waiting, titles } = candidate;
  const more = waiting - titles.length;
  const subject = german
    ? `Trellis: ${waiting} ungelesene Benachrichtigung${waiting === 1 ? '' : 'en'}`
    : `Trellis: ${waiting} unread notification${waiting === 1 ? '' : 's'}`;
  const list = titles.map((title) => `• ${title}`);
  if (more > 0) list.push(german ? `• und ${more} weitere` : `• and ${more} more`);
  const text = german
    ? [
        'Guten Morgen,',
        '',
        'in Trellis wartet Folgendes auf Sie:',
        '',
        ...list,
        '',
        `Zu Ihren Benachrichtigungen: ${appUrl}/notifications`,
        '',
        'Diese Zusammenfassung kommt höchstens einmal am Tag und nur, wenn etwas Neues ungelesen ist.',
        'Sie können sie auf der Seite „Benachrichtigungen“ abbestellen.',
      ]
    : [
        'Good morning,',
        '',
        'This is waiting for you in Trellis:',
        '',
        ...list,
        '',
        `Open your notifications: ${appUrl}/notifications`,
        '',
        'This summary comes at most once a day, and only when something new is unread.',
        'You can turn it off on the Notifications page.',
      ];
  return { subject, text: text.join('\n') };
}

/**
 * Emails each person one summary of what is unread in their inbox, once a day in their
 * organisation's morning. Safe to run often and from several instances (each person's digest is
 * claimed in the same transaction that sends it; a failed send releases the claim for a retry).
 */
export async function sendNotificationDigests(
  db: Db,
  mailer: Mailer,
  options: { appUrl: string; organizationId?: string; batch?: number },
): Promise<{ sent: number; failed: number }> {
  const batch = options.batch ?? 200;
  const failedIds: string[] = [];
  let sent = 0;
  for (let round = 0; round < 1000; round++) {
    const candidates = await findCandidates(db, { ...options, limit: batch, exclude: failedIds });
    for (const candidate of candidates) {
      try {
        await db.transaction(async (tx) => {
          if (!(await claimDigest(tx as unknown as Db, candidate))) return;
          const reader = { locale: asLocale(candidate.locale), timeZone: candidate.time_zone };
          const titles = candidate.items.map((item) => renderNotification(item, reader).title);
          const { subject, text } = digestEmail({ ...candidate, titles }, options.appUrl);
          await mailer.send(tx as unknown as Db, {
            organizationId: candidate.organization_id,
            to: candidate.email,
            subject,
            text,
            kind: 'notification.digest',
            // It lists notification titles: as private as the most private of them.
            dataClass: strictestDataClass(candidate.items.map((item) => notificationDataClass(item.kind))),
          });
          sent++;
        });
      } catch {
        // The claim rolled back with the failed send: tomorrow's run (or a rerun) tries again.
        failedIds.push(candidate.person_id);
      }
    }
    if (candidates.length < batch) break;
  }
  return { sent, failed: failedIds.length };
}
