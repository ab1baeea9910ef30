import { z } from 'zod';
import {
  approveRequest,
  coachingLogistics,
  coachingProgramme,
  coachPoolQuery,
  coachProfile,
  createProgrammeRequest,
  pendingApproval,
  updateProgrammeRequest,
  writeCoachProfileRequest,
} from '../../../contracts/coaching';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { approveStart } from './commands/engagements';
import { createProgramme, updateProgramme, writeCoachProfile } from './commands/pool';
import { coachingLogistics as logisticsOf } from './logistics';
import { listCoaches, listProgrammes, pendingApprovals, presentProgramme } from './views';

const tags = ['coaching'];
const base = '/api/growth/coaching';

const hrOnly = (actor: Actor) => {
  if (!actor.roles.has('hr_admin')) throw forbidden();
  return actor;
};

/** The coach pool, programmes and HR's logistics: everything about coaching that is not one engagement. */
export const poolRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    `${base}/coaches`,
    {
      schema: {
        tags,
        summary: 'The coach pool: coaches who can be asked, with filters',
        querystring: coachPoolQuery,
        response: { 200: pageOf(coachProfile) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { items, total } = await listCoaches(db, actor.organizationId, {
        ...request.query,
        poolOnly: true,
      });
      return { items, page: request.query.page, pageSize: request.query.pageSize, total };
    },
  );

  app.get(
    `${base}/hr/coaches`,
    {
      schema: {
        tags,
        summary: 'HR: every coach profile, in the pool or not',
        querystring: pageQuery,
        response: { 200: pageOf(coachProfile) },
      },
    },
    async (request) => {
      const actor = hrOnly(requireActor(request));
      const { page, pageSize } = request.query;
      const { items, total } = await listCoaches(db, actor.organizationId, {
        poolOnly: false,
        page,
        pageSize,
      });
      return { items, page, pageSize, total };
    },
  );

  app.put(
    `${base}/hr/coaches/:personId`,
    {
      schema: {
        tags,
        summary: "HR: write a coach's profile and put them in or out of the pool",
        params: z.object({ personId: uuidParam }),
        body: writeCoachProfileRequest,
        response: { 200: coachProfile },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await writeCoachProfile(db, actor, request.params.personId, request.body);
      const { items } = await listCoaches(db, actor.organizationId, {
        poolOnly: false,
        page: 1,
        pageSize: 100,
      });
      return items.find((c) => c.personId === request.params.personId)!;
    },
  );

  app.get(
    `${base}/programmes`,
    {
      schema: {
        tags,
        summary: 'Coaching programmes (HR sees retired ones too)',
        response: { 200: z.object({ items: z.array(coachingProgramme) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listProgrammes(db, actor.organizationId, !actor.roles.has('hr_admin'));
      return { items: rows.map(presentProgramme) };
    },
  );

  app.post(
    `${base}/programmes`,
    {
      schema: {
        tags,
        summary: 'HR: create a coaching programme',
        body: createProgrammeRequest,
        response: { 201: coachingProgramme },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createProgramme(db, actor, request.body);
      const rows = await listProgrammes(db, actor.organizationId, false);
      return reply.status(201).send(presentProgramme(rows.find((p) => p.id === id)!));
    },
  );

  app.patch(
    `${base}/programmes/:programmeId`,
    {
      schema: {
        tags,
        summary: 'HR: change a programme; version-checked',
        params: z.object({ programmeId: uuidParam }),
        body: updateProgrammeRequest,
        response: { 200: coachingProgramme },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateProgramme(db, actor, request.params.programmeId, request.body);
      const rows = await listProgrammes(db, actor.organizationId, false);
      return presentProgramme(rows.find((p) => p.id === request.params.programmeId)!);
    },
  );

  app.get(
    `${base}/hr/logistics`,
    {
      schema: {
        tags,
        summary: 'HR: engagements by status and sessions per programme (counts; groups under 5 withheld)',
        response: { 200: coachingLogistics },
      },
    },
    async (request) => logisticsOf(db, hrOnly(requireActor(request)).organizationId),
  );

  app.get(
    `${base}/hr/approvals`,
    {
      schema: {
        tags,
        summary: 'HR: engagements waiting for approval to start (names, programme and date only)',
        querystring: pageQuery,
        response: { 200: pageOf(pendingApproval) },
      },
    },
    async (request) => {
      const actor = hrOnly(requireActor(request));
      const { page, pageSize } = request.query;
      return { ...(await pendingApprovals(db, actor, page, pageSize)), page, pageSize };
    },
  );

  app.post(
    `${base}/hr/approvals/:engagementId`,
    {
      schema: {
        tags,
        summary: 'HR: approve or decline the start of an engagement',
        params: z.object({ engagementId: uuidParam }),
        body: approveRequest,
        response: { 200: z.object({ status: z.enum(['active', 'declined']) }) },
      },
    },
    async (request) => {
      await approveStart(db, requireActor(request), request.params.engagementId, request.body);
      return { status: request.body.approve ? ('active' as const) : ('declined' as const) };
    },
  );
};
