import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  createTemplateRequest,
  templateDetail,
  templateListQuery,
  templateSummary,
  updateTemplateRequest,
  versionRequest,
} from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { reviewTemplateAccess } from './access';
import { cyclePolicy } from './policy';
import {
  archiveReviewTemplate,
  createReviewTemplate,
  listTemplates,
  presentTemplateDetail,
  updateReviewTemplate,
} from './templates';

const templateParams = z.object({ templateId: uuidParam });

/** Templates are HR's tool: everyone else is refused (403: the route exists for them, the records are HR's). */
export function requireHr(actor: Actor) {
  if (!cyclePolicy.manage(actor)) throw forbidden();
  return actor;
}

export const templateRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  const tags = ['review templates'];

  app.get(
    '/api/review-templates',
    {
      schema: {
        tags,
        summary: 'Review templates (HR)',
        querystring: templateListQuery,
        response: { 200: pageOf(templateSummary) },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return listTemplates(db, actor.organizationId, request.query);
    },
  );

  app.post(
    '/api/review-templates',
    {
      schema: {
        tags,
        summary: 'Create a review template (HR)',
        body: createTemplateRequest,
        response: { 201: templateDetail },
      },
    },
    async (request, reply) => {
      const actor = requireHr(requireActor(request));
      const row = await createReviewTemplate(db, actor, request.body);
      return reply.status(201).send(presentTemplateDetail(row));
    },
  );

  app.get(
    '/api/review-templates/:templateId',
    {
      schema: {
        tags,
        summary: 'One review template (HR)',
        params: templateParams,
        response: { 200: templateDetail },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return presentTemplateDetail(
        (await reviewTemplateAccess.readFor(db, actor, request.params.templateId)).row,
      );
    },
  );

  app.put(
    '/api/review-templates/:templateId',
    {
      schema: {
        tags,
        summary: 'Save a new version of a review template (HR); version-checked',
        params: templateParams,
        body: updateTemplateRequest,
        response: { 200: templateDetail },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return presentTemplateDetail(
        await updateReviewTemplate(db, actor, request.params.templateId, request.body),
      );
    },
  );

  app.post(
    '/api/review-templates/:templateId/archive',
    {
      schema: {
        tags,
        summary: 'Archive a review template (HR); version-checked',
        params: templateParams,
        body: versionRequest,
        response: { 200: templateDetail },
      },
    },
    async (request) => {
      const actor = requireHr(requireActor(request));
      return presentTemplateDetail(
        await archiveReviewTemplate(db, actor, request.params.templateId, request.body.version),
      );
    },
  );
};
