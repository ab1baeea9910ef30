import { randomInt } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { submitResponse360 } from '../../../../contracts/feedback360';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { task360Access } from '../access';
import { questionsOf } from '../queries';
import {
  feedback360Answers,
  feedback360Comments,
  feedback360Requests,
  feedback360Responses,
  feedback360Tasks,
} from '../tables';
import { lockRequestFor, nameOf, taskLink } from './shared';

/** The rater's open task, locked together with its request (so a threshold change waits for us). */
async function lockOpenTask(tx: Db, actor: Actor, taskId: string, action: 'answer' | 'decline') {
  return (await task360Access.lockFor(tx, actor, taskId, action)).row;
}

/**
 * Stores a questionnaire with its group only. Deliberately no audit event, no notification to the
 * subject and no timestamp: each would tie a moment (and so a person) to a response (SPEC S1.3).
 * The task just becomes "done".
 */
export async function submitResponse(db: Db, actor: Actor, input: z.output<typeof submitResponse360>) {
  await inTransaction(db, async (tx) => {
    const { task, request } = await lockOpenTask(tx, actor, input.taskId, 'answer');
    const questions = await questionsOf(tx, request.id);
    const known = new Set(questions.map((q) => q.id));
    const given = new Map(input.answers.map((a) => [a.questionId, a.score]));
    if (given.size !== known.size || [...given.keys()].some((id) => !known.has(id)))
      throw validationFailed({ answers: issue('answerEveryQuestion') });
    if ([...given.values()].every((s) => s === null))
      throw validationFailed({ answers: issue('rateOneCompetency') });
    const [response] = await tx
      .insert(feedback360Responses)
      .values({ requestId: request.id, raterGroup: task.raterGroup })
      .returning({ id: feedback360Responses.id });
    await tx.insert(feedback360Answers).values(
      [...given].map(([questionId, score]) => ({
        responseId: response!.id,
        questionId,
        behaviourScore: score,
      })),
    );
    const comments = (['strengths', 'suggestions'] as const)
      .filter((kind) => input[kind] !== '')
      .map((kind) => ({
        requestId: request.id,
        raterGroup: task.raterGroup,
        kind,
        commentText: input[kind],
        shuffleKey: randomInt(0, 2 ** 31 - 1),
      }));
    if (comments.length > 0) await tx.insert(feedback360Comments).values(comments);
    await tx.update(feedback360Tasks).set({ status: 'done' }).where(eq(feedback360Tasks.id, task.id));
    if (!request.firstResponseIn)
      await tx
        .update(feedback360Requests)
        .set({ firstResponseIn: true })
        .where(eq(feedback360Requests.id, request.id));
  });
}

/** A rater may say no; like an answer, it is told to nobody. */
export async function declineTask(db: Db, actor: Actor, taskId: string) {
  await inTransaction(db, async (tx) => {
    const { task } = await lockOpenTask(tx, actor, taskId, 'decline');
    await tx.update(feedback360Tasks).set({ status: 'declined' }).where(eq(feedback360Tasks.id, task.id));
  });
}

/**
 * The subject nudges everyone who has not answered yet, without learning who that is: the call
 * answers the same whether it reached one rater or ten. Once a day at most.
 */
export async function remindRaters(db: Db, actor: Actor, requestId: string) {
  await inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'remind');
    const today = await actorToday(tx, actor);
    if (request.remindedOn === today) throw new AppError('reminder_too_soon');
    await tx
      .update(feedback360Requests)
      .set({ remindedOn: today, version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
    await remindPending(tx, request, today);
  });
}

/** In-app and email reminders to every pending rater of a 360 (not the subject's own task). */
export async function remindPending(
  tx: Db,
  request: { id: string; organizationId: string; subjectId: string; deadline: string },
  today: string,
) {
  const pending = await tx
    .update(feedback360Tasks)
    .set({ remindedOn: today })
    .where(
      and(
        eq(feedback360Tasks.requestId, request.id),
        eq(feedback360Tasks.status, 'pending'),
        ne(feedback360Tasks.raterId, request.subjectId),
      ),
    )
    .returning({ id: feedback360Tasks.id, raterId: feedback360Tasks.raterId });
  if (pending.length === 0) return 0;
  const subjectName = await nameOf(tx, request.subjectId);
  await notify(
    tx,
    pending.map((task) => ({
      organizationId: request.organizationId,
      recipientId: task.raterId,
      kind: 'feedback360.reminder' as const,
      params: { name: subjectName, due: request.deadline },
      link: taskLink(task.id),
      email: true,
    })),
  );
  return pending.length;
}
