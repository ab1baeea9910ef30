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
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { relationTo } from '../../platform/policy/relations';
import { checkInGoal } from './commands/checkInGoal';
import { createGoal } from './commands/createGoal';
import { updateGoal } from './commands/updateGoal';
import { readIsLogged } from './policy';
import { presentCheckIn, presentGoalDetail, presentGoalSummary } from './present';
import {
  findGoal,
  keyResultsOf,
  listCheckIns,
  listParentOptions,
  listPersonGoals,
  listTeamGoals,
  listTreeLevel,
  visibleChildCount,
} from './queries';
import { actorDepartment, decideGoal } from './visibility';

const goalParams = z.object({ goalId: uuidParam });
const personParams = z.object({ personId: uuidParam });
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Loads a goal the caller may see (anything else is 404, SPEC S1.7). Reading someone else's private
 * personal goal is written to the access log (S1.5).
 */
export async function loadVisibleGoal(db: Db, actor: Actor, goalId: string, options: { logRead: boolean }) {
  const row = await findGoal(db, actor.organizationId, goalId);
  if (!row) throw notFound('Goal');
  const { relation, policy } = await decideGoal(db, actor, row.goal);
  if (!policy.read) throw notFound('Goal');
  if (options.logRead && row.goal.ownerPersonId && readIsLogged(row.goal, relation)) {
    await recordAccess(db, actor, {
      subjectPersonId: row.goal.ownerPersonId,
      dataClass: 'performance',
      resource: 'goal',
    });
  }
  return { row, policy, relation };
}

async function goalDetailFor(db: Db, actor: Actor, goalId: string, logRead: boolean) {
  const { row, policy } = await loadVisibleGoal(db, actor, goalId, { logRead });
  const department = await actorDepartment(db, actor);
  const [krs, childCount, parentVisible] = await Promise.all([
    keyResultsOf(db, goalId),
    visibleChildCount(db, actor, department, goalId),
    parentIsVisible(db, actor, row.goal.parentId),
  ]);
  const { read: _read, ...abilities } = policy;
  const shown = parentVisible ? row : { ...row, parentTitle: null };
  return presentGoalDetail(shown, krs, abilities, childCount);
}

/** A private parent the caller may not see is not named on its child. */
async function parentIsVisible(db: Db, actor: Actor, parentId: string | null) {
  if (!parentId) return false;
  const parent = await findGoal(db, actor.organizationId, parentId);
  if (!parent) return false;
  return (await decideGoal(db, actor, parent.goal)).policy.read;
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
      const { scope, ...query } = request.query;
      const department = await actorDepartment(db, actor);
      const input = { ...query, today: today() };
      if (!actor.personId) return { items: [], page: query.page, pageSize: query.pageSize, total: 0 };
      const { rows, total } =
        scope === 'team'
          ? await listTeamGoals(db, actor, department, input)
          : await listPersonGoals(db, actor, department, { ...input, personId: actor.personId });
      return { items: rows.map(presentGoalSummary), page: query.page, pageSize: query.pageSize, total };
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
      const relation = await relationTo(db, actor, request.params.personId);
      if (!relation) throw notFound('Person');
      const department = await actorDepartment(db, actor);
      const { rows, total } = await listPersonGoals(db, actor, department, {
        ...request.query,
        personId: request.params.personId,
        today: today(),
      });
      if (rows.some((row) => row.visibility === 'private')) {
        await recordAccess(db, actor, {
          subjectPersonId: request.params.personId,
          dataClass: 'performance',
          resource: 'goals',
        });
      }
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
      const department = await actorDepartment(db, actor);
      const { rows, total } = await listTreeLevel(db, actor, department, {
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
      const department = await actorDepartment(db, actor);
      const { rows, total } = await listParentOptions(db, actor, department, request.query);
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
      await loadVisibleGoal(db, actor, request.params.goalId, { logRead: false });
      const department = await actorDepartment(db, actor);
      const { rows, total } = await listTreeLevel(db, actor, department, {
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
      await loadVisibleGoal(db, actor, request.params.goalId, { logRead: true });
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
