import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  createTeamActionRequest,
  teamAction,
  teamActionListQuery,
  updateTeamActionRequest,
} from '../../../contracts/surveys';
import { hasRole } from '../../platform/auth/actor';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { teamActionAccess } from './access';
import { createTeamAction, updateTeamAction } from './commands/teamActions';
import { presentTeamAction } from './present';
import { listTeamActions } from './queries';

const tags = ['surveys'];
const params = z.object({ actionId: uuidParam });

/** Team action plans after a survey: about a team, never a person in it. */
export const surveyActionRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/surveys/actions',
    {
      schema: {
        tags,
        summary: "Team actions: every team's for HR, the caller's own team's for a manager",
        querystring: teamActionListQuery,
        response: { 200: pageOf(teamAction) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, teamKind, teamId } = request.query;
      const hr = hasRole(actor, 'hr_admin');
      // The reach of someone who is not HR: their own team, whatever they asked for.
      if (!hr && !actor.personId) throw forbidden();
      const { rows, total } = await listTeamActions(db, {
        organizationId: actor.organizationId,
        teamKind: hr ? teamKind : 'manager',
        teamId: hr ? teamId : actor.personId!,
        page,
        pageSize,
      });
      return { items: rows.map((row) => presentTeamAction(actor, row)), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/surveys/actions',
    {
      schema: {
        tags,
        summary: 'Add an action to a team plan',
        body: createTeamActionRequest,
        response: { 201: teamAction },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createTeamAction(db, { actor, input: request.body });
      const { row } = await teamActionAccess.readFor(db, actor, id);
      return reply.status(201).send(presentTeamAction(actor, row));
    },
  );

  app.patch(
    '/api/growth/surveys/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Change a team action (status, owner, due date); version-checked',
        params,
        body: updateTeamActionRequest,
        response: { 200: teamAction },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateTeamAction(db, { actor, actionId: request.params.actionId, input: request.body });
      const { row } = await teamActionAccess.readFor(db, actor, request.params.actionId);
      return presentTeamAction(actor, row);
    },
  );
};
