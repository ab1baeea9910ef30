import { desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../contracts/issues';
import type {
  CycleDetail,
  CycleSummary,
  createCycleRequest,
  updateCycleRequest,
} from '../../../contracts/reviews';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { validationFailed } from '../../platform/errors/appError';
import { reviewCycleAccess } from './access';
import { cyclePolicy } from './policy';
import { findTemplate, participantCount } from './records';
import { reviewCycles } from './tables';

type CycleRow = typeof reviewCycles.$inferSelect;

export function presentCycleSummary(row: CycleRow, participantCount: number): CycleSummary {
  return {
    id: row.id,
    name: row.name,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    status: row.status,
    participantCount,
    selfReviewDue: row.selfReviewDue,
    acknowledgeDue: row.acknowledgeDue,
    launchedAt: row.launchedAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export function presentCycleDetail(
  actor: Actor,
  row: CycleRow,
  participantCount: number,
  templateName: string | null,
): CycleDetail {
  const abilities = cyclePolicy.abilities(actor, row.status);
  return {
    ...presentCycleSummary(row, participantCount),
    templateId: row.templateId,
    templateName,
    participantFilter: row.participantFilter,
    peerInputDue: row.peerInputDue,
    managerReviewDue: row.managerReviewDue,
    calibrationDue: row.calibrationDue,
    releaseDue: row.releaseDue,
    managerSeesSelfReview: row.managerSeesSelfReview,
    reminderDaysBefore: row.reminderDaysBefore,
    content: row.content,
    version: row.version,
    abilities,
  };
}

export async function listCycles(db: Db, organizationId: string, page: number, pageSize: number) {
  const where = eq(reviewCycles.organizationId, organizationId);
  const [rows, [count]] = await Promise.all([
    db
      .select({ cycle: reviewCycles, participants: participantCount })
      .from(reviewCycles)
      .where(where)
      .orderBy(desc(reviewCycles.periodEnd), desc(reviewCycles.createdAt), desc(reviewCycles.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(reviewCycles).where(where),
  ]);
  return {
    items: rows.map((r) => presentCycleSummary(r.cycle, Number(r.participants))),
    page,
    pageSize,
    total: count?.total ?? 0,
  };
}

async function usableTemplate(tx: Db, organizationId: string, templateId: string) {
  const template = await findTemplate(tx, organizationId, templateId);
  if (!template || template.archivedAt) throw validationFailed({ templateId: issue('templateNotCurrent') });
  return template;
}

export async function createReviewCycle(db: Db, actor: Actor, input: z.output<typeof createCycleRequest>) {
  return inTransaction(db, async (tx) => {
    const template = await usableTemplate(tx, actor.organizationId, input.templateId);
    const [row] = await tx
      .insert(reviewCycles)
      .values({ organizationId: actor.organizationId, ...input, content: template.content })
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_cycle.created',
      targetType: 'review_cycle',
      targetId: row!.id,
      after: { name: row!.name },
    });
    return row!;
  });
}

/** Draft cycles only: once launched, the participants and their reviews exist. */
export async function updateReviewCycle(
  db: Db,
  actor: Actor,
  cycleId: string,
  input: z.output<typeof updateCycleRequest>,
) {
  return inTransaction(db, async (tx) => {
    const before = (await reviewCycleAccess.lockFor(tx, actor, cycleId, 'update', input.version)).row.cycle;
    const template = await usableTemplate(tx, actor.organizationId, input.templateId);
    const { version: _version, ...fields } = input;
    const [row] = await tx
      .update(reviewCycles)
      .set({ ...fields, content: template.content, version: before.version + 1, updatedAt: new Date() })
      .where(eq(reviewCycles.id, cycleId))
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_cycle.updated',
      targetType: 'review_cycle',
      targetId: cycleId,
    });
    return row!;
  });
}
