import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type { createTeamActionRequest, updateTeamActionRequest } from '../../../../contracts/surveys';
import { departments, people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { teamActionAccess } from '../access';
import { teamActionPolicy } from '../policy';
import { engagementSurveys, engagementTeamActions } from '../tables';

async function checkOwner(tx: Db, organizationId: string, ownerId: string | null | undefined) {
  if (!ownerId) return;
  const [row] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, ownerId), eq(people.organizationId, organizationId)));
  if (!row) throw validationFailed({ ownerId: issue('personForeign') });
}

/** The audit trail keeps the action's state, not its wording. */
const auditShape = (row: { teamKind: string; status: string; dueOn: string | null }) => ({
  teamKind: row.teamKind,
  status: row.status,
  dueOn: row.dueOn,
});

/**
 * Adds an action to a team's plan: HR for any team, a manager for their own team (the team id is
 * then their own person id, and they must manage someone).
 */
export async function createTeamAction(
  db: Db,
  options: { actor: Actor; input: z.output<typeof createTeamActionRequest> },
): Promise<string> {
  const { actor, input } = options;
  if (!teamActionPolicy(actor, input).edit) throw forbidden();
  return inTransaction(db, async (tx) => {
    if (input.teamKind === 'department') {
      const [dept] = await tx
        .select({ id: departments.id })
        .from(departments)
        .where(and(eq(departments.id, input.teamId), eq(departments.organizationId, actor.organizationId)));
      if (!dept) throw validationFailed({ teamId: issue('departmentForeign') });
    } else {
      const [team] = await tx
        .select({ n: sql<number>`count(*)`.mapWith(Number) })
        .from(people)
        .where(and(eq(people.managerId, input.teamId), eq(people.organizationId, actor.organizationId)));
      if (!team?.n) throw validationFailed({ teamId: issue('chooseManagerOrReport') });
    }
    if (input.surveyId) {
      const [found] = await tx
        .select({ id: engagementSurveys.id })
        .from(engagementSurveys)
        .where(
          and(
            eq(engagementSurveys.id, input.surveyId),
            eq(engagementSurveys.organizationId, actor.organizationId),
          ),
        );
      if (!found) throw validationFailed({ surveyId: issue('valueInvalid') });
    }
    await checkOwner(tx, actor.organizationId, input.ownerId);
    const values = { organizationId: actor.organizationId, ...input, status: 'planned' as const };
    const [row] = await tx
      .insert(engagementTeamActions)
      .values(values)
      .returning({ id: engagementTeamActions.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'survey.team_action_created',
      targetType: 'engagement_team_action',
      targetId: row!.id,
      after: auditShape(values),
    });
    return row!.id;
  });
}

export async function updateTeamAction(
  db: Db,
  options: { actor: Actor; actionId: string; input: z.output<typeof updateTeamActionRequest> },
): Promise<void> {
  const { actor, actionId, input } = options;
  await inTransaction(db, async (tx) => {
    const { row } = await teamActionAccess.lockFor(tx, actor, actionId, 'edit', input.version);
    await checkOwner(tx, actor.organizationId, input.ownerId);
    const next = {
      actionTitle: input.actionTitle ?? row.actionTitle,
      driver: input.driver === undefined ? row.driver : input.driver,
      ownerId: input.ownerId === undefined ? row.ownerId : input.ownerId,
      dueOn: input.dueOn === undefined ? row.dueOn : input.dueOn,
      status: input.status ?? row.status,
    };
    await tx
      .update(engagementTeamActions)
      .set({ ...next, version: row.version + 1, updatedAt: new Date() })
      .where(eq(engagementTeamActions.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'survey.team_action_updated',
      targetType: 'engagement_team_action',
      targetId: row.id,
      before: auditShape(row),
      after: auditShape({ ...row, ...next }),
    });
  });
}
