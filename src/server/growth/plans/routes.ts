import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  businessObjective,
  createPlanRequest,
  objectiveQuery,
  personPlanProgress,
  planCoverageRow,
  planDetail,
  planListQuery,
  planSummary,
  reviewSeed,
  reviewSeedSource,
  seedPlanRequest,
  updatePlanRequest,
  versionOnly,
} from '../../../contracts/plans';
import { listLinkableObjectives, listSeedableReviews, readReviewHighlights } from '../../performance/readApi';
import { forbidden, notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { profilePlansOf, recordSharedPlansListed } from './access';
import { createPlan, revokePlanSharing, sharePlan, updatePlan } from './commands/plans';
import { seedPlanFromReview } from './commands/seedPlanFromReview';
import { planContentRoutes } from './contentRoutes';
import { presentVisiblePlan } from './load';
import { mayReadCoverage } from './policy';
import { presentPersonProgress, presentPlanSummaries } from './present';
import { listOwnPlans, listSharedWithManager, planCoverage } from './queries';

const tags = ['growth: development plans'];
const planParams = z.object({ planId: uuidParam });
const summaryPage = pageOf(planSummary);

export const plansRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/plans',
    {
      schema: {
        tags,
        summary: 'My development plans',
        querystring: planListQuery,
        response: { 200: summaryPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listOwnPlans(db, actor.organizationId, actor.personId, page, pageSize);
      return { items: await presentPlanSummaries(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/plans',
    {
      schema: {
        tags,
        summary: 'Start a development plan',
        body: createPlanRequest,
        response: { 201: planDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createPlan(db, actor, request.body);
      return reply.status(201).send(await presentVisiblePlan(db, actor, id));
    },
  );

  app.get(
    '/api/growth/plans/shared',
    {
      schema: {
        tags,
        summary: 'Plans my direct reports shared with me',
        querystring: planListQuery,
        response: { 200: summaryPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listSharedWithManager(
        db,
        actor.organizationId,
        actor.personId,
        page,
        pageSize,
      );
      await recordSharedPlansListed(db, actor, rows);
      return { items: await presentPlanSummaries(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/plans/coverage',
    {
      schema: {
        tags,
        summary: 'HR: people with an active plan, per department (counts only)',
        querystring: planListQuery,
        response: { 200: pageOf(planCoverageRow) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!mayReadCoverage(actor)) throw forbidden();
      const { page, pageSize } = request.query;
      const { rows, total } = await planCoverage(db, actor.organizationId, page, pageSize);
      return { items: rows, page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/plans/objectives',
    {
      schema: {
        tags,
        summary: 'Business objectives I can link a development goal to',
        querystring: objectiveQuery,
        response: { 200: pageOf(businessObjective) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, search } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listLinkableObjectives(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        search,
        page,
        pageSize,
      });
      return { items: rows, page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/plans/review-seeds',
    {
      schema: {
        tags,
        summary: 'My released reviews that can seed a plan',
        querystring: planListQuery,
        response: { 200: pageOf(reviewSeedSource) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listSeedableReviews(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        page,
        pageSize,
      });
      return { items: rows, page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/plans/review-seeds/:reviewId',
    {
      schema: {
        tags,
        summary: 'The written strengths and growth areas of my released review (never the rating)',
        params: z.object({ reviewId: uuidParam }),
        response: { 200: reviewSeed },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const seed = actor.personId
        ? await readReviewHighlights(db, {
            organizationId: actor.organizationId,
            personId: actor.personId,
            reviewId: request.params.reviewId,
          })
        : null;
      if (!seed) throw notFound('Review');
      return seed;
    },
  );

  app.post(
    '/api/growth/plans/from-review',
    {
      schema: {
        tags,
        summary: 'Start a draft plan from chosen points of my released review',
        body: seedPlanRequest,
        response: { 201: planDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await seedPlanFromReview(db, actor, request.body);
      return reply.status(201).send(await presentVisiblePlan(db, actor, id));
    },
  );

  app.get(
    '/api/growth/plans/people/:personId/progress',
    {
      schema: {
        tags,
        summary: "A person's plan progress as far as I may see it (for the profile's Next side)",
        params: z.object({ personId: uuidParam }),
        response: { 200: z.object({ items: z.array(personPlanProgress) }) },
      },
    },
    async (request) => {
      const items = await profilePlansOf(db, requireActor(request), request.params.personId);
      return { items: await presentPersonProgress(db, items) };
    },
  );

  app.get(
    '/api/growth/plans/:planId',
    { schema: { tags, summary: 'One development plan', params: planParams, response: { 200: planDetail } } },
    async (request) => presentVisiblePlan(db, requireActor(request), request.params.planId),
  );

  app.patch(
    '/api/growth/plans/:planId',
    {
      schema: {
        tags,
        summary: 'Rename a plan or change its status (version-checked)',
        params: planParams,
        body: updatePlanRequest,
        response: { 200: planDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updatePlan(db, actor, request.params.planId, request.body);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  app.post(
    '/api/growth/plans/:planId/share',
    {
      schema: {
        tags,
        summary: 'Share the plan with my manager; its open actions go to our next 1:1',
        params: planParams,
        body: versionOnly,
        response: { 200: planDetail.extend({ suggestedForOneOnOne: z.number().int() }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const suggested = await sharePlan(db, actor, request.params.planId, request.body.version);
      return {
        ...(await presentVisiblePlan(db, actor, request.params.planId)),
        suggestedForOneOnOne: suggested,
      };
    },
  );

  app.post(
    '/api/growth/plans/:planId/revoke',
    {
      schema: {
        tags,
        summary: 'Stop sharing the plan with my manager',
        params: planParams,
        body: versionOnly,
        response: { 200: planDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await revokePlanSharing(db, actor, request.params.planId, request.body.version);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  planContentRoutes(app, deps);
};
