import { type SQL, sql } from 'drizzle-orm';
import { certificationReminderDays } from '../../../contracts/learning';
import { readyForCalibration } from '../../performance/calibration/queries';
import type { Actor } from '../../platform/auth/actor';
import { type Db, queryRows } from '../../platform/db/client';

/** How far ahead HR is told about a cycle's phase deadline. */
export const CYCLE_DEADLINE_DAYS = 7;

/** Which parts of the batch the caller's roles open (decided in `policy.ts`). */
export interface TaskScope {
  person: boolean;
  approver: boolean;
  hr: boolean;
}

export interface TaskCounts {
  f360_answer: number;
  f360_answer_due: string | null;
  f360_nominate: number;
  f360_approve: number;
  f360_release: number;
  calibration_sign_off: number;
  plans_to_look: number;
  certifications_expiring: number;
  certifications_due: string | null;
  hr_erasure: number;
  hr_cycles: number;
  hr_cycles_due: string | null;
  hr_calibration: number;
}

const none = sql`0`;
const noDate = sql`NULL::text`;

/**
 * Every count of "Your tasks" that is a plain count, in one statement: each part mirrors the reach
 * of the list its link opens (the 360 tabs, the calibration list, plans shared with me, my
 * certifications, HR's erasure and cycle screens), and `tasks.test.ts` holds each count equal to
 * that list for every demo role. Parts the caller's roles do not open are constant zero.
 */
export async function countTasks(db: Db, actor: Actor, today: string, scope: TaskScope): Promise<TaskCounts> {
  const org = actor.organizationId;
  const me = actor.personId;
  const mine = scope.person && me !== null;
  const ifMine = (part: SQL, empty: SQL = none) => (mine ? part : empty);
  const ifHr = (part: SQL, empty: SQL = none) => (scope.hr ? part : empty);
  // The 360 tasks a rater still owes (the "Requests to answer" tab), the self view included.
  const pending360 = sql`FROM feedback360_tasks t JOIN feedback360_requests r ON r.id = t.request_id
     WHERE r.organization_id = ${org} AND t.rater_id = ${me} AND t.status = 'pending' AND r.status = 'collecting'`;
  const request360 = (column: SQL, status: string) =>
    sql`(SELECT count(*) FROM feedback360_requests r
          WHERE r.organization_id = ${org} AND ${column} = ${me} AND r.status = ${status})::int`;
  const cycleDeadline = sql`(SELECT min(d) FROM unnest(ARRAY[c.self_review_due, c.peer_input_due,
      c.manager_review_due, c.calibration_due, c.release_due, c.acknowledge_due]) d
      WHERE d BETWEEN ${today}::date AND ${today}::date + ${CYCLE_DEADLINE_DAYS}::int)`;
  const [row] = await queryRows<TaskCounts>(
    db,
    sql`SELECT
      ${ifMine(sql`(SELECT count(*) ${pending360})::int`)} AS f360_answer,
      ${ifMine(sql`(SELECT min(r.deadline)::text ${pending360})`, noDate)} AS f360_answer_due,
      ${ifMine(request360(sql`r.subject_id`, 'nominating'))} AS f360_nominate,
      ${ifMine(request360(sql`r.approver_id`, 'awaiting_approval'))} AS f360_approve,
      ${ifMine(request360(sql`r.coach_id`, 'closed'))} AS f360_release,
      ${
        mine && scope.approver
          ? sql`(SELECT count(*) FROM calibration_approvers a JOIN calibration_sessions s ON s.id = a.session_id
                 WHERE s.organization_id = ${org} AND a.approver_id = ${me}
                   AND a.signed_off_at IS NULL AND s.state = 'open')::int`
          : none
      } AS calibration_sign_off,
      ${ifMine(
        // Plans my direct reports share with me (the rule of planPolicy) that changed since I last
        // opened them: the plan's guard writes each opening to the owner's access log.
        sql`(SELECT count(*) FROM development_plans p JOIN people o ON o.id = p.owner_id
              WHERE p.organization_id = ${org} AND p.shared_with_id = ${me} AND p.shared_at IS NOT NULL
                AND o.manager_id = ${me} AND p.status IN ('draft', 'active')
                AND NOT EXISTS (SELECT 1 FROM access_log l
                                 WHERE l.subject_person_id = p.owner_id AND l.viewer_person_id = ${me}
                                   AND l.resource = 'development plan'
                                   AND l.at >= greatest(p.shared_at, p.last_activity_at)))::int`,
      )} AS plans_to_look,
      ${ifMine(
        sql`(SELECT count(*) FROM certifications c WHERE c.person_id = ${me} AND c.expires_on
              BETWEEN ${today}::date AND ${today}::date + ${certificationReminderDays}::int)::int`,
      )} AS certifications_expiring,
      ${ifMine(
        sql`(SELECT min(c.expires_on)::text FROM certifications c WHERE c.person_id = ${me} AND c.expires_on
              BETWEEN ${today}::date AND ${today}::date + ${certificationReminderDays}::int)`,
        noDate,
      )} AS certifications_due,
      ${ifHr(
        // Four eyes: a request waits for an HR admin other than the one who made it.
        sql`(SELECT count(*) FROM erasure_requests e WHERE e.organization_id = ${org}
              AND e.state = 'requested' AND e.requested_by IS DISTINCT FROM ${actor.accountId})::int`,
      )} AS hr_erasure,
      ${ifHr(
        sql`(SELECT count(*) FROM review_cycles c
              WHERE c.organization_id = ${org} AND c.status = 'active' AND ${cycleDeadline} IS NOT NULL)::int`,
      )} AS hr_cycles,
      ${ifHr(
        sql`(SELECT min(${cycleDeadline})::text FROM review_cycles c
              WHERE c.organization_id = ${org} AND c.status = 'active')`,
        noDate,
      )} AS hr_cycles_due,
      ${ifHr(
        // Cycles with reviews ready for calibration that no session has taken in yet.
        sql`(SELECT count(*) FROM review_cycles c WHERE c.organization_id = ${org} AND c.status = 'active'
              AND EXISTS (SELECT 1 FROM reviews r WHERE r.cycle_id = c.id
                            AND r.calibration_session_id IS NULL AND ${readyForCalibration}))::int`,
      )} AS hr_calibration`,
  );
  return row!;
}
