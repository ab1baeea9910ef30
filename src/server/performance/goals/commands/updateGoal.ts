import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { updateGoalRequest } from '../../../../contracts/goals';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { goalAccess } from '../access';
import { goals, keyResults } from '../tables';
import { assertParent, assertPeriod, goalProgress } from './goalRules';

type Input = z.output<typeof updateGoalRequest>;

/**
 * Edits a goal and replaces its key results: results sent with an id are updated (keeping their
 * current value unless one is given), new ones are added, missing ones are removed. Version-checked.
 */
export async function updateGoal(db: Db, actor: Actor, goalId: string, input: Input) {
  return inTransaction(db, async (tx) => {
    const { goal } = (await goalAccess.lockFor(tx, actor, goalId, 'edit', input.version)).row;
    assertPeriod(input);
    if (input.parentId && input.parentId === goal.id)
      throw validationFailed({ parentId: issue('goalAlignSelf') });
    if (input.parentId !== goal.parentId)
      await assertParent(tx, actor, { parentId: input.parentId, level: goal.level });
    const existing = await tx.select().from(keyResults).where(eq(keyResults.goalId, goal.id));
    const byId = new Map(existing.map((kr) => [kr.id, kr]));
    const unknown = input.keyResults.findIndex((kr) => kr.id && !byId.has(kr.id));
    if (unknown >= 0) throw validationFailed({ [`keyResults.${unknown}.id`]: issue('keyResultForeign') });

    const next = input.keyResults.map((kr, position) => {
      const previous = kr.id ? byId.get(kr.id) : undefined;
      return {
        id: kr.id,
        position,
        title: kr.title,
        kind: kr.kind,
        currency: kr.kind === 'currency' ? (kr.currency ?? null) : null,
        startValue: kr.startValue,
        targetValue: kr.targetValue,
        currentValue: kr.currentValue ?? previous?.currentValue ?? kr.startValue,
      };
    });
    const keptIds = next.flatMap((kr) => (kr.id ? [kr.id] : []));
    await tx
      .delete(keyResults)
      .where(
        keptIds.length > 0
          ? and(eq(keyResults.goalId, goal.id), notInArray(keyResults.id, keptIds))
          : eq(keyResults.goalId, goal.id),
      );
    for (const kr of next.filter((kr) => kr.id)) {
      const { id, ...values } = kr;
      await tx
        .update(keyResults)
        .set(values)
        .where(inArray(keyResults.id, [id!]));
    }
    const added = next.filter((kr) => !kr.id).map(({ id: _none, ...kr }) => kr);
    if (added.length > 0) {
      await tx
        .insert(keyResults)
        .values(added.map((kr) => ({ ...kr, organizationId: actor.organizationId, goalId: goal.id })));
    }
    const before = {
      title: goal.title,
      status: goal.status,
      visibility: goal.visibility,
      parentId: goal.parentId,
    };
    const after = {
      title: input.title,
      status: input.status,
      visibility: input.visibility,
      parentId: input.parentId ?? null,
    };
    await tx
      .update(goals)
      .set({
        title: input.title,
        description: input.description,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        visibility: goal.level === 'company' ? 'public' : input.visibility,
        parentId: input.parentId ?? null,
        status: input.status,
        progress: goalProgress(next),
        version: sql`${goals.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(goals.id, goal.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'goal.updated',
      targetType: 'goal',
      targetId: goal.id,
      before,
      after: { ...after, keyResults: next.length },
    });
  });
}
