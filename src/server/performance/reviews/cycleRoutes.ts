import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import { issue } from '../../../contracts/issues';
import {
  closeCycleRequest,
  createCycleRequest,
  cycleDetail,
  cycleReviewsPage,
  cycleReviewsQuery,
  cycleSummary,
  dashboard,
  launchResponse,
  overduePage,
  previewRequest,
  previewResponse,
  remindersResponse,
  updateCycleRequest,
  versionRequest,
} from '../../../contracts/reviews';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { AppError } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { flushNotificationEmails } from '../../platform/notifications/notify';
import { reviewCycleAccess } from './access';
import { closeReviewCycle } from './commands/closeReviewCycle';
import { launchReviewCycle } from './commands/launchReviewCycle';
import { createReviewCycle, listCycles, presentCycleDetail, updateReviewCycle } from './cycles';
import { cycleDashboard, overdueList } from './dashboard';
import { previewParticipants } from './participants';
import { sendCycleRemindersNow } from './reminders';
import { cycleReviewList } from './reviewList';
import { requireHr } from './templateRoutes';

const cycleParams = z.object({ cycleId: uuidParam });

export const cycleRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  const tags = ['review cycles'];
  const detail = async (dbOrTx: Db, actor: Parameters<typeof presentCycleDetail>[0], cycleId: string) => {
    const { row } = await reviewCycleAccess.readFor(dbOrTx, actor, cycleId);
    return presentCycleDetail(actor, row.cycle, row.participants, row.templateName);
  };
  /** A cycle HR reads (the route has refused every other role). */
  const cycleOf = async (actor: Parameters<typeof presentCycleDetail>[0], cycleId: string) =>
    (await reviewCycleAccess.readFor(db, actor, cycleId)).row;

  app.get(
    '/api/review-cycles',
    {
      schema: {
        tags,
        summary: 'Review cycles (HR)',
        querystring: pageQuery,
        response: { 200: pageOf(cycleSummary) },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return listCycles(db, actor.organizationId, request.query.page, request.query.pageSize);
    },
  );

  app.post(
    '/api/review-cycles',
    {
      schema: {
        tags,
        summary: 'Create a draft review cycle (HR)',
        body: createCycleRequest,
        response: { 201: cycleDetail },
      },
    },
    async (request, reply) => {
      const actor = requireHr(requireActor(request));
      const row = await createReviewCycle(db, actor, request.body);
      return reply.status(201).send(await detail(db, actor, row.id));
    },
  );

  app.post(
    '/api/review-cycles/preview',
    {
      schema: {
        tags,
        summary: 'Who the participant filters take in, less exclusions: the count and a searchable page (HR)',
        body: previewRequest,
        response: { 200: previewResponse },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      const { participantFilter, search, page, pageSize } = request.body;
      return previewParticipants(db, actor.organizationId, {
        filter: participantFilter,
        search,
        page,
        pageSize,
      });
    },
  );

  app.get(
    '/api/review-cycles/:cycleId',
    {
      schema: { tags, summary: 'One review cycle (HR)', params: cycleParams, response: { 200: cycleDetail } },
    },
    async (request) => detail(db, requireHr(requireActor(request)), request.params.cycleId),
  );

  app.put(
    '/api/review-cycles/:cycleId',
    {
      schema: {
        tags,
        summary: 'Edit a draft review cycle (HR); version-checked',
        params: cycleParams,
        body: updateCycleRequest,
        response: { 200: cycleDetail },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      await updateReviewCycle(db, actor, request.params.cycleId, request.body);
      return detail(db, actor, request.params.cycleId);
    },
  );

  app.post(
    '/api/review-cycles/:cycleId/launch',
    {
      schema: {
        tags,
        summary: 'Launch a cycle: a review with self and manager forms for every participant (HR)',
        params: cycleParams,
        body: versionRequest,
        response: { 200: launchResponse },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      const result = await launchReviewCycle({
        db,
        actor,
        cycleId: request.params.cycleId,
        version: request.body.version,
      });
      return { cycle: await detail(db, actor, result.cycle.id), participants: result.participants };
    },
  );

  app.post(
    '/api/review-cycles/:cycleId/close',
    {
      schema: {
        tags,
        summary:
          'Close an active cycle (HR); refused while reviews are unreleased unless forced with a reason',
        params: cycleParams,
        body: closeCycleRequest,
        response: { 200: cycleDetail },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      await closeReviewCycle({ db, actor, cycleId: request.params.cycleId, ...request.body });
      return detail(db, actor, request.params.cycleId);
    },
  );

  app.get(
    '/api/review-cycles/:cycleId/dashboard',
    {
      schema: {
        tags,
        summary: 'Progress by phase and department (HR)',
        params: cycleParams,
        response: { 200: dashboard },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      const { cycle } = await cycleOf(actor, request.params.cycleId);
      return cycleDashboard(db, cycle, await actorToday(db, actor));
    },
  );

  app.get(
    '/api/review-cycles/:cycleId/overdue',
    {
      schema: {
        tags,
        summary: 'People past a deadline with their part not done (HR)',
        params: cycleParams,
        querystring: pageQuery,
        response: { 200: overduePage },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      const { cycle } = await cycleOf(actor, request.params.cycleId);
      return overdueList(db, cycle, await actorToday(db, actor), request.query.page, request.query.pageSize);
    },
  );

  app.get(
    '/api/review-cycles/:cycleId/reviews',
    {
      schema: {
        tags,
        summary: 'The cycle’s reviews with their progress (HR)',
        description:
          'By subject name. `page` pages by number; `after` (the `nextCursor` of the page before) ' +
          'continues after that row instead, at the same cost on any page.',
        params: cycleParams,
        querystring: cycleReviewsQuery,
        response: { 200: cycleReviewsPage },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return cycleReviewList(db, await cycleOf(actor, request.params.cycleId), request.query);
    },
  );

  app.post(
    '/api/review-cycles/:cycleId/reminders',
    {
      schema: {
        tags,
        summary: 'Remind everyone who still owes work in the cycle, now (HR)',
        params: cycleParams,
        response: { 200: remindersResponse },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      const { cycle } = await cycleOf(actor, request.params.cycleId);
      if (cycle.status === 'closed') throw new AppError('cycle_closed', issue('closedCycleNoReminders'));
      const sent = await sendCycleRemindersNow({
        db,
        organizationId: actor.organizationId,
        cycleId: cycle.id,
        today: await actorToday(db, actor),
        actorAccountId: actor.accountId,
      });
      // The notices are committed: send their emails now rather than waiting for the scheduler.
      await flushNotificationEmails(db, deps.mailer, { organizationId: actor.organizationId }).catch(() => 0);
      return { sent };
    },
  );
};
