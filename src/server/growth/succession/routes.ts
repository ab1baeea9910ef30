import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import {
  benchStrength,
  createKeyPositionRequest,
  keyPositionList,
  keyPositionListQuery,
  replaceSlateRequest,
  successionPlan,
  updateKeyPositionRequest,
} from '../../../contracts/succession';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { logTalentRead, readPlan } from './access';
import { benchStrengthOf } from './bench';
import { replaceSlate } from './commands/replaceSlate';
import { createKeyPosition, removeKeyPosition, updateKeyPosition } from './commands/writePositions';
import { mayCreatePositions, positionReach } from './policy';
import { presentPlan, presentPositionSummary } from './present';
import { allKeyPositions, candidatesOn, listKeyPositions, positionSummary } from './queries';

const tags = ['succession'];
const params = z.object({ positionId: uuidParam });

/** One plan the caller may read (others 404), logged for everyone it names. */
async function presentOne(db: Db, actor: Actor, id: string) {
  const plan = await readPlan(db, actor, id);
  return presentPlan(await positionSummary(db, id), plan);
}

export const successionRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/succession/positions',
    {
      schema: {
        tags,
        summary:
          'Key positions the caller may read (HR: all; designated reviewers: theirs), most critical first',
        querystring: keyPositionListQuery,
        response: { 200: keyPositionList },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listKeyPositions(db, {
        organizationId: actor.organizationId,
        reach: positionReach(actor),
        page,
        pageSize,
      });
      await logTalentRead(
        db,
        actor,
        rows.map((row) => row.position.incumbentId),
        'key positions',
      );
      return {
        items: rows.map(presentPositionSummary),
        page,
        pageSize,
        total,
        canCreate: mayCreatePositions(actor),
      };
    },
  );

  app.post(
    '/api/growth/succession/positions',
    {
      schema: {
        tags,
        summary: 'Add a key position (HR admins)',
        body: createKeyPositionRequest,
        response: { 201: successionPlan },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createKeyPosition(db, actor, request.body);
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.get(
    '/api/growth/succession/positions/:positionId',
    {
      schema: {
        tags,
        summary: 'A key position with its reviewers and slate',
        params,
        response: { 200: successionPlan },
      },
    },
    async (request) => presentOne(db, requireActor(request), request.params.positionId),
  );

  app.patch(
    '/api/growth/succession/positions/:positionId',
    {
      schema: {
        tags,
        summary: 'Change a key position (reviewers: HR admins only); version-checked',
        params,
        body: updateKeyPositionRequest,
        response: { 200: successionPlan },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateKeyPosition(db, actor, request.params.positionId, request.body);
      return presentOne(db, actor, request.params.positionId);
    },
  );

  app.put(
    '/api/growth/succession/positions/:positionId/slate',
    {
      schema: {
        tags,
        summary: "Replace a position's slate of successors (at most five, one interim); version-checked",
        params,
        body: replaceSlateRequest,
        response: { 200: successionPlan },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await replaceSlate(db, actor, request.params.positionId, request.body);
      return presentOne(db, actor, request.params.positionId);
    },
  );

  app.delete(
    '/api/growth/succession/positions/:positionId',
    { schema: { tags, summary: 'Remove a key position and its plan (HR admins)', params } },
    async (request, reply) => {
      await removeKeyPosition(db, requireActor(request), request.params.positionId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/growth/succession/bench',
    {
      schema: {
        tags,
        summary: 'Bench strength over the key positions the caller may read',
        response: { 200: benchStrength },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const positions = await allKeyPositions(db, actor.organizationId, positionReach(actor));
      // Neither HR nor a reviewer of any plan: there is no bench to show them.
      if (!mayCreatePositions(actor) && positions.length === 0) throw notFound('Bench strength');
      const candidates = await candidatesOn(
        db,
        positions.map((row) => row.position.id),
      );
      const bench = benchStrengthOf(
        positions.map(({ position }) => position),
        candidates,
      );
      await logTalentRead(
        db,
        actor,
        bench.stretched.map((entry) => entry.person.id),
        'bench strength',
      );
      return bench;
    },
  );
};
