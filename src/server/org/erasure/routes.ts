import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import {
  erasureDecisionBody,
  erasureListQuery,
  erasurePlan,
  erasureRequestBody,
  erasureRequestPage,
} from '../../../contracts/erasure';
import type { PersonalDataEraser } from '../../platform/erasure/types';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { approveErasure, closeErasureRequest } from './commands/decideErasure';
import { listErasureRequests } from './commands/listErasureRequests';
import { dryRunErasure } from './commands/planErasure';
import { requestErasure } from './commands/requestErasure';

const tags = ['data rights'];
const requestParams = z.object({ requestId: uuidParam });

/**
 * Erasure of a person's data (SPEC S2 "Data rights"), HR admins only, four eyes. The erasers come
 * from the composition root (`personalDataErasers.ts`), so this module imports no performance or
 * growth code.
 */
export const erasureRoutes =
  (erasers: readonly PersonalDataEraser[]): RouteModule =>
  (app, { database: { db } }) => {
    app.get(
      '/api/people/:personId/erasure-plan',
      {
        schema: {
          tags,
          summary:
            "Dry run of erasing a person's data: per table and record kind, what is deleted, anonymised or kept and why; writes nothing",
          params: z.object({ personId: uuidParam }),
          response: { 200: erasurePlan },
        },
      },
      async (request) =>
        dryRunErasure(db, { actor: requireActor(request), personId: request.params.personId, erasers }),
    );

    app.post(
      '/api/people/:personId/erasure-requests',
      {
        schema: {
          tags,
          summary: "Request the erasure of a person's data (HR admin); a second HR admin approves it",
          params: z.object({ personId: uuidParam }),
          body: erasureRequestBody,
        },
      },
      async (request, reply) => {
        const created = await requestErasure(db, {
          actor: requireActor(request),
          personId: request.params.personId,
          request: request.body,
          erasers,
        });
        return reply.code(201).send(created);
      },
    );

    app.get(
      '/api/erasure-requests',
      {
        schema: {
          tags,
          summary: 'Erasure requests of the organisation, open ones first (HR admin)',
          querystring: erasureListQuery,
          response: { 200: erasureRequestPage },
        },
      },
      async (request) => listErasureRequests(db, { actor: requireActor(request), ...request.query }),
    );

    app.post(
      '/api/erasure-requests/:requestId/approve',
      {
        schema: {
          tags,
          summary: 'Approve an erasure request made by another HR admin: the erasure runs at once',
          params: requestParams,
          body: erasureDecisionBody,
        },
      },
      async (request) =>
        approveErasure(db, {
          actor: requireActor(request),
          requestId: request.params.requestId,
          note: request.body?.note,
          erasers,
        }),
    );

    for (const [path, decision, summary] of [
      ['reject', 'rejected', 'Reject an erasure request made by another HR admin: nothing is erased'],
      ['cancel', 'cancelled', 'Cancel an open erasure request: nothing is erased'],
    ] as const) {
      app.post(
        `/api/erasure-requests/:requestId/${path}`,
        { schema: { tags, summary, params: requestParams, body: erasureDecisionBody } },
        async (request) =>
          closeErasureRequest(db, {
            actor: requireActor(request),
            requestId: request.params.requestId,
            decision,
            note: request.body?.note,
          }),
      );
    }
  };
