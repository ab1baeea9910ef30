import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import {
  compCycle,
  compCycleListQuery,
  compCyclePage,
  compCycleSetupCheck,
  compCycleTransitionRequest,
  compParticipant,
  compParticipantListQuery,
  compParticipantPage,
  createCompCycleRequest,
  eligibilityOverrideRequest,
  updateCompCycleRequest,
  versionRequest,
} from '../../../../contracts/compensation/cycles';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { forbidden } from '../../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { cycleAccess, logParticipantListAccess } from './access';
import { launchCompCycle } from './commands/launchCycle';
import { moveCompCycle } from './commands/moveCycle';
import { overrideEligibility } from './commands/overrideEligibility';
import { createCompCycle, updateCompCycle } from './commands/saveCycle';
import { cycleListPolicy } from './policy';
import { presentCycle, presentParticipant } from './present';
import {
  type CycleRow,
  cycleCounts,
  findListedParticipant,
  listCycles,
  listParticipants,
  overBudgetPolicyOf,
} from './queries';
import { checkSetup } from './setup';

const tags = ['compensation'];
const base = '/api/performance/compensation/cycles';
const cycleParams = z.object({ cycleId: uuidParam });

/** A cycle as its own page shows it: with the launch's counts once it has participants. */
async function presentWithCounts(db: Db, actor: Actor, row: CycleRow) {
  const [overBudgetPolicy, counts] = await Promise.all([
    overBudgetPolicyOf(db, actor.organizationId),
    row.launchedAt ? cycleCounts(db, row.id) : Promise.resolve(null),
  ]);
  return presentCycle(actor, row, { overBudgetPolicy, counts });
}

/** Compensation cycles for HR (issue 12 items 2–5: set-up, launch, states, participants). */
export const compCycleRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Compensation cycles, newest first (HR admin)',
        querystring: compCycleListQuery,
        response: { 200: compCyclePage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!cycleListPolicy(actor).list) throw forbidden();
      const { rows, nextCursor } = await listCycles(db, {
        organizationId: actor.organizationId,
        ...request.query,
      });
      const overBudgetPolicy = await overBudgetPolicyOf(db, actor.organizationId);
      return { items: rows.map((row) => presentCycle(actor, row, { overBudgetPolicy })), nextCursor };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Set up a compensation cycle as a draft (HR admin)',
        body: createCompCycleRequest,
        response: { 201: compCycle },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await createCompCycle(db, { actor, input: request.body });
      return reply.status(201).send(await presentWithCounts(db, actor, row));
    },
  );

  app.get(
    `${base}/:cycleId`,
    {
      schema: {
        tags,
        summary: 'A compensation cycle with its participant counts (HR admin)',
        params: cycleParams,
        response: { 200: compCycle },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await cycleAccess.readFor(db, actor, request.params.cycleId);
      return presentWithCounts(db, actor, row);
    },
  );

  app.patch(
    `${base}/:cycleId`,
    {
      schema: {
        tags,
        summary: "Change a draft cycle's set-up; version-checked",
        params: cycleParams,
        body: updateCompCycleRequest,
        response: { 200: compCycle },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await updateCompCycle(db, { actor, cycleId: request.params.cycleId, input: request.body });
      return presentWithCounts(db, actor, row);
    },
  );

  app.get(
    `${base}/:cycleId/setup-check`,
    {
      schema: {
        tags,
        summary:
          'What would stop the launch: dates, merit matrix against the rating scale, exchange rates for every currency',
        params: cycleParams,
        response: { 200: compCycleSetupCheck },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await cycleAccess.readFor(db, actor, request.params.cycleId);
      const asOf = await actorToday(db, actor);
      return checkSetup(db, { organizationId: actor.organizationId, asOf }, row);
    },
  );

  app.post(
    `${base}/:cycleId/launch`,
    {
      schema: {
        tags,
        summary: 'Launch a draft: freeze the exchange rates and snapshot every person (draft → planning)',
        params: cycleParams,
        body: versionRequest,
        response: { 200: compCycle },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await launchCompCycle(db, {
        actor,
        cycleId: request.params.cycleId,
        version: request.body.version,
      });
      return presentWithCounts(db, actor, row);
    },
  );

  app.post(
    `${base}/:cycleId/transitions`,
    {
      schema: {
        tags,
        summary: 'Move a launched cycle on: review, approved, released (never a sandbox), archived',
        params: cycleParams,
        body: compCycleTransitionRequest,
        response: { 200: compCycle },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await moveCompCycle(db, { actor, cycleId: request.params.cycleId, ...request.body });
      return presentWithCounts(db, actor, row);
    },
  );

  app.get(
    `${base}/:cycleId/participants`,
    {
      schema: {
        tags,
        summary:
          "A cycle's participants as snapshotted at launch, by name (HR admin; each read is logged for the person)",
        params: cycleParams,
        querystring: compParticipantListQuery,
        response: { 200: compParticipantPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await cycleAccess.readFor(db, actor, request.params.cycleId);
      const { rows, nextCursor } = await listParticipants(db, { cycleId: row.id, ...request.query });
      await logParticipantListAccess(
        db,
        actor,
        rows.map((participant) => participant.personId),
      );
      return { items: rows.map(presentParticipant), nextCursor };
    },
  );

  app.post(
    `${base}/participants/:participantId/eligibility`,
    {
      schema: {
        tags,
        summary:
          "Override a person's eligibility with a reason while the cycle plans (HR admin, not for oneself)",
        params: z.object({ participantId: uuidParam }),
        body: eligibilityOverrideRequest,
        response: { 200: compParticipant },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await overrideEligibility(db, { actor, participantId: request.params.participantId, ...request.body });
      const row = await findListedParticipant(db, request.params.participantId);
      return presentParticipant(row!);
    },
  );
};
