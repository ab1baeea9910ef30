import type { z } from 'zod';
import type { createGoalRequest } from '../../../../contracts/goals';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden } from '../../../platform/errors/appError';
import { mayStewardGoal } from '../policy';
import { goals, keyResults } from '../tables';
import { goalRelation } from '../visibility';
import { assertOwner, assertParent, assertPeriod, goalProgress } from './goalRules';

type Input = z.output<typeof createGoalRequest>;

/** Creates a goal with its key results; the creator must be allowed to steward a goal for that owner. */
export async function createGoal(db: Db, actor: Actor, input: Input): Promise<{ goalId: string }> {
  return inTransaction(db, async (tx) => {
    assertPeriod(input);
    await assertOwner(tx, actor, input);
    const owner = {
      ownerPersonId: input.level === 'personal' ? (input.ownerPersonId ?? null) : null,
      ownerDepartmentId: input.level === 'department' ? (input.ownerDepartmentId ?? null) : null,
    };
    const relation = await goalRelation(tx, actor, owner);
    if (!mayStewardGoal(actor, input.level, relation)) throw forbidden();
    await assertParent(tx, actor, { parentId: input.parentId, level: input.level });
    const results = input.keyResults.map((kr, position) => ({
      ...kr,
      position,
      currency: kr.kind === 'currency' ? (kr.currency ?? null) : null,
      currentValue: kr.currentValue ?? kr.startValue,
    }));
    const [goal] = await tx
      .insert(goals)
      .values({
        organizationId: actor.organizationId,
        level: input.level,
        ...owner,
        parentId: input.parentId ?? null,
        title: input.title,
        description: input.description,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        // Company goals steer everyone: they are always public.
        visibility: input.level === 'company' ? 'public' : input.visibility,
        progress: goalProgress(results),
        createdByPersonId: actor.personId,
      })
      .returning({ id: goals.id });
    if (results.length > 0) {
      await tx.insert(keyResults).values(
        results.map(({ id: _ignored, ...kr }) => ({
          ...kr,
          organizationId: actor.organizationId,
          goalId: goal!.id,
        })),
      );
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'goal.created',
      targetType: 'goal',
      targetId: goal!.id,
      after: { title: input.title, level: input.level, ...owner, keyResults: results.length },
    });
    return { goalId: goal!.id };
  });
}
