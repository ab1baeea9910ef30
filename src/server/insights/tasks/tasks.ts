import type { HomeTask, HomeTaskKind } from '../../../contracts/homeTasks';
import { reportCadences } from '../../growth/conversations/cadence';
import { directReports } from '../../growth/conversations/queries';
import { ensureConversationSetup } from '../../growth/conversations/settings';
import { erasurePolicy } from '../../org/erasure/policy';
import { calibrationPolicy, sessionPolicy } from '../../performance/calibration/policy';
import { listMyTasks } from '../../performance/reviews/queries';
import type { Actor } from '../../platform/auth/actor';
import { actorTimeZone, todayIn } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { countTasks, type TaskScope } from './queries';

/**
 * Which parts of "Your tasks" the caller's roles open, each asked of the domain's own policy: a
 * person record for everything that is one's own; the approver role for sign-offs (an open session
 * the caller is assigned to and has not signed, `sessionPolicy`); HR for erasure decisions and the
 * cycle and calibration tools.
 */
export function taskScope(actor: Actor): TaskScope {
  const signOffPossible = sessionPolicy(
    actor,
    { state: 'open' },
    { assignedApprover: true, signedOff: false },
  ).signOff;
  return {
    person: actor.personId !== null,
    approver: signOffPossible,
    hr: erasurePolicy.manage(actor) && calibrationPolicy.plan(actor),
  };
}

const earliest = (dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort()[0] ?? null;

/** Career conversations overdue among my direct reports (the rule of the conversations page). */
async function overdueConversations(db: Db, actor: Actor, timeZone: string): Promise<number> {
  if (!actor.personId) return 0;
  const { rows } = await directReports(db, actor.organizationId, actor.personId, 1, 1000);
  if (rows.length === 0) return 0;
  const settings = await ensureConversationSetup(db, actor.organizationId);
  const cadences = await reportCadences(db, settings, timeZone, actor.personId, rows);
  return cadences.filter((c) => c.overdue).length;
}

/**
 * What needs the caller now, as counts: the review forms they still write (their own, their
 * reports', peer input) and reviews to acknowledge, calibration sessions to sign off, 360s to
 * answer, send, approve or release, overdue career conversations in their team, shared plans that
 * changed since they last opened them, certifications about to expire, and for HR the erasure
 * requests awaiting a second HR admin, cycles with a deadline this week and cycles with reviews
 * ready for calibration. Kinds with nothing to do are left out.
 */
export async function homeTasksFor(db: Db, actor: Actor): Promise<HomeTask[]> {
  const scope = taskScope(actor);
  const timeZone = await actorTimeZone(db, actor);
  const today = todayIn(timeZone);
  const [counts, reviews, overdue] = await Promise.all([
    countTasks(db, actor, today, scope),
    scope.person ? listMyTasks(db, actor) : Promise.resolve([]),
    scope.person ? overdueConversations(db, actor, timeZone) : Promise.resolve(0),
  ]);
  const tasks: HomeTask[] = [];
  const add = (kind: HomeTaskKind, count: number, due: string | null = null) => {
    if (count > 0) tasks.push({ kind, count, due });
  };
  for (const kind of ['self', 'manager', 'peer', 'acknowledge'] as const) {
    const open = reviews.filter((r) => r.kind === kind && r.formState !== 'submitted');
    add(`review.${kind}`, open.length, earliest(open.map((r) => r.due)));
  }
  add('calibration.signOff', counts.calibration_sign_off);
  add('feedback360.answer', counts.f360_answer, counts.f360_answer_due);
  add('feedback360.nominate', counts.f360_nominate);
  add('feedback360.approve', counts.f360_approve);
  add('feedback360.release', counts.f360_release);
  add('conversations.overdue', overdue);
  add('plans.toLook', counts.plans_to_look);
  add('certifications.expiring', counts.certifications_expiring, counts.certifications_due);
  add('hr.erasureApproval', counts.hr_erasure);
  add('hr.cycleDeadlines', counts.hr_cycles, counts.hr_cycles_due);
  add('hr.calibrationToPrepare', counts.hr_calibration);
  return tasks;
}
