import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { careerPathAccess } from '../access';
import { getScale } from '../queries';
import { type AssessmentAuthor, competencies, competencyAssessments } from '../tables';

interface AssessmentInput {
  assessedLevel: number;
  assessmentEvidence: string;
  version: number | null;
  sharedWithManager?: boolean;
}

/**
 * Saves the self or the manager's assessment of one competency. First saves insert (a concurrent
 * first save loses with version_conflict); later saves are `UPDATE … WHERE version = $seen`.
 * The audit event records that an assessment changed, never its level or evidence.
 */
async function saveAssessment(
  db: Db,
  actor: Actor,
  personId: string,
  competencyId: string,
  author: AssessmentAuthor,
  input: AssessmentInput,
): Promise<void> {
  await inTransaction(db, async (tx) => {
    await careerPathAccess.lockFor(tx, actor, personId, author === 'self' ? 'selfAssess' : 'managerAssess');
    const [competency] = await tx
      .select({ id: competencies.id, status: competencies.status })
      .from(competencies)
      .where(and(eq(competencies.organizationId, actor.organizationId), eq(competencies.id, competencyId)));
    if (!competency) throw notFound('Competency');
    if (competency.status === 'retired') throw new AppError('invalid_state', issue('competencyRetired'));
    const scale = await getScale(tx, actor.organizationId);
    if (input.assessedLevel > scale.levelNames.length) {
      throw validationFailed({ assessedLevel: issue('levelOutOfRange', { max: scale.levelNames.length }) });
    }
    const values = {
      assessedLevel: input.assessedLevel,
      evidence: input.assessmentEvidence,
      authorPersonId: actor.personId,
      ...(author === 'self' ? { sharedWithManager: input.sharedWithManager ?? false } : {}),
    };
    const key = and(
      eq(competencyAssessments.personId, personId),
      eq(competencyAssessments.competencyId, competencyId),
      eq(competencyAssessments.author, author),
    );
    let id: string;
    if (input.version === null) {
      const [row] = await tx
        .insert(competencyAssessments)
        .values({ organizationId: actor.organizationId, personId, competencyId, author, ...values })
        .onConflictDoNothing()
        .returning({ id: competencyAssessments.id });
      if (!row) {
        const [existing] = await tx
          .select({ version: competencyAssessments.version })
          .from(competencyAssessments)
          .where(key);
        throw versionConflict(existing?.version ?? 1);
      }
      id = row.id;
    } else {
      const [current] = await tx.select().from(competencyAssessments).where(key).for('update');
      if (!current) throw versionConflict(0);
      if (current.version !== input.version) throw versionConflict(current.version);
      await tx
        .update(competencyAssessments)
        .set({ ...values, version: current.version + 1, updatedAt: new Date() })
        .where(eq(competencyAssessments.id, current.id));
      id = current.id;
    }
    if (author === 'manager') {
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: personId,
          kind: 'paths.manager_assessment',
          params: {},
          link: '/growth/paths',
        },
      ]);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: author === 'self' ? 'paths.self_assessed' : 'paths.manager_assessed',
      targetType: 'competency_assessment',
      targetId: id,
    });
  });
}

export const saveSelfAssessment = (
  db: Db,
  actor: Actor,
  personId: string,
  competencyId: string,
  input: AssessmentInput & { sharedWithManager: boolean },
) => saveAssessment(db, actor, personId, competencyId, 'self', input);

export const saveManagerAssessment = (
  db: Db,
  actor: Actor,
  personId: string,
  competencyId: string,
  input: AssessmentInput,
) => saveAssessment(db, actor, personId, competencyId, 'manager', { ...input, sharedWithManager: undefined });

/** The person shares (or stops sharing) all their self-assessments with their manager at once. */
export async function shareAllSelfAssessments(
  db: Db,
  actor: Actor,
  personId: string,
  sharedWithManager: boolean,
): Promise<number> {
  return inTransaction(db, async (tx) => {
    await careerPathAccess.lockFor(tx, actor, personId, 'selfAssess');
    const rows = await tx
      .select({ id: competencyAssessments.id, version: competencyAssessments.version })
      .from(competencyAssessments)
      .where(
        and(
          eq(competencyAssessments.personId, personId),
          eq(competencyAssessments.author, 'self'),
          eq(competencyAssessments.sharedWithManager, !sharedWithManager),
        ),
      )
      .for('update');
    for (const row of rows) {
      await tx
        .update(competencyAssessments)
        .set({ sharedWithManager, version: row.version + 1, updatedAt: new Date() })
        .where(eq(competencyAssessments.id, row.id));
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: sharedWithManager ? 'paths.self_assessments_shared' : 'paths.self_assessments_unshared',
      targetType: 'career_path',
      targetId: personId,
      after: { count: rows.length },
    });
    return rows.length;
  });
}
