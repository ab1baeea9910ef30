import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  createTemplateRequest,
  TemplateDetail,
  TemplateSummary,
  updateTemplateRequest,
} from '../../../contracts/reviews';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { reviewTemplateAccess } from './access';
import { reviewTemplates } from './tables';

type TemplateRow = typeof reviewTemplates.$inferSelect;

export function presentTemplateSummary(row: TemplateRow): TemplateSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    questionCount: row.content.sections.reduce((sum, section) => sum + section.questions.length, 0),
    scaleSize: row.content.ratingScale.labels.length,
    archived: row.archivedAt !== null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentTemplateDetail(row: TemplateRow): TemplateDetail {
  return { ...presentTemplateSummary(row), content: row.content };
}

export async function listTemplates(
  db: Db,
  organizationId: string,
  query: { includeArchived?: string; page: number; pageSize: number },
) {
  const where = and(
    eq(reviewTemplates.organizationId, organizationId),
    query.includeArchived === 'true' ? undefined : isNull(reviewTemplates.archivedAt),
  );
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(reviewTemplates)
      .where(where)
      .orderBy(asc(reviewTemplates.name), asc(reviewTemplates.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: sql<number>`count(*)::int` }).from(reviewTemplates).where(where),
  ]);
  return {
    items: rows.map(presentTemplateSummary),
    page: query.page,
    pageSize: query.pageSize,
    total: count?.total ?? 0,
  };
}

export async function createReviewTemplate(
  db: Db,
  actor: Actor,
  input: z.output<typeof createTemplateRequest>,
) {
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(reviewTemplates)
      .values({ organizationId: actor.organizationId, ...input })
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_template.created',
      targetType: 'review_template',
      targetId: row!.id,
      after: { name: row!.name, version: row!.version },
    });
    return row!;
  });
}

/**
 * Saves a new version of a template. Running cycles hold their own copy (taken at launch), so an
 * edit never changes a review that is under way.
 */
export async function updateReviewTemplate(
  db: Db,
  actor: Actor,
  templateId: string,
  input: z.output<typeof updateTemplateRequest>,
) {
  return inTransaction(db, async (tx) => {
    const before = (await reviewTemplateAccess.lockFor(tx, actor, templateId, 'edit', input.version)).row;
    const { version: _version, ...fields } = input;
    const [row] = await tx
      .update(reviewTemplates)
      .set({ ...fields, version: before.version + 1, updatedAt: new Date() })
      .where(eq(reviewTemplates.id, templateId))
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_template.updated',
      targetType: 'review_template',
      targetId: templateId,
      before: { name: before.name, version: before.version },
      after: { name: row!.name, version: row!.version },
    });
    return row!;
  });
}

/** Archived templates leave the pick list; cycles that used them keep their copy. */
export async function archiveReviewTemplate(db: Db, actor: Actor, templateId: string, version: number) {
  return inTransaction(db, async (tx) => {
    const before = (await reviewTemplateAccess.lockFor(tx, actor, templateId, 'archive', version)).row;
    const [row] = await tx
      .update(reviewTemplates)
      .set({
        archivedAt: before.archivedAt ?? new Date(),
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(reviewTemplates.id, templateId))
      .returning();
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_template.archived',
      targetType: 'review_template',
      targetId: templateId,
    });
    return row!;
  });
}
