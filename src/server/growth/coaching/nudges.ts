import { type SQL, sql } from 'drizzle-orm';
import { organizationTodaysSql } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { notify } from '../../platform/notifications/notify';
import { STALLED_DAYS } from './present';

/**
 * The daily stalled-coaching nudge (SPEC S4.7): an active engagement with no session held in the
 * last 30 days (calendar days in the organisation's zone, counted from the start when none was
 * held) reminds the COACHEE only — never their manager, HR or anyone else, since whether someone
 * keeps up coaching is theirs. Once per quiet stretch: `last_nudged_at` is claimed in the statement
 * that picks the engagement and must itself be 30 days old before the next nudge.
 */
export async function sendStalledCoachingNudges(options: {
  db: Db;
  now?: Date;
  organizationId?: string;
}): Promise<number> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const todays = await organizationTodaysSql(options.db, { now, organizationId: options.organizationId });
  const localDate = (column: SQL) => sql`(${column} AT TIME ZONE ot.time_zone)::date`;
  return inTransaction(options.db, async (tx) => {
    const rows = await queryRows<{ id: string; organization_id: string; coachee_id: string }>(
      tx,
      sql`WITH due AS (
            SELECT e.id FROM coaching_engagements e
              JOIN (${todays}) ot ON ot.organization_id = e.organization_id
             WHERE e.status = 'active'
               AND greatest(
                     e.started_on,
                     (SELECT max(${localDate(sql`s.scheduled_at`)}) FROM coaching_sessions s
                       WHERE s.engagement_id = e.id AND s.status = 'held')
                   ) <= ot.today - ${STALLED_DAYS}::int
               AND (e.last_nudged_at IS NULL
                    OR ${localDate(sql`e.last_nudged_at`)} <= ot.today - ${STALLED_DAYS}::int)
               ${options.organizationId ? sql`AND e.organization_id = ${options.organizationId}::uuid` : sql``}
             FOR UPDATE OF e SKIP LOCKED
          )
          UPDATE coaching_engagements e SET last_nudged_at = ${at}::timestamptz
            FROM due, people p
           WHERE e.id = due.id AND p.id = e.coachee_id AND p.status <> 'terminated'
          RETURNING e.id, e.organization_id, e.coachee_id`,
    );
    await notify(
      tx,
      rows.map((row) => ({
        organizationId: row.organization_id,
        recipientId: row.coachee_id,
        kind: 'coaching.stalled' as const,
        params: { days: STALLED_DAYS },
        link: '/growth/coaching',
        email: true,
      })),
    );
    return rows.length;
  });
}
