import { sql } from 'drizzle-orm';
import { certificationReminderDays } from '../../../contracts/learning';
import { organizationTodaysSql } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { notify } from '../../platform/notifications/notify';

/**
 * Reminds each holder once, in-app and by email, when a certification comes within
 * `certificationReminderDays` of its expiry. The ledger row (certification, expiry date) is claimed
 * in the same transaction as the notification, so reruns and parallel instances send it once; a
 * renewed certification (new expiry date) is reminded again. The text names the task only.
 * "Within" counts from the holder's organisation's date at `now`; `organizationId` limits the run
 * to one organisation (a per-organisation queue item, or a test).
 */
export async function sendDueCertificationReminders(options: {
  db: Db;
  now?: Date;
  organizationId?: string;
}): Promise<number> {
  const today = await organizationTodaysSql(options.db, {
    now: options.now,
    organizationId: options.organizationId,
  });
  return inTransaction(options.db, async (tx) => {
    const claimed = await queryRows<{ organization_id: string; person_id: string; expires_on: string }>(
      tx,
      sql`
      WITH due AS (
        SELECT c.id, c.organization_id, c.person_id, c.expires_on
          FROM certifications c
          JOIN (${today}) ot ON ot.organization_id = c.organization_id
          JOIN people p ON p.id = c.person_id AND p.status <> 'terminated'
         WHERE c.expires_on IS NOT NULL
           AND c.expires_on >= ot.today
           AND c.expires_on <= ot.today + ${certificationReminderDays}::int
      ), claimed AS (
        INSERT INTO certification_reminders (certification_id, expires_on)
        SELECT id, expires_on FROM due
        ON CONFLICT DO NOTHING
        RETURNING certification_id
      )
      SELECT due.organization_id, due.person_id, to_char(due.expires_on, 'YYYY-MM-DD') AS expires_on
        FROM due JOIN claimed ON claimed.certification_id = due.id`,
    );
    await notify(
      tx,
      claimed.map((row) => ({
        organizationId: row.organization_id,
        recipientId: row.person_id,
        kind: 'learning.certification_expiring' as const,
        params: { expires: row.expires_on },
        link: '/growth/learning?tab=certifications',
        email: true,
      })),
    );
    return claimed.length;
  });
}
