import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { performanceAreaRequest } from '../../../../contracts/goals';
import { issue } from '../../../../contracts/issues';
import { jobTitles, levels } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { performanceAreaAccess } from '../access';
import { performanceAreas } from '../tables';

type AreaInput = z.output<typeof performanceAreaRequest>;

async function normalise(tx: Db, actor: Actor, input: AreaInput) {
  if (input.jobTitleId) {
    const [found] = await tx
      .select({ id: jobTitles.id })
      .from(jobTitles)
      .where(and(eq(jobTitles.id, input.jobTitleId), eq(jobTitles.organizationId, actor.organizationId)));
    if (!found) throw validationFailed({ jobTitleId: issue('jobTitleForeign') });
  }
  if (input.levelId) {
    const [found] = await tx
      .select({ id: levels.id })
      .from(levels)
      .where(and(eq(levels.id, input.levelId), eq(levels.organizationId, actor.organizationId)));
    if (!found) throw validationFailed({ levelId: issue('levelForeign') });
  }
  return {
    name: input.name,
    description: input.description,
    jobTitleId: input.jobTitleId ?? null,
    levelId: input.jobTitleId ? null : (input.levelId ?? null),
    kpis: input.kpis.map((kpi) => ({
      id: kpi.id ?? randomUUID(),
      name: kpi.name,
      target: kpi.target,
      unit: kpi.unit,
    })),
  };
}

const audit = (tx: Db, actor: Actor, action: string, targetId: string, after: unknown) =>
  recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action,
    targetType: 'performance_area',
    targetId,
    after,
  });

export async function createPerformanceArea(db: Db, actor: Actor, input: AreaInput) {
  return inTransaction(db, async (tx) => {
    const values = await normalise(tx, actor, input);
    const [created] = await tx
      .insert(performanceAreas)
      .values({ organizationId: actor.organizationId, ...values })
      .returning({ id: performanceAreas.id });
    await audit(tx, actor, 'performance_area.created', created!.id, { name: values.name });
    return { areaId: created!.id };
  });
}

const lockArea = async (tx: Db, actor: Actor, areaId: string, version: number) =>
  (await performanceAreaAccess.lockFor(tx, actor, areaId, 'manage', version)).row;

export async function updatePerformanceArea(
  db: Db,
  actor: Actor,
  areaId: string,
  input: AreaInput & { version: number },
) {
  return inTransaction(db, async (tx) => {
    await lockArea(tx, actor, areaId, input.version);
    const values = await normalise(tx, actor, input);
    await tx
      .update(performanceAreas)
      .set({ ...values, version: sql`${performanceAreas.version} + 1`, updatedAt: new Date() })
      .where(eq(performanceAreas.id, areaId));
    await audit(tx, actor, 'performance_area.updated', areaId, { name: values.name });
  });
}

export async function deletePerformanceArea(db: Db, actor: Actor, areaId: string, version: number) {
  return inTransaction(db, async (tx) => {
    const current = await lockArea(tx, actor, areaId, version);
    await tx.delete(performanceAreas).where(eq(performanceAreas.id, areaId));
    await audit(tx, actor, 'performance_area.deleted', areaId, { name: current.name });
  });
}
