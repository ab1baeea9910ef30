import { z } from 'zod';
import { cursorPageOf, uuidParam } from '../../contracts/common';
import { orgChartNode } from '../../contracts/org';
import { type RouteModule, requireActor } from '../platform/http/types';
import { presentChartNode } from './present';
import { orgChartChildren, orgChartPath, orgChartRoots } from './queries';
import { loadVisiblePerson } from './routes';

const CHILDREN_PAGE = 50;

/** The org chart is fetched one level at a time, so it stays fast however large the organisation. */
export const orgChartRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/org-chart/roots',
    {
      schema: {
        tags: ['org chart'],
        summary: 'People at the top of the organisation',
        response: { 200: z.object({ items: z.array(orgChartNode) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return { items: (await orgChartRoots(db, actor.organizationId)).map(presentChartNode) };
    },
  );

  app.get(
    '/api/org-chart/:personId/children',
    {
      schema: {
        tags: ['org chart'],
        summary: 'Direct reports of a person, 50 at a time',
        params: z.object({ personId: uuidParam }),
        querystring: z.object({ cursor: z.string().max(500).optional() }),
        response: { 200: cursorPageOf(orgChartNode) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await loadVisiblePerson(db, actor, request.params.personId);
      const page = await orgChartChildren(
        db,
        actor.organizationId,
        request.params.personId,
        request.query.cursor ?? null,
        CHILDREN_PAGE,
      );
      return { items: page.rows.map(presentChartNode), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/api/org-chart/:personId/path',
    {
      schema: {
        tags: ['org chart'],
        summary: 'The chain from the top of the organisation down to a person',
        params: z.object({ personId: uuidParam }),
        response: { 200: z.object({ items: z.array(orgChartNode) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await loadVisiblePerson(db, actor, request.params.personId);
      return {
        items: (await orgChartPath(db, actor.organizationId, request.params.personId)).map(presentChartNode),
      };
    },
  );
};
