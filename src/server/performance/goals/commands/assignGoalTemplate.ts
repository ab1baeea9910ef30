import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { assignTemplateRequest } from '../../../../contracts/goals';
import { type AuditInput, recordAuditEvents } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { goalTemplateAccess } from '../access';
import { assignmentTargetsCte } from './assignmentTargets';
import { assertParent, assertPeriod, goalProgress } from './goalRules';

type Input = z.output<typeof assignTemplateRequest>;

/**
 * Gives every person matching the filter a personal goal copied from the template, in two
 * set-based statements (goals via INSERT … SELECT, key results via a join on the batch id), then
 * writes one summary audit event and one event per goal in a single batched append. The caller
 * confirmed `expectedCount` from the preview; if the matching set has changed since, nothing is
 * written and the answer says so.
 */
export async function assignGoalTemplate(db: Db, actor: Actor, templateId: string, input: Input) {
  return inTransaction(db, async (tx) => {
    const template = (await goalTemplateAccess.lockFor(tx, actor, templateId, 'assign')).row;
    assertPeriod(input);
    await assertParent(tx, actor, { parentId: input.parentId, level: 'personal' });
    const batchId = randomUUID();
    const duplicateCheck = { templateId, periodStart: input.periodStart, periodEnd: input.periodEnd };
    const progress = goalProgress(template.keyResults.map((kr) => ({ ...kr, currentValue: kr.startValue })));
    const created = await queryRows<{ id: string; owner_person_id: string }>(
      tx,
      sql`WITH RECURSIVE ${assignmentTargetsCte(actor, input.filter, duplicateCheck)}
      INSERT INTO goals (organization_id, level, owner_person_id, parent_id, title, description, period_start,
                         period_end, visibility, progress, template_id, assignment_batch_id, created_by_person_id)
      SELECT ${actor.organizationId}, 'personal', t.id, ${input.parentId ?? null}::uuid, ${template.title},
             ${template.description}, ${input.periodStart}::date, ${input.periodEnd}::date, ${input.visibility},
             ${progress}, ${template.id}::uuid, ${batchId}::uuid, ${actor.personId}::uuid
        FROM targets t
      RETURNING id, owner_person_id`,
    );
    if (created.length !== input.expectedCount) {
      throw new AppError(
        'invalid_state',
        `The filter now matches ${created.length} people, not the ${input.expectedCount} you confirmed. Preview again.`,
      );
    }
    if (created.length > 0 && template.keyResults.length > 0) {
      await tx.execute(sql`
        INSERT INTO goal_key_results (organization_id, goal_id, position, title, kind, currency, start_value, target_value, current_value)
        SELECT g.organization_id, g.id, (kr.ord - 1)::int, kr.value->>'title', kr.value->>'kind', kr.value->>'currency',
               (kr.value->>'startValue')::numeric, (kr.value->>'targetValue')::numeric, (kr.value->>'startValue')::numeric
          FROM goals g
         CROSS JOIN jsonb_array_elements(${JSON.stringify(template.keyResults)}::jsonb) WITH ORDINALITY AS kr(value, ord)
         WHERE g.assignment_batch_id = ${batchId}::uuid`);
    }
    const base = { organizationId: actor.organizationId, actorAccountId: actor.accountId };
    const events: AuditInput[] = [
      {
        ...base,
        action: 'goal_template.assigned',
        targetType: 'goal_template',
        targetId: template.id,
        after: {
          batchId,
          goals: created.length,
          filter: input.filter,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd,
        },
      },
      ...created.map((goal) => ({
        ...base,
        action: 'goal.assigned',
        targetType: 'goal',
        targetId: goal.id,
        after: { templateId: template.id, batchId, ownerPersonId: goal.owner_person_id },
      })),
    ];
    await recordAuditEvents(tx, actor.organizationId, events);
    return { created: created.length, batchId };
  });
}
