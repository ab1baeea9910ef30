import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type { createSurveyRequest, SurveyAudience, updateSurveyRequest } from '../../../../contracts/surveys';
import { departments } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { hasRole } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, validationFailed } from '../../../platform/errors/appError';
import { surveyAccess } from '../access';
import { roundCountOf, surveyHasResponses } from '../queries';
import { engagementSurveyQuestions, engagementSurveys } from '../tables';

type QuestionInput = z.output<typeof createSurveyRequest>['questions'][number];

async function checkAudience(tx: Db, organizationId: string, audience: SurveyAudience) {
  if (audience.kind !== 'departments') return;
  const found = await tx
    .select({ id: departments.id })
    .from(departments)
    .where(
      and(eq(departments.organizationId, organizationId), inArray(departments.id, audience.departmentIds)),
    );
  if (found.length !== new Set(audience.departmentIds).size)
    throw validationFailed({ 'audience.departmentIds': issue('departmentForeign') });
}

async function writeQuestions(tx: Db, surveyId: string, questions: QuestionInput[]) {
  await tx.delete(engagementSurveyQuestions).where(eq(engagementSurveyQuestions.surveyId, surveyId));
  await tx.insert(engagementSurveyQuestions).values(
    questions.map((q, position) => ({
      surveyId,
      kind: q.kind,
      driver: q.kind === 'likert' ? q.driver : null,
      prompt: q.prompt,
      position,
    })),
  );
}

/** What the audit trail keeps of a survey: its rules, never anything anyone answered. */
const auditShape = (row: {
  name: string;
  anonymityThreshold: number;
  commentThreshold: number;
  schedule: string;
  ended: boolean;
}) => ({
  name: row.name,
  anonymityThreshold: row.anonymityThreshold,
  commentThreshold: row.commentThreshold,
  schedule: row.schedule,
  ended: row.ended,
});

export async function createSurvey(
  db: Db,
  options: { actor: Actor; input: z.output<typeof createSurveyRequest>; today: string },
): Promise<string> {
  const { actor, input, today } = options;
  if (!hasRole(actor, 'hr_admin')) throw forbidden();
  return inTransaction(db, async (tx) => {
    await checkAudience(tx, actor.organizationId, input.audience);
    const values = {
      organizationId: actor.organizationId,
      name: input.name,
      audienceKind: input.audience.kind,
      audienceDepartmentIds: input.audience.kind === 'departments' ? input.audience.departmentIds : [],
      anonymityThreshold: input.anonymity.threshold,
      commentThreshold: input.anonymity.commentThreshold,
      schedule: input.schedule,
      driversPerRound: input.driversPerRound,
      openDays: input.openDays,
      // A recurring pulse's first round goes out with the next run of the pulse job.
      nextRoundOn: input.schedule === 'one_off' ? null : today,
      ended: false,
    };
    const [row] = await tx.insert(engagementSurveys).values(values).returning({ id: engagementSurveys.id });
    await writeQuestions(tx, row!.id, input.questions);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'survey.created',
      targetType: 'engagement_survey',
      targetId: row!.id,
      after: auditShape(values),
    });
    return row!.id;
  });
}

/**
 * Changes a survey. The anonymity rules are locked once the first response exists (SPEC S1.3,
 * anchors §7: a threshold changed after answers arrived would re-cut groups people answered in):
 * any `anonymity` in the request then answers 409 `threshold_locked`, even with the same numbers,
 * so a client never learns whether a given cut would have passed. The survey row is locked for the
 * check; a response takes a share lock on it, so the two cannot cross.
 */
export async function updateSurvey(
  db: Db,
  options: { actor: Actor; surveyId: string; input: z.output<typeof updateSurveyRequest>; today: string },
): Promise<void> {
  const { actor, surveyId, input, today } = options;
  await inTransaction(db, async (tx) => {
    const { row } = await surveyAccess.lockFor(tx, actor, surveyId, 'edit', input.version);
    if (input.anonymity && (await surveyHasResponses(tx, row.id)))
      throw new AppError('threshold_locked', issue('surveyRulesLocked'));
    if (input.questions && (await roundCountOf(tx, row.id)) > 0)
      throw new AppError('invalid_state', issue('surveyQuestionsLaunched'));
    if (input.audience) await checkAudience(tx, actor.organizationId, input.audience);
    const schedule = input.schedule ?? row.schedule;
    const ended = input.ended ?? row.ended;
    const next = {
      name: input.name ?? row.name,
      anonymityThreshold: input.anonymity?.threshold ?? row.anonymityThreshold,
      commentThreshold: input.anonymity?.commentThreshold ?? row.commentThreshold,
      schedule,
      ended,
    };
    await tx
      .update(engagementSurveys)
      .set({
        ...next,
        ...(input.audience
          ? {
              audienceKind: input.audience.kind,
              audienceDepartmentIds:
                input.audience.kind === 'departments' ? input.audience.departmentIds : [],
            }
          : {}),
        driversPerRound: input.driversPerRound === undefined ? row.driversPerRound : input.driversPerRound,
        openDays: input.openDays ?? row.openDays,
        // A pulse made recurring (or resumed) gets its next round with the next run of the job.
        nextRoundOn: ended || schedule === 'one_off' ? null : (row.nextRoundOn ?? today),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(engagementSurveys.id, row.id));
    if (input.questions) await writeQuestions(tx, row.id, input.questions);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'survey.updated',
      targetType: 'engagement_survey',
      targetId: row.id,
      before: auditShape(row),
      after: auditShape(next),
    });
  });
}
