import { eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { CreatePlanRequest, UpdatePlanRequest } from '../../../../contracts/plans';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { directManagerOf, peopleRefs } from '../queries';
import { developmentPlans } from '../tables';
import { draftDevelopmentPlan } from './draftDevelopmentPlan';
import { auditPlan, lockPlanFor, suggestPlanFollowUps } from './shared';

/** A person without a person record (a service account) owns no plan. */
export function ownerOf(actor: Actor): string {
  if (!actor.personId) throw new AppError('forbidden', issue('planNeedsDirectory'));
  return actor.personId;
}

/** The employee starts a plan of their own; it is private until they share it. */
export function createPlan(db: Db, actor: Actor, input: CreatePlanRequest): Promise<string> {
  const ownerId = ownerOf(actor);
  return inTransaction(db, async (tx) => {
    const { planId } = await draftDevelopmentPlan(tx, {
      organizationId: actor.organizationId,
      ownerId,
      actorAccountId: actor.accountId,
      title: input.title,
      goals: [],
      origin: 'manual',
    });
    if ((input.status ?? 'active') === 'active') {
      await tx.update(developmentPlans).set({ status: 'active' }).where(eq(developmentPlans.id, planId));
    }
    return planId;
  });
}

/** Title and status; version-checked. Becoming active while shared suggests its open actions. */
export function updatePlan(db: Db, actor: Actor, planId: string, input: UpdatePlanRequest): Promise<void> {
  return inTransaction(db, async (tx) => {
    const onlyStatus = input.title === undefined;
    const plan = await lockPlanFor(tx, actor, planId, onlyStatus ? 'changeStatus' : 'edit', input.version);
    const [updated] = await tx
      .update(developmentPlans)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        version: sql`${developmentPlans.version} + 1`,
        lastActivityAt: sql`now()`,
        updatedAt: sql`now()`,
      })
      .where(eq(developmentPlans.id, planId))
      .returning();
    if (input.status === 'active' && plan.status !== 'active') await suggestPlanFollowUps(tx, updated!);
    await auditPlan(tx, actor, 'development_plan.updated', 'development_plan', planId, {
      status: updated!.status,
      titleChanged: input.title !== undefined && input.title !== plan.title,
    });
  });
}

/**
 * Shares the whole plan with the owner's current direct manager (S1.4: explicit, revocable). Its
 * open actions are suggested at once for the next 1:1 between the two.
 */
export function sharePlan(db: Db, actor: Actor, planId: string, version: number): Promise<number> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'share', version);
    const managerId = await directManagerOf(tx, actor.organizationId, plan.ownerId);
    if (!managerId) throw new AppError('invalid_state', issue('noManagerToShare'));
    const [updated] = await tx
      .update(developmentPlans)
      .set({
        sharedWithId: managerId,
        sharedAt: sql`now()`,
        version: sql`${developmentPlans.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(developmentPlans.id, planId))
      .returning();
    const suggested = await suggestPlanFollowUps(tx, updated!);
    // Names who shared and what kind of thing, never the plan's title or content.
    const owner = (await peopleRefs(tx, actor.organizationId, [plan.ownerId])).get(plan.ownerId);
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: managerId,
        kind: 'development_plan.shared',
        params: { name: owner?.displayName ?? null },
        link: `/growth/plans/${planId}`,
      },
    ]);
    await auditPlan(tx, actor, 'development_plan.shared', 'development_plan', planId, {
      sharedWithId: managerId,
    });
    return suggested;
  });
}

/** Takes the manager's sight of the plan away; nothing more is suggested for their 1:1s. */
export function revokePlanSharing(db: Db, actor: Actor, planId: string, version: number): Promise<void> {
  return inTransaction(db, async (tx) => {
    const plan = await lockPlanFor(tx, actor, planId, 'revoke', version);
    await tx
      .update(developmentPlans)
      .set({
        sharedWithId: null,
        sharedAt: null,
        version: sql`${developmentPlans.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(developmentPlans.id, planId));
    await auditPlan(tx, actor, 'development_plan.sharing_revoked', 'development_plan', planId, {
      previouslySharedWithId: plan.sharedWithId,
    });
  });
}
