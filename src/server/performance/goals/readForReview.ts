import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { type CheckInStatus, type GoalStatus, goals, type KeyResultKind, keyResults } from './tables';

export interface ReviewKeyResult {
  id: string;
  title: string;
  kind: KeyResultKind;
  currency: string | null;
  startValue: number;
  targetValue: number;
  currentValue: number;
  /** 0–100 */
  progress: number;
}

export interface ReviewGoalResult {
  id: string;
  title: string;
  periodStart: string;
  periodEnd: string;
  status: GoalStatus;
  /** Status of the latest check-in, null when nobody has checked in. */
  health: CheckInStatus | null;
  /** 0–100, computed from the key results. */
  progress: number;
  keyResults: ReviewKeyResult[];
}

/** 0–100 progress of one key result from start towards target (works for falling targets too). */
export function keyResultProgress(kr: { startValue: number; targetValue: number; currentValue: number }) {
  const span = kr.targetValue - kr.startValue;
  if (span === 0) return kr.currentValue === kr.targetValue ? 100 : 0;
  const share = (kr.currentValue - kr.startValue) / span;
  return Math.round(Math.min(1, Math.max(0, share)) * 10000) / 100;
}

/**
 * A person's own goals whose period overlaps the review period, with their key results, for a
 * review form's "goal results" section. Read-only: the reviews code decides who sees the review;
 * cancelled goals are left out. Ordered by period, then title.
 */
export async function listGoalResultsForReview(
  db: Db,
  input: { organizationId: string; personId: string; periodStart: string; periodEnd: string },
): Promise<ReviewGoalResult[]> {
  const goalRows = await db
    .select({
      id: goals.id,
      title: goals.title,
      periodStart: goals.periodStart,
      periodEnd: goals.periodEnd,
      status: goals.status,
      health: goals.health,
      progress: goals.progress,
    })
    .from(goals)
    .where(
      and(
        eq(goals.organizationId, input.organizationId),
        eq(goals.ownerPersonId, input.personId),
        lte(goals.periodStart, input.periodEnd),
        gte(goals.periodEnd, input.periodStart),
        inArray(goals.status, ['active', 'completed']),
      ),
    )
    .orderBy(asc(goals.periodStart), asc(goals.title));
  if (goalRows.length === 0) return [];
  const resultRows = await db
    .select()
    .from(keyResults)
    .where(
      inArray(
        keyResults.goalId,
        goalRows.map((goal) => goal.id),
      ),
    )
    .orderBy(asc(keyResults.goalId), asc(keyResults.position));
  const byGoal = new Map<string, ReviewKeyResult[]>();
  for (const kr of resultRows) {
    const list = byGoal.get(kr.goalId) ?? [];
    list.push({
      id: kr.id,
      title: kr.title,
      kind: kr.kind,
      currency: kr.currency,
      startValue: kr.startValue,
      targetValue: kr.targetValue,
      currentValue: kr.currentValue,
      progress: keyResultProgress(kr),
    });
    byGoal.set(kr.goalId, list);
  }
  return goalRows.map((goal) => ({ ...goal, keyResults: byGoal.get(goal.id) ?? [] }));
}
