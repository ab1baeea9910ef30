import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { checkInRequest } from '../../../../contracts/goals';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { goalAccess } from '../access';
import { goalCheckIns, goals, keyResults } from '../tables';
import { goalProgress } from './goalRules';

type Input = z.output<typeof checkInRequest>;

/** Records a progress check-in: new current values, status and comment, kept as history. */
export async function checkInGoal(db: Db, actor: Actor, goalId: string, input: Input) {
  return inTransaction(db, async (tx) => {
    const { goal } = (await goalAccess.lockFor(tx, actor, goalId, 'checkIn', input.version)).row;
    const results = await tx.select().from(keyResults).where(eq(keyResults.goalId, goal.id));
    const byId = new Map(results.map((kr) => [kr.id, kr]));
    input.values.forEach((value, index) => {
      const kr = byId.get(value.keyResultId);
      if (!kr)
        throw validationFailed({
          [`values.${index}.keyResultId`]: issue('keyResultForeign'),
        });
      if ((kr.kind === 'boolean' || kr.kind === 'milestone') && value.value !== 0 && value.value !== 1)
        throw validationFailed({ [`values.${index}.value`]: issue('answerYesNo') });
      kr.currentValue = value.value;
    });
    for (const value of input.values) {
      await tx
        .update(keyResults)
        .set({ currentValue: value.value })
        .where(eq(keyResults.id, value.keyResultId));
    }
    const progress = goalProgress(results);
    const now = new Date();
    const [created] = await tx
      .insert(goalCheckIns)
      .values({
        organizationId: actor.organizationId,
        goalId: goal.id,
        authorPersonId: actor.personId,
        status: input.status,
        comment: input.comment,
        progress,
        values: input.values,
        checkedInAt: now,
      })
      .returning({ id: goalCheckIns.id });
    await tx
      .update(goals)
      .set({
        health: input.status,
        progress,
        lastCheckInAt: now,
        version: sql`${goals.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(goals.id, goal.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'goal.checked_in',
      targetType: 'goal',
      targetId: goal.id,
      after: { checkInId: created!.id, status: input.status, progress },
    });
    return { checkInId: created!.id };
  });
}
