import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  answer,
  answerConflict,
  answersConflict,
  peerForm,
  peerRequest,
  personReviewsQuery,
  personReviewTask,
  reassignRequest,
  reopenRequest,
  reviewDetail,
  reviewSummary,
  reviewTasks,
  saveAnswerRequest,
  saveAnswersRequest,
  savedAnswers,
} from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { listGoalResultsForReview } from '../goals/readForReview';
import { reviewAccess, reviewContext } from './access';
import { reassignReviewer } from './commands/reassignReviewer';
import { reopenReviewForm } from './commands/reopenReviewForm';
import { requestPeerInput } from './commands/requestPeerInput';
import { saveReviewAnswer } from './commands/saveReviewAnswer';
import { saveReviewAnswers } from './commands/saveReviewAnswers';
import { submitReviewForm } from './commands/submitReviewForm';
import { loadOwnForm } from './formView';
import { presentReviewDetail } from './present';
import { currentReviewTask, listMyTasks, listPersonReviews } from './queries';

const reviewParams = z.object({ reviewId: uuidParam });
const formParams = z.object({ formId: uuidParam });
const answerParams = z.object({ formId: uuidParam, questionId: z.string().min(1).max(40) });
const personParams = z.object({ personId: uuidParam });

/**
 * The review as the caller may see it; a read by anyone but the subject is logged (SPEC S1.5).
 * `logged: false` for the answer to a change the guard has just logged.
 */
export async function reviewDetailFor(db: Db, actor: Actor, reviewId: string, logged = true) {
  const context = reviewContext(
    await reviewAccess.readFor(db, actor, reviewId, logged ? {} : { resource: false }),
  );
  const { review, cycle } = context;
  const asksForGoals = cycle.content.sections.some((s) => s.questions.some((q) => q.kind === 'goals'));
  const goals = asksForGoals
    ? await listGoalResultsForReview(db, {
        organizationId: actor.organizationId,
        personId: review.subjectId,
        periodStart: cycle.periodStart,
        periodEnd: cycle.periodEnd,
      })
    : [];
  return presentReviewDetail(db, actor, context, goals);
}

/** Which answers were stale and that the others were stored (the 409 of a whole-form save). */
function conflictMessage(stale: string[], savedCount: number) {
  const which =
    stale.length === 1
      ? `The answer to "${stale[0]}" was changed by someone else in the meantime and was not saved.`
      : `${stale.length} answers (${stale.map((id) => `"${id}"`).join(', ')}) were changed by someone else in the meantime and were not saved.`;
  const others =
    savedCount === 0
      ? ''
      : savedCount === 1
        ? ' The other answer was saved.'
        : ` The other ${savedCount} answers were saved.`;
  return `${which}${others} Choose which version to keep.`;
}

export const reviewRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  const tags = ['reviews'];

  app.get(
    '/api/reviews/tasks',
    { schema: { tags, summary: 'My review tasks in running cycles', response: { 200: reviewTasks } } },
    async (request) => ({ items: await listMyTasks(db, requireActor(request)) }),
  );

  app.get(
    '/api/reviews/:reviewId',
    {
      schema: {
        tags,
        summary: 'A review as the caller may see it, with abilities',
        params: reviewParams,
        response: { 200: reviewDetail },
      },
    },
    async (request) => reviewDetailFor(db, requireActor(request), request.params.reviewId),
  );

  app.post(
    '/api/reviews/:reviewId/peer-requests',
    {
      schema: {
        tags,
        summary: 'Ask a named colleague for attributed input on results (reviewer)',
        params: reviewParams,
        body: peerRequest,
        response: { 201: reviewDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await requestPeerInput({ db, actor, reviewId: request.params.reviewId, ...request.body });
      return reply.status(201).send(await reviewDetailFor(db, actor, request.params.reviewId, false));
    },
  );

  app.post(
    '/api/reviews/:reviewId/reassign',
    {
      schema: {
        tags,
        summary: 'Hand the review to another reviewer (HR), with a reason',
        params: reviewParams,
        body: reassignRequest,
        response: { 200: reviewDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await reassignReviewer({ db, actor, reviewId: request.params.reviewId, ...request.body });
      return reviewDetailFor(db, actor, request.params.reviewId, false);
    },
  );

  app.get(
    '/api/people/:personId/reviews',
    {
      schema: {
        tags,
        summary: 'A person’s reviews over the years, as the caller may see them',
        params: personParams,
        querystring: personReviewsQuery,
        response: { 200: pageOf(reviewSummary) },
      },
    },
    async (request) => {
      return listPersonReviews(db, requireActor(request), request.params.personId, request.query);
    },
  );

  app.get(
    '/api/people/:personId/review-task',
    {
      schema: {
        tags,
        summary: 'The person’s review in the running cycle, as the caller may see it',
        params: personParams,
        response: { 200: personReviewTask },
      },
    },
    async (request) => {
      return currentReviewTask(db, requireActor(request), request.params.personId);
    },
  );

  app.get(
    '/api/review-forms/:formId',
    {
      schema: {
        tags,
        summary: 'A form for its author (peer input writers work here)',
        params: formParams,
        response: { 200: peerForm },
      },
    },
    async (request) => loadOwnForm(db, requireActor(request), request.params.formId),
  );

  app.put(
    '/api/review-forms/:formId/answers',
    {
      schema: {
        tags,
        summary:
          'Autosave a form’s changed answers at once, each with the version it edited (409 names the stale ones; the others are stored)',
        params: formParams,
        body: saveAnswersRequest,
        response: { 200: savedAnswers, 409: answersConflict },
      },
    },
    async (request, reply) => {
      const result = await saveReviewAnswers({
        db,
        actor: requireActor(request),
        formId: request.params.formId,
        answers: request.body.answers,
      });
      if (result.conflicts.length === 0) return { answers: result.saved };
      const [first] = result.conflicts;
      return reply.status(409).send({
        error: {
          code: 'version_conflict' as const,
          message: conflictMessage(
            result.conflicts.map((c) => c.questionId),
            result.saved.length,
          ),
          currentVersion: first!.current.version,
          conflicts: result.conflicts.map((c) => ({
            questionId: c.questionId,
            currentVersion: c.current.version,
          })),
        },
        saved: result.saved,
        conflicts: result.conflicts,
      });
    },
  );

  app.put(
    '/api/review-forms/:formId/answers/:questionId',
    {
      schema: {
        tags,
        summary: 'Autosave one answer; carries the version it edited (409 with the stored answer when stale)',
        params: answerParams,
        body: saveAnswerRequest,
        response: { 200: answer, 409: answerConflict },
      },
    },
    async (request, reply) => {
      const result = await saveReviewAnswer({
        db,
        actor: requireActor(request),
        formId: request.params.formId,
        questionId: request.params.questionId,
        body: request.body,
      });
      if (result.saved) return result.answer;
      return reply.status(409).send({
        error: {
          code: 'version_conflict' as const,
          message: 'Someone else saved this answer in the meantime. Choose which version to keep.',
          currentVersion: result.current.version,
        },
        current: result.current,
      });
    },
  );

  app.post(
    '/api/review-forms/:formId/submit',
    {
      schema: {
        tags,
        summary: 'Submit a form; it is locked afterwards',
        params: formParams,
        response: { 200: peerForm },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await submitReviewForm({ db, actor, formId: request.params.formId });
      return loadOwnForm(db, actor, request.params.formId);
    },
  );

  app.post(
    '/api/review-forms/:formId/reopen',
    {
      schema: {
        tags,
        summary: 'Reopen a submitted form with a written reason (HR), before calibration',
        params: formParams,
        body: reopenRequest,
        response: { 200: reviewDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const reviewId = await reopenReviewForm({
        db,
        actor,
        formId: request.params.formId,
        reason: request.body.reason,
      });
      return reviewDetailFor(db, actor, reviewId);
    },
  );
};
