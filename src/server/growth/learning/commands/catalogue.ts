import { and, eq, inArray } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { LearningItemInput, UpdateLearningItemRequest } from '../../../../contracts/learning';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, notFound, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { competencies } from '../../paths/tables';
import { catalogueAbilities } from '../policy';
import { learningItemCompetencies, learningItems } from '../tables';

type ParsedInput = Required<Omit<LearningItemInput, 'url'>> & { url: string | null };

/** Competency links must name competencies of the caller's organisation. */
async function linkCompetencies(tx: Db, organizationId: string, itemId: string, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length > 0) {
    const found = await tx
      .select({ id: competencies.id })
      .from(competencies)
      .where(and(eq(competencies.organizationId, organizationId), inArray(competencies.id, unique)));
    if (found.length !== unique.length)
      throw validationFailed({ competencyIds: issue('chooseLibraryCompetencies') });
  }
  await tx.delete(learningItemCompetencies).where(eq(learningItemCompetencies.itemId, itemId));
  if (unique.length > 0) {
    await tx
      .insert(learningItemCompetencies)
      .values(unique.map((competencyId) => ({ itemId, competencyId })));
  }
}

/** HR adds an item to the catalogue. */
export function createLearningItem(db: Db, actor: Actor, input: ParsedInput): Promise<string> {
  if (!catalogueAbilities(actor).manage) throw forbidden();
  return inTransaction(db, async (tx) => {
    const [row] = await tx
      .insert(learningItems)
      .values({
        organizationId: actor.organizationId,
        title: input.title,
        description: input.description,
        kind: input.kind,
        url: input.url,
        provider: input.provider,
        durationMinutes: input.durationMinutes,
        skills: input.skills,
      })
      .returning({ id: learningItems.id });
    await linkCompetencies(tx, actor.organizationId, row!.id, input.competencyIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.item_created',
      targetType: 'learning_item',
      targetId: row!.id,
      after: { title: input.title, kind: input.kind },
    });
    return row!.id;
  });
}

/** HR edits or retires an item; retired items leave the catalogue but keep their enrolments. */
export function updateLearningItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: ParsedInput & Pick<Required<UpdateLearningItemRequest>, 'status' | 'version'>,
): Promise<void> {
  if (!catalogueAbilities(actor).manage) throw forbidden();
  return inTransaction(db, async (tx) => {
    const [current] = await tx
      .select()
      .from(learningItems)
      .where(and(eq(learningItems.organizationId, actor.organizationId), eq(learningItems.id, itemId)))
      .for('update');
    if (!current) throw notFound('Learning item');
    if (current.version !== input.version) throw versionConflict(current.version);
    await tx
      .update(learningItems)
      .set({
        title: input.title,
        description: input.description,
        kind: input.kind,
        url: input.url,
        provider: input.provider,
        durationMinutes: input.durationMinutes,
        skills: input.skills,
        status: input.status,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(learningItems.id, itemId));
    await linkCompetencies(tx, actor.organizationId, itemId, input.competencyIds);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: current.status !== input.status ? `learning.item_${input.status}` : 'learning.item_updated',
      targetType: 'learning_item',
      targetId: itemId,
      before: { title: current.title, status: current.status },
      after: { title: input.title, status: input.status },
    });
  });
}
