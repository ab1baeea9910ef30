import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  createRequest360,
  listQuery360,
  nominationInput,
  request360,
  request360Summary,
  updateRequest360,
} from '../../../contracts/feedback360';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { own360Access, request360Access } from './access';
import { createRequest360Command } from './commands/createRequest360';
import { closeRequest360, releaseRequest360, updateRequest360Command } from './commands/lifecycle';
import { addNomination, removeNomination, submitNominations } from './commands/nominations';
import { remindRaters } from './commands/responses';
import { presentRequest, presentSummaries } from './present';
import { listOwnRequests, type Request360Row } from './queries';
import { feedback360ReadRoutes } from './readRoutes';

export const tags = ['360 feedback'];
const requestParams = z.object({ requestId: uuidParam });
const versionBody = z.object({ version: z.number().int() });

/** The subject's view of their own 360; anyone else gets 404 (coaches read only the report). */
export async function presentOwnRequest(db: Db, actor: Actor, requestId: string) {
  const { row } = await own360Access.readFor(db, actor, requestId);
  return presentRequest(db, actor, row);
}

/** A 360 as a list row, for someone taking part in it. */
const presentSummary = async (db: Db, actor: Actor, row: Request360Row) =>
  (await presentSummaries(db, actor, [row]))[0]!;

/**
 * Routes of 360 feedback for development (SPEC S4.8) under /api/growth/360. There is no route,
 * field or setting that attaches a 360 to a review, calibration or pay decision (SPEC S1.2).
 */
export const feedback360Routes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  feedback360ReadRoutes(app, deps);

  app.get(
    '/api/growth/360/requests',
    {
      schema: {
        tags,
        summary: 'My own 360s, newest first',
        querystring: listQuery360,
        response: { 200: pageOf(request360Summary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listOwnRequests(db, actor.organizationId, actor.personId, page, pageSize);
      return { items: await presentSummaries(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/360/requests',
    {
      schema: {
        tags,
        summary: 'Start a 360 for myself, or (HR) for someone in a leadership program',
        body: createRequest360,
        response: { 201: request360Summary },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createRequest360Command(db, actor, request.body);
      const { row } = await request360Access.readFor(db, actor, id);
      return reply.status(201).send(await presentSummary(db, actor, row));
    },
  );

  app.get(
    '/api/growth/360/requests/:requestId',
    {
      schema: {
        tags,
        summary: 'One of my 360s: nominations, progress per group, what I can do',
        params: requestParams,
        response: { 200: request360 },
      },
    },
    async (request) => presentOwnRequest(db, requireActor(request), request.params.requestId),
  );

  app.patch(
    '/api/growth/360/requests/:requestId',
    {
      schema: {
        tags,
        summary: 'Change deadline, thresholds (never lowered after the first response), approval or coach',
        params: requestParams,
        body: updateRequest360,
        response: { 200: request360Summary },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const changed = await updateRequest360Command(db, actor, request.params.requestId, request.body);
      return presentSummary(db, actor, changed);
    },
  );

  app.post(
    '/api/growth/360/requests/:requestId/nominations',
    {
      schema: {
        tags,
        summary: 'Nominate a rater in a group',
        params: requestParams,
        body: nominationInput,
        response: { 201: request360 },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addNomination(db, actor, request.params.requestId, request.body);
      return reply.status(201).send(await presentOwnRequest(db, actor, request.params.requestId));
    },
  );

  app.delete(
    '/api/growth/360/requests/:requestId/nominations/:nominationId',
    {
      schema: {
        tags,
        summary: 'Remove a nomination',
        params: z.object({ requestId: uuidParam, nominationId: uuidParam }),
        response: { 200: request360 },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await removeNomination(db, actor, request.params.requestId, request.params.nominationId);
      return presentOwnRequest(db, actor, request.params.requestId);
    },
  );

  const post = (path: string, summary: string, response: typeof request360 | typeof request360Summary) =>
    ({
      path: `/api/growth/360/requests/:requestId/${path}`,
      schema: { tags, summary, params: requestParams, body: versionBody, response: { 200: response } },
    }) as const;
  /** A change by the subject, answered with their whole 360. */
  const action = (path: string, summary: string, run: (a: Actor, id: string, v: number) => Promise<void>) => {
    const { path: url, schema } = post(path, summary, request360);
    app.post(url, { schema }, async (request) => {
      const actor = requireActor(request);
      await run(actor, request.params.requestId, request.body.version);
      return presentOwnRequest(db, actor, request.params.requestId);
    });
  };
  /** A change that may be someone else's (HR, the coach), answered with the list row it left. */
  const summaryAction = (
    path: string,
    summary: string,
    run: (a: Actor, id: string, v: number) => Promise<Request360Row>,
  ) => {
    const { path: url, schema } = post(path, summary, request360Summary);
    app.post(url, { schema }, async (request) => {
      const actor = requireActor(request);
      return presentSummary(db, actor, await run(actor, request.params.requestId, request.body.version));
    });
  };

  action(
    'submit',
    'Send the nominations: to the manager for approval, or straight to the raters',
    (a, id, v) => submitNominations(db, a, id, v),
  );
  action('remind', 'Remind everyone who has not answered yet (without learning who that is)', (a, id) =>
    remindRaters(db, a, id),
  );
  summaryAction('close', 'Close collection now', (a, id, v) => closeRequest360(db, a, id, v));
  summaryAction('release', 'As the coach: release the report to its subject', (a, id, v) =>
    releaseRequest360(db, a, id, v),
  );
};
