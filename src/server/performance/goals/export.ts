import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { ExportContext, PersonalDataExporter } from '../../platform/export/types';
import { goalAccess, personGoalsAccess } from './access';
import { goalReach } from './policy';
import { presentCheckIn, presentGoalDetail } from './present';
import { findGoal, keyResultsOf, listCheckIns, listPersonGoals } from './queries';

async function parentIsVisible(db: Db, actor: Actor, parentId: string | null) {
  if (!parentId) return false;
  const parent = await findGoal(db, actor.organizationId, parentId);
  return parent !== null && (await goalAccess.policyFor(db, actor, parent)).policy.read;
}

const ALL = 10_000;

/** The person's own goals with key results, and every check-in on them, as their goal pages show them. */
export const goalsExporter: PersonalDataExporter = {
  kind: 'goals',
  async collect({ db, subject }: ExportContext) {
    const personId = subject.personId ?? '';
    await personGoalsAccess.reachFor(db, subject, personId);
    const { rows } = await listPersonGoals(db, subject, goalReach(subject), {
      personId,
      current: false,
      today: await actorToday(db, subject),
      page: 1,
      pageSize: ALL,
    });
    const goals = [];
    const checkIns = [];
    for (const summary of rows) {
      const { row } = await goalAccess.readFor(db, subject, summary.id, { resource: false });
      const krs = await keyResultsOf(db, summary.id);
      // As on the goal page: a parent the person may not read is not named on their goal.
      const parentVisible = await parentIsVisible(db, subject, row.goal.parentId);
      const {
        abilities: _a,
        version: _v,
        childCount: _c,
        ...goal
      } = presentGoalDetail(
        parentVisible ? row : { ...row, parentTitle: null },
        krs,
        { edit: false, checkIn: false, addChild: false },
        0,
      );
      goals.push(goal);
      const history = await listCheckIns(db, summary.id, 1, ALL);
      checkIns.push(
        ...history.rows.map((checkIn) => ({
          goal: { id: goal.id, title: goal.title },
          ...presentCheckIn(checkIn),
        })),
      );
    }
    return {
      visible: [
        { name: 'goals.json', title: 'Goals', dataClass: 'performance', records: goals },
        { name: 'check-ins.json', title: 'Goal check-ins', dataClass: 'performance', records: checkIns },
      ],
    };
  },
};
