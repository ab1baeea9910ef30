import { z } from 'zod';
import {
  aspiration,
  aspirationListQuery,
  createAspirationRequest,
  personAspirations,
  shareAspirationRequest,
  updateAspirationRequest,
} from '../../../contracts/aspirations';
import { pageOf, uuidParam } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { aspirationAccess, aspirationListAccess } from './access';
import {
  createAspiration,
  removeAspiration,
  shareAspiration,
  updateAspiration,
} from './commands/writeAspirations';
import { presentAspiration } from './present';
import { listAspirations } from './queries';

const tags = ['aspirations'];
const params = z.object({ aspirationId: uuidParam });

/** One aspiration the caller may read (others 404); a manager's read is logged for the owner. */
async function presentOne(db: Db, actor: Actor, id: string) {
  const { row, relation } = await aspirationAccess.readFor(db, actor, id);
  return presentAspiration(actor, row, relation);
}

export const aspirationsRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/aspirations',
    {
      schema: {
        tags,
        summary: 'My aspirations, most recently changed first',
        querystring: aspirationListQuery,
        response: { 200: pageOf(aspiration) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, kind } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listAspirations(db, {
        organizationId: actor.organizationId,
        ownerId: actor.personId,
        sharedOnly: false,
        kind,
        page,
        pageSize,
      });
      return { items: rows.map((row) => presentAspiration(actor, row, 'self')), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/aspirations',
    {
      schema: {
        tags,
        summary: 'Write down an aspiration (private unless shared with your manager)',
        body: createAspirationRequest,
        response: { 201: aspiration },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!actor.personId) throw forbidden();
      const id = await createAspiration(db, actor, request.body);
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.get(
    '/api/growth/aspirations/people/:personId',
    {
      schema: {
        tags,
        summary: "A person's aspirations: all of them for the owner, the shared ones for their manager",
        params: z.object({ personId: uuidParam }),
        querystring: aspirationListQuery,
        response: { 200: personAspirations },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      // Not the owner and not their manager: 404, as if the person had no development record at all.
      const { reach, relation } = await aspirationListAccess.reachFor(db, actor, personId);
      const { page, pageSize, kind } = request.query;
      const { rows, total } = await listAspirations(db, {
        organizationId: actor.organizationId,
        ownerId: personId,
        sharedOnly: reach === 'shared',
        kind,
        page,
        pageSize,
      });
      return {
        items: rows.map((row) => presentAspiration(actor, row, relation)),
        page,
        pageSize,
        total,
        sharedOnly: reach === 'shared',
      };
    },
  );

  app.get(
    '/api/growth/aspirations/:aspirationId',
    { schema: { tags, summary: 'One aspiration', params, response: { 200: aspiration } } },
    async (request) => presentOne(db, requireActor(request), request.params.aspirationId),
  );

  app.patch(
    '/api/growth/aspirations/:aspirationId',
    {
      schema: {
        tags,
        summary: 'Change an aspiration you own; version-checked',
        params,
        body: updateAspirationRequest,
        response: { 200: aspiration },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateAspiration(db, actor, request.params.aspirationId, request.body);
      return presentOne(db, actor, request.params.aspirationId);
    },
  );

  app.post(
    '/api/growth/aspirations/:aspirationId/sharing',
    {
      schema: {
        tags,
        summary: 'Share an aspiration with your manager, or take it back',
        params,
        body: shareAspirationRequest,
        response: { 200: aspiration },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await shareAspiration(db, actor, request.params.aspirationId, request.body);
      return presentOne(db, actor, request.params.aspirationId);
    },
  );

  app.delete(
    '/api/growth/aspirations/:aspirationId',
    { schema: { tags, summary: 'Remove an aspiration you own', params } },
    async (request, reply) => {
      await removeAspiration(db, requireActor(request), request.params.aspirationId);
      return reply.status(204).send();
    },
  );
};
