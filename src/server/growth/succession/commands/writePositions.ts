import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Issue, issue } from '../../../../contracts/issues';
import type { createKeyPositionRequest, updateKeyPositionRequest } from '../../../../contracts/succession';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { successionPlanAccess } from '../access';
import { mayCreatePositions, namesSelf } from '../policy';
import { currentPeople, departmentInOrganization, type KeyPositionRow } from '../queries';
import { keyPositionReviewers, keyPositions, successionCandidates } from '../tables';

/**
 * The audit trail keeps the shape of a change — ids, levels, dates — never the free text (the
 * reason for a vacancy risk is talent data, and the trail has other readers).
 */
const auditShape = (
  row: Pick<
    KeyPositionRow,
    'departmentId' | 'incumbentId' | 'criticality' | 'vacancyRisk' | 'expectedVacancyOn'
  >,
  reviewerIds?: string[],
) => ({
  departmentId: row.departmentId,
  incumbentId: row.incumbentId,
  criticality: row.criticality,
  vacancyRisk: row.vacancyRisk,
  expectedVacancyOn: row.expectedVacancyOn,
  ...(reviewerIds ? { reviewerIds: [...reviewerIds].sort() } : {}),
});

interface Roster {
  departmentId: string | null;
  incumbentId: string | null;
  reviewerIds: string[];
  successorIds: string[];
}

/** Field errors of a position's people and department, or none. */
async function checkRoster(
  tx: Db,
  actor: Actor,
  roster: Roster,
  changed: Partial<Record<keyof Roster, boolean>>,
) {
  const issues: Record<string, Issue> = {};
  const known = await currentPeople(tx, actor.organizationId, [
    ...(roster.incumbentId ? [roster.incumbentId] : []),
    ...roster.reviewerIds,
  ]);
  if (changed.departmentId && roster.departmentId)
    if (!(await departmentInOrganization(tx, actor.organizationId, roster.departmentId)))
      issues.departmentId = issue('departmentForeign');
  const incumbent = roster.incumbentId;
  if (changed.incumbentId && incumbent) {
    if (!known.has(incumbent)) issues.incumbentId = issue('personForeign');
    else if (namesSelf(actor, incumbent)) issues.incumbentId = issue('ownSuccessionPlan');
    else if (roster.successorIds.includes(incumbent)) issues.incumbentId = issue('successorIsIncumbent');
    else if (roster.reviewerIds.includes(incumbent)) issues.incumbentId = issue('reviewerOnPlan');
  }
  if (changed.reviewerIds)
    roster.reviewerIds.forEach((id, index) => {
      const field = `reviewerIds.${index}`;
      if (!known.has(id)) issues[field] = issue('personForeign');
      else if (id === incumbent || roster.successorIds.includes(id)) issues[field] = issue('reviewerOnPlan');
    });
  if (Object.keys(issues).length) throw validationFailed(issues);
}

async function setReviewers(tx: Db, organizationId: string, positionId: string, reviewerIds: string[]) {
  await tx.delete(keyPositionReviewers).where(eq(keyPositionReviewers.positionId, positionId));
  if (reviewerIds.length)
    await tx
      .insert(keyPositionReviewers)
      .values(reviewerIds.map((personId) => ({ organizationId, positionId, personId })));
}

export async function createKeyPosition(
  db: Db,
  actor: Actor,
  input: z.output<typeof createKeyPositionRequest>,
): Promise<string> {
  if (!mayCreatePositions(actor)) throw forbidden();
  const reviewerIds = [...new Set(input.reviewerIds)];
  return inTransaction(db, async (tx) => {
    await checkRoster(
      tx,
      actor,
      { departmentId: input.departmentId, incumbentId: input.incumbentId, reviewerIds, successorIds: [] },
      { departmentId: true, incumbentId: true, reviewerIds: true },
    );
    const values = {
      organizationId: actor.organizationId,
      title: input.title,
      departmentId: input.departmentId,
      incumbentId: input.incumbentId,
      criticality: input.criticality,
      vacancyRisk: input.vacancyRisk,
      vacancyReason: input.vacancyReason,
      expectedVacancyOn: input.expectedVacancyOn,
    };
    const [row] = await tx.insert(keyPositions).values(values).returning({ id: keyPositions.id });
    await setReviewers(tx, actor.organizationId, row!.id, reviewerIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'key_position.created',
      targetType: 'key_position',
      targetId: row!.id,
      after: auditShape(values, reviewerIds),
    });
    return row!.id;
  });
}

export async function updateKeyPosition(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateKeyPositionRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row, policy } = await successionPlanAccess.lockFor(tx, actor, id, 'edit', input.version);
    if (input.reviewerIds !== undefined && !policy.designateReviewers) throw forbidden();
    const [currentReviewers, slate] = await Promise.all([
      tx
        .select({ id: keyPositionReviewers.personId })
        .from(keyPositionReviewers)
        .where(eq(keyPositionReviewers.positionId, row.id)),
      tx
        .select({ id: successionCandidates.personId })
        .from(successionCandidates)
        .where(and(eq(successionCandidates.positionId, row.id))),
    ]);
    const before = currentReviewers.map((r) => r.id);
    const reviewerIds = input.reviewerIds ? [...new Set(input.reviewerIds)] : before;
    const next = {
      title: input.title ?? row.title,
      departmentId: input.departmentId === undefined ? row.departmentId : input.departmentId,
      incumbentId: input.incumbentId === undefined ? row.incumbentId : input.incumbentId,
      criticality: input.criticality ?? row.criticality,
      vacancyRisk: input.vacancyRisk ?? row.vacancyRisk,
      vacancyReason: input.vacancyReason ?? row.vacancyReason,
      expectedVacancyOn:
        input.expectedVacancyOn === undefined ? row.expectedVacancyOn : input.expectedVacancyOn,
    };
    await checkRoster(
      tx,
      actor,
      { ...next, reviewerIds, successorIds: slate.map((s) => s.id) },
      {
        departmentId: next.departmentId !== row.departmentId,
        incumbentId: next.incumbentId !== row.incumbentId,
        reviewerIds: input.reviewerIds !== undefined,
      },
    );
    await tx
      .update(keyPositions)
      .set({ ...next, version: row.version + 1, updatedAt: new Date() })
      .where(eq(keyPositions.id, row.id));
    if (input.reviewerIds !== undefined) await setReviewers(tx, actor.organizationId, row.id, reviewerIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'key_position.updated',
      targetType: 'key_position',
      targetId: row.id,
      before: auditShape(row, before),
      after: auditShape(next, reviewerIds),
    });
  });
}

export async function removeKeyPosition(db: Db, actor: Actor, id: string) {
  await inTransaction(db, async (tx) => {
    const { row } = await successionPlanAccess.lockFor(tx, actor, id, 'remove');
    await tx.delete(keyPositions).where(eq(keyPositions.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'key_position.removed',
      targetType: 'key_position',
      targetId: row.id,
      before: auditShape(row),
    });
  });
}
