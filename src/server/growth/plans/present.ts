import type { PersonPlanProgress, PlanDetail, PlanSummary } from '../../../contracts/plans';
import { findLinkableObjectives } from '../../performance/readApi';
import type { Db } from '../../platform/db/client';
import { findLearningItems } from '../learning/queries';
import type { PlanPolicy } from './policy';
import { type PlanRow, peopleRefs, planContents, planStats, progressOf } from './queries';

const unknownPerson = (id: string) => ({ id, displayName: '', jobTitle: '' });
const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Plan cards for lists: progress and counts, no goals, actions or notes. */
export async function presentPlanSummaries(
  db: Db,
  organizationId: string,
  rows: PlanRow[],
): Promise<PlanSummary[]> {
  const [stats, refs] = await Promise.all([
    planStats(
      db,
      rows.map((r) => r.id),
    ),
    peopleRefs(
      db,
      organizationId,
      rows.map((r) => r.ownerId),
    ),
  ]);
  return rows.map((row) => {
    const stat = stats.get(row.id);
    return {
      id: row.id,
      title: row.title,
      status: row.status,
      owner: refs.get(row.ownerId) ?? unknownPerson(row.ownerId),
      shared: row.sharedWithId !== null,
      sharedAt: iso(row.sharedAt),
      seededFromLabel: row.seededFromLabel,
      progress: {
        actionsTotal: stat?.actionsTotal ?? 0,
        actionsDone: stat?.actionsDone ?? 0,
        openActions: stat?.openActions ?? 0,
        percent: stat?.percent ?? 0,
      },
      goalCount: stat?.goalCount ?? 0,
      lastActivityAt: row.lastActivityAt.toISOString(),
      version: row.version,
    };
  });
}

/**
 * The whole plan for someone the policy lets read it. Linked objectives are resolved for the
 * owner (what the owner may link), so a manager reading a shared plan sees the same "benefits
 * both" badge the owner sees, and nothing of the goals module beyond the objective's title.
 */
export async function presentPlanDetail(db: Db, row: PlanRow, policy: PlanPolicy): Promise<PlanDetail> {
  const [summary] = await presentPlanSummaries(db, row.organizationId, [row]);
  const { goals, actions, updates } = await planContents(db, row.id);
  const [objectives, learning, authors] = await Promise.all([
    findLinkableObjectives(db, {
      organizationId: row.organizationId,
      personId: row.ownerId,
      ids: goals.flatMap((g) => (g.businessGoalId ? [g.businessGoalId] : [])),
    }),
    findLearningItems(
      db,
      row.organizationId,
      actions.flatMap((a) => (a.learningItemId ? [a.learningItemId] : [])),
    ),
    peopleRefs(
      db,
      row.organizationId,
      updates.map((u) => u.authorId),
    ),
  ]);
  const objectiveById = new Map(objectives.map((o) => [o.id, o]));
  const learningById = new Map(learning.map((l) => [l.id, l]));
  return {
    ...summary!,
    origin: row.origin,
    createdAt: row.createdAt.toISOString(),
    abilities: { edit: policy.edit, share: policy.share, revoke: policy.revoke },
    goals: goals.map((goal) => ({
      id: goal.id,
      title: goal.title,
      description: goal.description,
      targetDate: goal.targetDate,
      status: goal.status,
      businessObjective: goal.businessGoalId ? (objectiveById.get(goal.businessGoalId) ?? null) : null,
      seededFromReview: goal.seededFromReview,
      version: goal.version,
      actions: actions
        .filter((action) => action.goalId === goal.id)
        .map((action) => ({
          id: action.id,
          goalId: action.goalId,
          kind: action.kind,
          title: action.title,
          startDate: action.startDate,
          dueDate: action.dueDate,
          status: action.status,
          evidenceText: action.evidenceText,
          evidenceUrl: action.evidenceUrl,
          learningItem: action.learningItemId ? (learningById.get(action.learningItemId) ?? null) : null,
          completedAt: iso(action.completedAt),
          version: action.version,
        })),
    })),
    updates: updates.map((update) => ({
      id: update.id,
      goalId: update.goalId,
      author: update.authorId ? (authors.get(update.authorId) ?? null) : null,
      note: update.note,
      progressPercent: update.progressPercent,
      createdAt: update.createdAt.toISOString(),
    })),
  };
}

/** For the "Next" panel: progress and the next open action of each plan the caller may see. */
export async function presentPersonProgress(db: Db, rows: PlanRow[]): Promise<PersonPlanProgress[]> {
  const result: PersonPlanProgress[] = [];
  for (const row of rows) {
    const { actions } = await planContents(db, row.id);
    const open = actions
      .filter((a) => a.status === 'planned' || a.status === 'in_progress')
      .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
    result.push({
      id: row.id,
      title: row.title,
      status: row.status,
      shared: row.sharedWithId !== null,
      progress: progressOf(actions),
      nextAction: open[0] ? { title: open[0].title, dueDate: open[0].dueDate } : null,
    });
  }
  return result;
}
