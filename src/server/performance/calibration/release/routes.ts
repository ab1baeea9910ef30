import { z } from 'zod';
import {
  acknowledgeRequest,
  acknowledgmentQuery,
  acknowledgmentRow,
  acknowledgmentSummary,
  addendumRequest,
  releaseView,
} from '../../../../contracts/calibration';
import { uuidParam } from '../../../../contracts/common';
import { forbidden } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { flushNotificationEmails } from '../../../platform/notifications/notify';
import { reviewCycleAccess } from '../../reviews/access';
import { logPeopleListed } from '../access';
import { calibrationPolicy } from '../policy';
import { releaseAccess } from './access';
import { listAcknowledgments } from './acknowledgments';
import { acknowledgeReview, releaseReview, writeAddendum } from './commands';
import { presentReleaseView } from './load';

const reviewParams = z.object({ reviewId: uuidParam });
const tags = ['reviews'];

/** Release of a calibrated review, the manager's addendum, and the employee's acknowledgment. */
export const releaseRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  /**
   * The panels' view after each command: abilities recomputed, since the change alters them (the
   * guard logged the change itself).
   */
  const viewOf = async (actor: ReturnType<typeof requireActor>, reviewId: string) =>
    presentReleaseView(await releaseAccess.readFor(db, actor, reviewId, { resource: false }));

  app.get(
    '/api/reviews/:reviewId/release',
    {
      schema: {
        tags,
        summary: 'Release and acknowledgment status of a review',
        params: reviewParams,
        response: { 200: releaseView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentReleaseView(await releaseAccess.readFor(db, actor, request.params.reviewId));
    },
  );

  app.post(
    '/api/reviews/:reviewId/release',
    {
      schema: {
        tags,
        summary: 'Release a calibrated review to its subject (reviewing manager or HR)',
        params: reviewParams,
        response: { 200: releaseView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await releaseReview(db, actor, request.params.reviewId);
      // The email goes out once the release has committed; a mail failure never undoes the release.
      await flushNotificationEmails(db, deps.mailer, { organizationId: actor.organizationId }).catch(
        (error) => request.log.warn({ err: error }, 'release email not sent yet'),
      );
      return viewOf(actor, request.params.reviewId);
    },
  );

  app.put(
    '/api/reviews/:reviewId/addendum',
    {
      schema: {
        tags,
        summary: 'Write the addendum to a calibrated review (reviewing manager)',
        params: reviewParams,
        body: addendumRequest,
        response: { 200: releaseView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await writeAddendum(db, actor, request.params.reviewId, request.body);
      return viewOf(actor, request.params.reviewId);
    },
  );

  app.post(
    '/api/reviews/:reviewId/acknowledge',
    {
      schema: {
        tags,
        summary: 'Acknowledge a released review, optionally with a comment (its subject)',
        params: reviewParams,
        body: acknowledgeRequest,
        response: { 200: releaseView },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await acknowledgeReview(db, actor, request.params.reviewId, request.body);
      return viewOf(actor, request.params.reviewId);
    },
  );

  app.get(
    '/api/calibration/cycles/:cycleId/acknowledgments',
    {
      schema: {
        tags: ['calibration'],
        summary: 'Release and acknowledgment status of a cycle’s reviews (HR)',
        params: z.object({ cycleId: uuidParam }),
        querystring: acknowledgmentQuery,
        response: {
          200: z.object({
            summary: acknowledgmentSummary,
            items: z.array(acknowledgmentRow),
            page: z.number().int(),
            pageSize: z.number().int(),
            total: z.number().int(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!calibrationPolicy.acknowledgments(actor)) throw forbidden();
      const { cycle } = (await reviewCycleAccess.readFor(db, actor, request.params.cycleId)).row;
      const { page, pageSize, sessionId } = request.query;
      const result = await listAcknowledgments(db, actor.organizationId, cycle.id, {
        sessionId,
        page,
        pageSize,
      });
      await logPeopleListed(
        db,
        actor,
        result.items.map((item) => item.person.id),
        'review release status',
      );
      return { ...result, page, pageSize };
    },
  );
};
