import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import {
  checkInHistoryQuery,
  checkInPage,
  checkInRequest,
  createGoalRequest,
  goalDetail,
  goalListQuery,
  goalPage,
  parentOptionsQuery,
  personGoalsQuery,
  treeQuery,
  updateGoalRequest,
} from '../../../contracts/goals';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { goalAccess, personGoalsAccess } from './access';
import { checkInGoal } from './commands/checkInGoal';
import { createGoal } from './commands/createGoal';
import { updateGoal } from './commands/updateGoal';
import { goalListPage } from './list';
import { goalReach } from './policy';
import { presentCheckIn, presentGoalDetail, presentGoalSummary } from './present';
import {
  findGoal,
  keyResultsOf,
  listCheckIns,
  listParentOptions,
  listPersonGoals,
  listTreeLevel,
  visibleChildCount,
} from './queries';

const goalParams = z.object({ goalId: uuidParam });
const personParams = z.object({ personId: uuidParam });

/**
 * A goal the caller may see, with key results, visible child count and abilities (anything else is
 * 404, SPEC S1.7). `logged: false` for the answer to a change the guard already logged.
 */
async function goalDetailFor(db: Db, actor: Actor, goalId: string, logged: boolean) {
  const { row, policy } = await goalAccess.readFor(db, actor, goalId, logged ? {} : { resource: false });
  const reach = goalReach(actor);
  const [krs, childCount, parentVisible] = await Promise.all([
    keyResultsOf(db, goalId),
    visibleChildCount(db, actor, reach, goalId),
    parentIsVisible(db, actor, row.goal.parentId),
  ]);
  const { read: _read, logAccess: _logged, ...abilities } = policy;
  const shown = parentVisible ? row : { ...row, parentTitle: null };
  return presentGoalDetail(shown, krs, abilities, childCount);
}

/** A private parent the caller may not see is not named on its child. */
async function parentIsVisible(db: Db, actor: Actor, parentId: string | null) {
  if (!parentId) return false;
  const parent = await findGoal(db, actor.organizationId, parentId);
  if (!parent) return false;
  return (await goalAccess.policyFor(db, actor, parent)).policy.read;
}

export const goalRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'My goals, or my direct reports’ goals',
        querystring: goalListQuery,
        response: { 200: goalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const today = await actorToday(db, actor);
      const { items, total } = await goalListPage(db, actor, { ...request.query, today });
      return { items, page, pageSize, total };
    },
  );

  app.get(
    '/api/people/:personId/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'A person’s goals that the caller may see',
        params: personParams,
        querystring: personGoalsQuery,
        response: { 200: goalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // Someone outside the organisation: 404. Reads that take in private goals are logged.
      await personGoalsAccess.reachFor(db, actor, request.params.personId);
      const { rows, total } = await listPersonGoals(db, actor, goalReach(actor), {
        ...request.query,
        personId: request.params.personId,
        today: await actorToday(db, actor),
      });
      return {
        items: rows.map(presentGoalSummary),
        page: request.query.page,
        pageSize: request.query.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/goals/tree',
    {
      schema: {
        tags: ['goals'],
        summary: 'Company goals: the roots of the goal tree',
        querystring: treeQuery,
        response: { 200: goalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { rows, total } = await listTreeLevel(db, actor, goalReach(actor), {
        ...request.query,
        parentId: null,
      });
      return {
        items: rows.map(presentGoalSummary),
        page: request.query.page,
        pageSize: request.query.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/goals/parent-options',
    {
      schema: {
        tags: ['goals'],
        summary: 'Active company and department goals a new goal may align with',
        querystring: parentOptionsQuery,
        response: { 200: goalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { rows, total } = await listParentOptions(db, actor, goalReach(actor), request.query);
      return { items: rows.map(presentGoalSummary), page: 1, pageSize: 50, total };
    },
  );

  app.get(
    '/api/goals/:goalId',
    {
      schema: {
        tags: ['goals'],
        summary: 'A goal with its key results and the caller’s abilities',
        params: goalParams,
        response: { 200: goalDetail },
      },
    },
    async (request) => goalDetailFor(db, requireActor(request), request.params.goalId, true),
  );

  app.get(
    '/api/goals/:goalId/children',
    {
      schema: {
        tags: ['goals'],
        summary: 'One level of the goal tree under a goal (only goals the caller may see)',
        params: goalParams,
        querystring: treeQuery,
        response: { 200: goalPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // The parent must be one the caller reads; walking the tree shows nothing private of it.
      await goalAccess.readFor(db, actor, request.params.goalId, { resource: false });
      const { rows, total } = await listTreeLevel(db, actor, goalReach(actor), {
        ...request.query,
        parentId: request.params.goalId,
      });
      return {
        items: rows.map(presentGoalSummary),
        page: request.query.page,
        pageSize: request.query.pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/goals/:goalId/check-ins',
    {
      schema: {
        tags: ['goals'],
        summary: 'Check-in history of a goal, oldest first',
        params: goalParams,
        querystring: checkInHistoryQuery,
        response: { 200: checkInPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await goalAccess.readFor(db, actor, request.params.goalId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listCheckIns(db, request.params.goalId, page, pageSize);
      return { items: rows.map(presentCheckIn), page, pageSize, total };
    },
  );

  app.post(
    '/api/goals',
    {
      schema: {
        tags: ['goals'],
        summary: 'Create a goal with key results',
        body: createGoalRequest,
        response: { 201: goalDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { goalId } = await createGoal(db, actor, request.body);
      return reply.status(201).send(await goalDetailFor(db, actor, goalId, false));
    },
  );

  app.put(
    '/api/goals/:goalId',
    {
      schema: {
        tags: ['goals'],
        summary: 'Edit a goal and its key results; version-checked',
        params: goalParams,
        body: updateGoalRequest,
        response: { 200: goalDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateGoal(db, actor, request.params.goalId, request.body);
      return goalDetailFor(db, actor, request.params.goalId, false);
    },
  );

  app.post(
    '/api/goals/:goalId/check-ins',
    {
      schema: {
        tags: ['goals'],
        summary: 'Check in on a goal: status, comment and new key-result values; version-checked',
        params: goalParams,
        body: checkInRequest,
        response: { 201: goalDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await checkInGoal(db, actor, request.params.goalId, request.body);
      return reply.status(201).send(await goalDetailFor(db, actor, request.params.goalId, false));
    },
  );
};
