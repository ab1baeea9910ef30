import { type SQL, sql } from 'drizzle-orm';
import { organizationTodaysSql } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { type NotificationInput, notify } from '../../platform/notifications/notify';

export const SILENCE_DAYS = 30;

interface Nudged {
  id: string;
  organization_id: string;
  owner_id: string;
  owner_name: string;
  manager_id: string | null;
}

/**
 * The daily nudge (SPEC S4.4): an active plan with no update for 30 days reminds its owner and, if
 * the plan is shared with them and they still manage the owner, the manager — in-app and by email.
 * Once per silence: a plan is nudged when 30 days have passed since both its last activity and its
 * last nudge, so a plan left alone gets one reminder per 30 quiet days, and any update restarts the
 * clock. Days are calendar days in the plan's organisation's time zone (platform/clock.ts), so the
 * nudge comes on the 30th day there whenever in the day the job runs. The claim (`last_nudged_at`)
 * is written in the same statement that picks the plans, so concurrent runs never nudge twice. The
 * texts name the task, never what the plan says. `organizationId` limits the run to one
 * organisation (a per-organisation queue item, or a test).
 */
export async function sendPlanNudges(options: {
  db: Db;
  now?: Date;
  organizationId?: string;
}): Promise<number> {
  const now = options.now ?? new Date();
  const at = now.toISOString();
  const todays = await organizationTodaysSql(options.db, { now, organizationId: options.organizationId });
  const localDate = (column: SQL) => sql`(${column} AT TIME ZONE ot.time_zone)::date`;
  // No zone is more than a day from UTC: a coarse bound on the timestamp keeps the index in use.
  const coarse = sql`${at}::timestamptz - make_interval(days => ${SILENCE_DAYS - 1})`;
  return inTransaction(options.db, async (tx) => {
    const rows = await queryRows<Nudged>(
      tx,
      sql`WITH due AS (
            SELECT dp.id FROM development_plans dp
              JOIN (${todays}) ot ON ot.organization_id = dp.organization_id
             WHERE dp.status = 'active'
               AND dp.last_activity_at <= ${coarse}
               AND ${localDate(sql`dp.last_activity_at`)} <= ot.today - ${SILENCE_DAYS}::int
               AND (dp.last_nudged_at IS NULL
                    OR (dp.last_nudged_at <= ${coarse}
                        AND ${localDate(sql`dp.last_nudged_at`)} <= ot.today - ${SILENCE_DAYS}::int))
               ${options.organizationId ? sql`AND dp.organization_id = ${options.organizationId}::uuid` : sql``}
             FOR UPDATE OF dp SKIP LOCKED
          )
          UPDATE development_plans dp SET last_nudged_at = ${at}::timestamptz
            FROM due, people o
           WHERE dp.id = due.id AND o.id = dp.owner_id AND o.status <> 'terminated'
          RETURNING dp.id, dp.organization_id, dp.owner_id, o.given_name || ' ' || o.family_name AS owner_name,
                    CASE WHEN dp.shared_at IS NOT NULL AND dp.shared_with_id = o.manager_id
                         THEN dp.shared_with_id END AS manager_id`,
    );
    const notices: NotificationInput[] = [];
    for (const row of rows) {
      const link = `/growth/plans/${row.id}`;
      notices.push({
        organizationId: row.organization_id,
        recipientId: row.owner_id,
        kind: 'development_plan.nudge',
        params: { days: SILENCE_DAYS, owner: null, forManager: false },
        link,
        email: true,
      });
      if (row.manager_id) {
        notices.push({
          organizationId: row.organization_id,
          recipientId: row.manager_id,
          kind: 'development_plan.nudge',
          params: { days: SILENCE_DAYS, owner: row.owner_name, forManager: true },
          link,
          email: true,
        });
      }
    }
    await notify(tx, notices);
    return rows.length;
  });
}
