import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import {
  acknowledgePipRequest,
  closePipRequest,
  createPipRequest,
  extendPipRequest,
  pipCursorQuery,
  pipDetail,
  pipFairness,
  pipListQuery,
  pipPage,
  pipResponse,
  pipResponsePage,
  pipResponseRequest,
  pipRevisionPage,
  publishPipRequest,
  recordPipCheckInRequest,
  updatePipRequest,
} from '../../../contracts/improvementPlans';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { planAccess, recordPlanListRead } from './access';
import { acknowledgePlan, addResponse } from './commands/acknowledgePlan';
import { closePlan } from './commands/closePlan';
import { createPlan } from './commands/createPlan';
import { extendPlan } from './commands/extendPlan';
import { checkFairness, publishPlan } from './commands/publishPlan';
import { recordCheckIn } from './commands/recordCheckIn';
import { updatePlan } from './commands/updatePlan';
import { planPdf } from './pdf';
import { pipListReach } from './policy';
import { presentPlan, presentResponse, presentRevisions, presentSummary } from './present';
import { listPlans, listResponses, listRevisions, planParts } from './queries';

const tags = ['improvement plans'];
const params = z.object({ planId: uuidParam });

/**
 * A plan as the caller may read it (anyone else: 404). `logged: false` for the answer to a change
 * the guard has just logged, so one request leaves one access-log entry.
 */
export async function planDetailFor(db: Db, actor: Actor, planId: string, logged = true) {
  const { row, policy } = await planAccess.readFor(db, actor, planId, logged ? {} : { resource: false });
  return presentPlan(db, row, await planParts(db, row.id), policy, await actorToday(db, actor));
}

export const improvementPlansRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/improvement-plans',
    {
      schema: {
        tags,
        summary:
          'Improvement plans the caller may read: all for HR, their reports’ for managers, their own once published',
        querystring: pipListQuery,
        response: { 200: pipPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const reach = pipListReach(actor);
      const { rows, nextCursor } = await listPlans(db, {
        organizationId: actor.organizationId,
        reach,
        ...request.query,
      });
      await recordPlanListRead(
        db,
        actor,
        rows.map((row) => row.employeeId),
      );
      const audienceOf = (employeeId: string) =>
        employeeId === actor.personId ? 'employee' : reach.hr ? 'hr' : 'manager';
      return { items: rows.map((row) => presentSummary(audienceOf(row.employeeId), row)), nextCursor };
    },
  );

  app.post(
    '/api/improvement-plans',
    {
      schema: {
        tags,
        summary: 'Start a draft improvement plan about an employee (HR, or their direct manager)',
        body: createPipRequest,
        response: { 201: pipDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createPlan(db, actor, request.body);
      return reply.status(201).send(await planDetailFor(db, actor, id, false));
    },
  );

  app.get(
    '/api/improvement-plans/:planId',
    {
      schema: {
        tags,
        summary: 'One improvement plan, as the caller may read it',
        params,
        response: { 200: pipDetail },
      },
    },
    async (request) => planDetailFor(db, requireActor(request), request.params.planId),
  );

  app.put(
    '/api/improvement-plans/:planId',
    {
      schema: {
        tags,
        summary:
          'Change a plan; a published plan keeps a revision and, for changes the employee reads, pauses',
        params,
        body: updatePipRequest,
        response: { 200: pipDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updatePlan(db, actor, request.params.planId, request.body);
      return planDetailFor(db, actor, request.params.planId, false);
    },
  );

  app.get(
    '/api/improvement-plans/:planId/fairness',
    {
      schema: {
        tags,
        summary: 'The fairness check publishing will run, as it stands now (for those who edit the plan)',
        params,
        response: { 200: pipFairness },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await planAccess.readFor(db, actor, request.params.planId, {
        action: 'edit',
        resource: 'improvement plan fairness check',
      });
      return checkFairness(db, actor, row, await planParts(db, row.id));
    },
  );

  const change = <Body extends z.ZodTypeAny>(
    path: string,
    summary: string,
    body: Body,
    run: (actor: Actor, planId: string, input: z.output<Body>) => Promise<unknown>,
  ) =>
    app.post(
      path,
      { schema: { tags, summary, params, body, response: { 200: pipDetail } } },
      async (request) => {
        const actor = requireActor(request);
        const { planId } = request.params as z.infer<typeof params>;
        await run(actor, planId, request.body as z.output<Body>);
        return planDetailFor(db, actor, planId, false);
      },
    );

  change(
    '/api/improvement-plans/:planId/publish',
    'Publish a draft after the fairness check (HR only)',
    publishPipRequest,
    (actor, planId, input) => publishPlan(db, actor, planId, input),
  );
  change(
    '/api/improvement-plans/:planId/extend',
    'Move the end date of a running plan later (HR only); the employee acknowledges again',
    extendPipRequest,
    (actor, planId, input) => extendPlan(db, actor, planId, input),
  );
  change(
    '/api/improvement-plans/:planId/close',
    'Close a plan with its outcome and rationale (HR only)',
    closePipRequest,
    (actor, planId, input) => closePlan(db, actor, planId, input),
  );
  change(
    '/api/improvement-plans/:planId/acknowledge',
    'Acknowledge the plan as it stands (the employee); acknowledging is not agreeing',
    acknowledgePipRequest,
    (actor, planId, input) => acknowledgePlan(db, actor, planId, input),
  );

  app.get(
    '/api/improvement-plans/:planId/revisions',
    {
      schema: {
        tags,
        summary: 'The plan’s history, newest first: each revision with the changes the caller may see',
        params,
        querystring: pipCursorQuery,
        response: { 200: pipRevisionPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, policy } = await planAccess.readFor(db, actor, request.params.planId, {
        resource: 'improvement plan history',
      });
      const page = await listRevisions(db, row.id, request.query);
      return {
        items: await presentRevisions(db, row.organizationId, policy.audience!, page),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.get(
    '/api/improvement-plans/:planId/responses',
    {
      schema: {
        tags,
        summary: 'The employee’s responses to the plan, newest first',
        params,
        querystring: pipCursorQuery,
        response: { 200: pipResponsePage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await planAccess.readFor(db, actor, request.params.planId, {
        resource: 'improvement plan responses',
      });
      const page = await listResponses(db, row.id, request.query);
      return { items: page.rows.map(presentResponse), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/api/improvement-plans/:planId/responses',
    {
      schema: {
        tags,
        summary: 'Add a response to your plan (the employee); responses are never changed afterwards',
        params,
        body: pipResponseRequest,
        response: { 201: pipResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const created = await addResponse(db, actor, request.params.planId, request.body);
      return reply.status(201).send(presentResponse(created));
    },
  );

  app.post(
    '/api/improvement-plans/:planId/check-ins/:checkInId',
    {
      schema: {
        tags,
        summary: 'Record a check-in of a running plan (the direct manager or HR); recorded once',
        params: z.object({ planId: uuidParam, checkInId: uuidParam }),
        body: recordPipCheckInRequest,
        response: { 200: pipDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await recordCheckIn(db, actor, request.params, request.body);
      return planDetailFor(db, actor, request.params.planId, false);
    },
  );

  app.get(
    '/api/improvement-plans/:planId/pdf',
    {
      schema: {
        tags,
        summary: 'The plan and its history as a PDF, showing what the caller may read',
        params,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const file = await planPdfFor(db, actor, request.params.planId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="improvement-plan-${file.date}.pdf"`)
        .send(file.pdf);
    },
  );
};

/** The caller's own view of the plan, its whole history and every response, as a PDF. */
export async function planPdfFor(db: Db, actor: Actor, planId: string, options: { compress?: boolean } = {}) {
  const { row, policy } = await planAccess.readFor(db, actor, planId, { resource: 'improvement plan (PDF)' });
  const today = await actorToday(db, actor);
  const plan = await presentPlan(db, row, await planParts(db, row.id), policy, today);
  const revisions = await presentRevisions(
    db,
    row.organizationId,
    policy.audience!,
    await listRevisions(db, row.id, { limit: 1000 }),
  );
  const responses = (await listResponses(db, row.id, { limit: 1000 })).rows.map(presentResponse);
  const pdf = await planPdf(
    { plan, revisions, responses },
    { locale: actor.locale, compress: options.compress },
  );
  return { pdf, date: today };
}
