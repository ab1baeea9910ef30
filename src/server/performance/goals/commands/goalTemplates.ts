import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { goalTemplateRequest, updateGoalTemplateRequest } from '../../../../contracts/goals';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { goalTemplateAccess } from '../access';
import { goalTemplates } from '../tables';

const normalise = (input: z.output<typeof goalTemplateRequest>) => ({
  name: input.name,
  title: input.title,
  description: input.description,
  keyResults: input.keyResults.map((kr) => ({
    title: kr.title,
    kind: kr.kind,
    currency: kr.kind === 'currency' ? (kr.currency ?? null) : null,
    startValue: kr.startValue,
    targetValue: kr.targetValue,
  })),
});

export async function createGoalTemplate(db: Db, actor: Actor, input: z.output<typeof goalTemplateRequest>) {
  return inTransaction(db, async (tx) => {
    const [created] = await tx
      .insert(goalTemplates)
      .values({ organizationId: actor.organizationId, ...normalise(input) })
      .returning({ id: goalTemplates.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'goal_template.created',
      targetType: 'goal_template',
      targetId: created!.id,
      after: { name: input.name },
    });
    return { templateId: created!.id };
  });
}

export async function updateGoalTemplate(
  db: Db,
  actor: Actor,
  templateId: string,
  input: z.output<typeof updateGoalTemplateRequest>,
) {
  return inTransaction(db, async (tx) => {
    const current = (await goalTemplateAccess.lockFor(tx, actor, templateId, 'edit', input.version)).row;
    await tx
      .update(goalTemplates)
      .set({ ...normalise(input), version: sql`${goalTemplates.version} + 1`, updatedAt: new Date() })
      .where(eq(goalTemplates.id, templateId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'goal_template.updated',
      targetType: 'goal_template',
      targetId: templateId,
      before: { name: current.name },
      after: { name: input.name },
    });
  });
}
