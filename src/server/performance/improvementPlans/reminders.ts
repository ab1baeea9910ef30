import { sql } from 'drizzle-orm';
import { addDays, organizationTimeZone, todayIn } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { type NotificationInput, notify } from '../../platform/notifications/notify';
import { syncPlanAgenda } from './agenda';
import { improvementPlans, type PipState, type PipVisibility } from './tables';

/** Days after the manager's reminder before HR is told too. */
export const HR_AFTER_DAYS = 3;

interface Missed {
  check_in_id: string;
  plan_id: string;
  scheduled_on: string;
  employee_id: string;
  employee_name: string;
  manager_id: string | null;
}

const running = sql`p.state IN ('active', 'acknowledged', 'paused', 'extended')`;

/**
 * Check-ins of running plans whose day has passed without a record (issue 12 item 12), in the
 * organisation's calendar: the day after, the employee's current direct manager is reminded (the
 * plan's manager when the employee has none now); three days later, if it is still not recorded,
 * the organisation's HR admins (not the employee, should they be one). Each check-in is claimed by
 * stamping its reminder column in the same statement, so a rerun the same day sends nothing new.
 * The daily run also puts coming check-ins on the 1:1 agenda, as meetings move on.
 */
export async function sendMissedCheckInReminders(input: {
  db: Db;
  organizationId: string;
  now?: Date;
}): Promise<number> {
  const { db, organizationId } = input;
  const now = input.now ?? new Date();
  const zone = await organizationTimeZone(db, organizationId);
  const today = todayIn(zone, now);
  return inTransaction(db, async (tx) => {
    const claim = (
      column: 'manager_reminded_at' | 'hr_reminded_at',
      before: string,
      after: ReturnType<typeof sql>,
    ) =>
      queryRows<Missed>(
        tx,
        sql`
        UPDATE improvement_plan_check_ins c SET ${sql.raw(column)} = ${now.toISOString()}::timestamptz
          FROM improvement_plans p JOIN people e ON e.id = p.employee_id
         WHERE c.plan_id = p.id AND p.organization_id = ${organizationId} AND ${running}
           AND c.organization_id = ${organizationId} AND c.recorded_at IS NULL
           AND c.scheduled_on < ${before}::date AND c.${sql.raw(column)} IS NULL ${after}
        RETURNING c.id AS check_in_id, p.id AS plan_id, c.scheduled_on::text AS scheduled_on,
                  p.employee_id, e.given_name || ' ' || e.family_name AS employee_name,
                  coalesce(e.manager_id, p.manager_id) AS manager_id`,
      );
    const forManagers = await claim('manager_reminded_at', today, sql``);
    // "A further three days": HR hears when the manager's reminder went out at least three days ago.
    const forHr = await claim(
      'hr_reminded_at',
      addDays(today, -HR_AFTER_DAYS),
      sql`AND c.manager_reminded_at IS NOT NULL
          AND (c.manager_reminded_at AT TIME ZONE ${zone})::date <= ${addDays(today, -HR_AFTER_DAYS)}::date`,
    );
    const hrAdmins = forHr.length
      ? await queryRows<{ person_id: string }>(
          tx,
          sql`SELECT a.person_id FROM accounts a JOIN people p ON p.id = a.person_id
               WHERE a.organization_id = ${organizationId} AND 'hr_admin' = ANY(a.roles)
                 AND a.disabled_at IS NULL AND p.status <> 'terminated'`,
        )
      : [];
    const link = (missed: Missed) => `/performance/improvement-plans/${missed.plan_id}`;
    const notifications: NotificationInput[] = [
      ...forManagers.flatMap((missed) =>
        missed.manager_id
          ? [
              {
                organizationId,
                recipientId: missed.manager_id,
                kind: 'improvement_plan.check_in_missed' as const,
                params: { name: missed.employee_name, due: missed.scheduled_on },
                link: link(missed),
                email: true,
              },
            ]
          : [],
      ),
      ...forHr.flatMap((missed) =>
        hrAdmins
          .filter((hr) => hr.person_id !== missed.employee_id)
          .map((hr) => ({
            organizationId,
            recipientId: hr.person_id,
            kind: 'improvement_plan.check_in_overdue' as const,
            params: { name: missed.employee_name, due: missed.scheduled_on },
            link: link(missed),
            email: true,
          })),
      ),
    ];
    await notify(tx, notifications);
    await syncRunningAgendas(tx, organizationId);
    return notifications.length;
  });
}

/** Puts the coming check-ins of every running plan of the organisation on the 1:1 agendas. */
async function syncRunningAgendas(tx: Db, organizationId: string) {
  const plans = await queryRows<{
    id: string;
    employee_id: string;
    state: PipState;
    check_ins_visibility: PipVisibility;
  }>(
    tx,
    sql`SELECT p.id, p.employee_id, p.state, p.check_ins_visibility FROM ${improvementPlans} p
         WHERE p.organization_id = ${organizationId} AND ${running}`,
  );
  for (const plan of plans)
    await syncPlanAgenda(tx, {
      id: plan.id,
      organizationId,
      employeeId: plan.employee_id,
      state: plan.state,
      checkInsVisibility: plan.check_ins_visibility,
    });
}
