import { z } from 'zod';
import { pageQuery, uuidParam } from '../../../contracts/common';
import {
  assignmentPreview,
  assignmentPreviewRequest,
  assignmentResult,
  assignTemplateRequest,
  goalTemplate,
  goalTemplatePage,
  goalTemplateRequest,
  performanceArea,
  performanceAreaPage,
  performanceAreaRequest,
  updateGoalTemplateRequest,
  updatePerformanceAreaRequest,
} from '../../../contracts/goals';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { managerStanding } from '../../platform/policy/relations';
import { goalTemplateAccess, personPerformanceAreasAccess } from './access';
import {
  listGoalTemplates,
  listPerformanceAreas,
  performanceAreasForPerson,
  presentTemplate,
} from './catalogueQueries';
import { assignGoalTemplate } from './commands/assignGoalTemplate';
import { countAssignmentTargets } from './commands/assignmentTargets';
import { createGoalTemplate, updateGoalTemplate } from './commands/goalTemplates';
import {
  createPerformanceArea,
  deletePerformanceArea,
  updatePerformanceArea,
} from './commands/performanceAreas';
import { goalTemplateAbilities, goalTemplatePolicy, performanceAreaPolicy } from './policy';

const templateParams = z.object({ templateId: uuidParam });
const areaParams = z.object({ areaId: uuidParam });
const personParams = z.object({ personId: uuidParam });
const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

/** The caller's abilities on templates in general (for the list), from their role and standing. */
async function templateAbilities(db: Db, actor: Actor) {
  const { read: list, ...abilities } = goalTemplateAbilities(
    actor,
    await managerStanding(db, actor.personId),
  );
  return { list, ...abilities };
}

/** A template as the route answers it, with the caller's abilities. */
function presentGuarded(guarded: {
  row: Parameters<typeof presentTemplate>[0];
  policy: { edit: boolean; assign: boolean };
}) {
  return presentTemplate(guarded.row, { edit: guarded.policy.edit, assign: guarded.policy.assign });
}

export const goalCatalogueRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/goal-templates',
    {
      schema: {
        tags: ['goals'],
        summary: 'Goal templates (HR and managers)',
        querystring: pageQuery,
        response: { 200: goalTemplatePage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { list, edit, assign } = await templateAbilities(db, actor);
      if (!list) throw forbidden();
      const { page, pageSize } = request.query;
      const { rows, total } = await listGoalTemplates(db, actor.organizationId, page, pageSize);
      return { items: rows.map((row) => presentTemplate(row, { edit, assign })), page, pageSize, total };
    },
  );

  app.post(
    '/api/goal-templates',
    {
      schema: {
        tags: ['goals'],
        summary: 'Create a goal template (HR)',
        body: goalTemplateRequest,
        response: { 201: goalTemplate },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!goalTemplatePolicy.manage(actor)) throw forbidden();
      const { templateId } = await createGoalTemplate(db, actor, request.body);
      return reply.status(201).send(presentGuarded(await goalTemplateAccess.readFor(db, actor, templateId)));
    },
  );

  app.put(
    '/api/goal-templates/:templateId',
    {
      schema: {
        tags: ['goals'],
        summary: 'Edit a goal template (HR); version-checked',
        params: templateParams,
        body: updateGoalTemplateRequest,
        response: { 200: goalTemplate },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateGoalTemplate(db, actor, request.params.templateId, request.body);
      return presentGuarded(await goalTemplateAccess.readFor(db, actor, request.params.templateId));
    },
  );

  app.post(
    '/api/goal-templates/:templateId/assignment-preview',
    {
      schema: {
        tags: ['goals'],
        summary: 'How many people a bulk assignment would reach',
        params: templateParams,
        body: assignmentPreviewRequest,
        response: { 200: assignmentPreview },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await goalTemplateAccess.readFor(db, actor, request.params.templateId, { action: 'assign' });
      const { filter, periodStart, periodEnd } = request.body;
      const duplicateCheck =
        periodStart && periodEnd ? { templateId: request.params.templateId, periodStart, periodEnd } : null;
      return { count: await countAssignmentTargets(db, actor, filter, duplicateCheck) };
    },
  );

  app.post(
    '/api/goal-templates/:templateId/assignments',
    {
      schema: {
        tags: ['goals'],
        summary: 'Assign a template to everyone matching a filter (managers: their reports only)',
        params: templateParams,
        body: assignTemplateRequest,
        response: { 201: assignmentResult },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      return reply
        .status(201)
        .send(await assignGoalTemplate(db, actor, request.params.templateId, request.body));
    },
  );

  app.get(
    '/api/performance-areas',
    {
      schema: {
        tags: ['goals'],
        summary: 'All key performance areas with KPIs (HR)',
        querystring: pageQuery,
        response: { 200: performanceAreaPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!performanceAreaPolicy.manage(actor)) throw forbidden();
      const { page, pageSize } = request.query;
      return { ...(await listPerformanceAreas(db, actor.organizationId, page, pageSize)), page, pageSize };
    },
  );

  app.get(
    '/api/people/:personId/performance-areas',
    {
      schema: {
        tags: ['goals'],
        summary: 'The key performance areas and KPIs for a person’s job title and level',
        params: personParams,
        response: { 200: z.object({ items: z.array(performanceArea) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await personPerformanceAreasAccess.reachFor(db, actor, request.params.personId);
      return { items: await performanceAreasForPerson(db, actor.organizationId, request.params.personId) };
    },
  );

  app.post(
    '/api/performance-areas',
    {
      schema: {
        tags: ['goals'],
        summary: 'Create a key performance area with KPIs (HR)',
        body: performanceAreaRequest,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!performanceAreaPolicy.manage(actor)) throw forbidden();
      const { areaId } = await createPerformanceArea(db, actor, request.body);
      return reply.status(201).send({ id: areaId });
    },
  );

  app.put(
    '/api/performance-areas/:areaId',
    {
      schema: {
        tags: ['goals'],
        summary: 'Edit a key performance area (HR); version-checked',
        params: areaParams,
        body: updatePerformanceAreaRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!performanceAreaPolicy.manage(actor)) throw forbidden();
      await updatePerformanceArea(db, actor, request.params.areaId, request.body);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/api/performance-areas/:areaId',
    {
      schema: {
        tags: ['goals'],
        summary: 'Remove a key performance area (HR); version-checked',
        params: areaParams,
        querystring: versionQuery,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!performanceAreaPolicy.manage(actor)) throw forbidden();
      await deletePerformanceArea(db, actor, request.params.areaId, request.query.version);
      return reply.status(204).send(null);
    },
  );
};
