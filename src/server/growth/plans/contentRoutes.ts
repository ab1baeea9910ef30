import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import {
  addUpdateRequest,
  createActionRequest,
  createGoalRequest,
  planDetail,
  updateActionRequest,
  updateGoalRequest,
} from '../../../contracts/plans';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { addAction, removeAction, updateAction } from './commands/actions';
import { addGoal, removeGoal, updateGoal } from './commands/goals';
import { addProgressUpdate } from './commands/progressUpdates';
import { presentVisiblePlan } from './load';

const tags = ['growth: development plans'];
const planParams = z.object({ planId: uuidParam });
const goalParams = z.object({ planId: uuidParam, goalId: uuidParam });
const actionParams = z.object({ planId: uuidParam, actionId: uuidParam });

/** A plan's goals, actions and progress notes: the owner changes them; each answer is the whole plan. */
export const planContentRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.post(
    '/api/growth/plans/:planId/goals',
    {
      schema: {
        tags,
        summary: 'Add a development goal',
        params: planParams,
        body: createGoalRequest,
        response: { 201: planDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addGoal(db, actor, request.params.planId, request.body);
      return reply.status(201).send(await presentVisiblePlan(db, actor, request.params.planId));
    },
  );

  app.patch(
    '/api/growth/plans/:planId/goals/:goalId',
    {
      schema: {
        tags,
        summary: 'Change a development goal (version-checked)',
        params: goalParams,
        body: updateGoalRequest,
        response: { 200: planDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateGoal(db, actor, request.params.planId, request.params.goalId, request.body);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  app.delete(
    '/api/growth/plans/:planId/goals/:goalId',
    {
      schema: {
        tags,
        summary: 'Remove a development goal and its actions',
        params: goalParams,
        response: { 200: planDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await removeGoal(db, actor, request.params.planId, request.params.goalId);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  app.post(
    '/api/growth/plans/:planId/goals/:goalId/actions',
    {
      schema: {
        tags,
        summary: 'Add an action to a development goal',
        params: goalParams,
        body: createActionRequest,
        response: { 201: planDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addAction(db, actor, request.params.planId, request.params.goalId, request.body);
      return reply.status(201).send(await presentVisiblePlan(db, actor, request.params.planId));
    },
  );

  app.patch(
    '/api/growth/plans/:planId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Change an action: status, evidence, dates (version-checked)',
        params: actionParams,
        body: updateActionRequest,
        response: { 200: planDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateAction(db, actor, request.params.planId, request.params.actionId, request.body);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  app.delete(
    '/api/growth/plans/:planId/actions/:actionId',
    {
      schema: { tags, summary: 'Remove an action', params: actionParams, response: { 200: planDetail } },
    },
    async (request) => {
      const actor = requireActor(request);
      await removeAction(db, actor, request.params.planId, request.params.actionId);
      return presentVisiblePlan(db, actor, request.params.planId);
    },
  );

  app.post(
    '/api/growth/plans/:planId/updates',
    {
      schema: {
        tags,
        summary: 'Add a dated progress note',
        params: planParams,
        body: addUpdateRequest,
        response: { 201: planDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addProgressUpdate(db, actor, request.params.planId, request.body);
      return reply.status(201).send(await presentVisiblePlan(db, actor, request.params.planId));
    },
  );
};
