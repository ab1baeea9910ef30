import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  approval360,
  approvalInput,
  competencyOption,
  listQuery360,
  program360,
  report360,
  request360Summary,
  submitResponse360,
  task360,
  taskDetail360,
} from '../../../contracts/feedback360';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { listCompetenciesForQuestionnaire } from '../paths/queries';
import { readReport360For, record360sListed, task360Access } from './access';
import { decideNominations } from './commands/nominations';
import { declineTask, submitResponse } from './commands/responses';
import { request360Policy } from './policy';
import { presentApprovals, presentSummaries, presentTasks } from './present';
import {
  listApprovals,
  listCoachedRequests,
  listProgramRequests,
  listTasks,
  namesOf,
  previousRequest,
  questionsOf,
  reportBodyOf,
} from './queries';

const tags = ['360 feedback'];
const empty = (page: number, pageSize: number) => ({ items: [], page, pageSize, total: 0 });

async function presentTaskDetail(db: Db, actor: Actor, taskId: string) {
  const { row: found } = await task360Access.readFor(db, actor, taskId);
  const [task] = await presentTasks(db, actor, [found]);
  const questions = await questionsOf(db, found.request.id);
  return {
    ...task!,
    questions: questions.map((q) => ({
      id: q.id,
      competency: q.competencyName,
      description: q.competencyDescription,
      behaviours: q.behaviours,
    })),
  };
}

/** Rater tasks, the manager's approvals, the coach's list, HR's program view and the report. */
export const feedback360ReadRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/360/tasks',
    {
      schema: {
        tags,
        summary: 'My rater tasks',
        querystring: listQuery360,
        response: { 200: pageOf(task360) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return empty(page, pageSize);
      const { rows, total } = await listTasks(db, actor.organizationId, actor.personId, page, pageSize);
      return { items: await presentTasks(db, actor, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/360/tasks/:taskId',
    {
      schema: {
        tags,
        summary: 'One of my rater tasks with its questionnaire',
        params: z.object({ taskId: uuidParam }),
        response: { 200: taskDetail360 },
      },
    },
    async (request) => presentTaskDetail(db, requireActor(request), request.params.taskId),
  );

  // The task id travels in the body, not the path, so request logs never pair a rater's task with
  // the moment a response was stored.
  app.post(
    '/api/growth/360/responses',
    {
      schema: {
        tags,
        summary: 'Answer my rater task (stored without any link to me)',
        body: submitResponse360,
        response: { 201: task360 },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await submitResponse(db, actor, request.body);
      const { questions: _q, ...task } = await presentTaskDetail(db, actor, request.body.taskId);
      return reply.status(201).send(task);
    },
  );

  app.post(
    '/api/growth/360/tasks/:taskId/decline',
    {
      schema: {
        tags,
        summary: 'Decline my rater task',
        params: z.object({ taskId: uuidParam }),
        response: { 200: task360 },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await declineTask(db, actor, request.params.taskId);
      const { questions: _q, ...task } = await presentTaskDetail(db, actor, request.params.taskId);
      return task;
    },
  );

  app.get(
    '/api/growth/360/approvals',
    {
      schema: {
        tags,
        summary: 'Nominations waiting for my approval as manager',
        querystring: listQuery360,
        response: { 200: pageOf(approval360) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return empty(page, pageSize);
      const { rows, total } = await listApprovals(db, actor.organizationId, actor.personId, page, pageSize);
      await record360sListed(
        db,
        actor,
        rows.map((row) => row.subjectId),
        '360 nominations',
      );
      return { items: await presentApprovals(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/360/requests/:requestId/approval',
    {
      schema: {
        tags,
        summary: 'As the manager: approve or reject each nomination',
        params: z.object({ requestId: uuidParam }),
        body: approvalInput,
        response: { 200: request360Summary },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const changed = await decideNominations(db, actor, request.params.requestId, request.body);
      return (await presentSummaries(db, actor, [changed]))[0]!;
    },
  );

  app.get(
    '/api/growth/360/coachees',
    {
      schema: {
        tags,
        summary: '360 reports of the people I coach',
        querystring: listQuery360,
        response: { 200: pageOf(request360Summary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return empty(page, pageSize);
      const { rows, total } = await listCoachedRequests(
        db,
        actor.organizationId,
        actor.personId,
        page,
        pageSize,
      );
      return { items: await presentSummaries(db, actor, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/360/programs',
    {
      schema: {
        tags,
        summary: 'HR: leadership-program 360s as counts per state (never any content)',
        querystring: listQuery360,
        response: { 200: pageOf(program360) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('hr_admin')) throw forbidden();
      const { page, pageSize } = request.query;
      const { names, rows, total } = await listProgramRequests(db, actor.organizationId, page, pageSize);
      const people = await namesOf(
        db,
        actor.organizationId,
        rows.map((r) => r.subjectId),
      );
      // The state of someone's 360 is part of their development record: the read is on their log.
      await record360sListed(
        db,
        actor,
        rows.map((r) => r.subjectId),
        '360 program status',
      );
      const items = names.map((programName) => {
        const inProgram = rows.filter((r) => r.programName === programName);
        const count = (s: (typeof inProgram)[number]['status']) =>
          inProgram.filter((r) => r.status === s).length;
        return {
          programName,
          counts: {
            nominating: count('nominating'),
            awaiting_approval: count('awaiting_approval'),
            collecting: count('collecting'),
            closed: count('closed'),
            released: count('released'),
          },
          participants: inProgram.map((r) => ({
            requestId: r.id,
            subject: { id: r.subjectId, ...(people.get(r.subjectId) ?? { displayName: '', jobTitle: '' }) },
            status: r.status,
            version: r.version,
          })),
        };
      });
      return { items, page, pageSize, total };
    },
  );

  app.get(
    '/api/growth/360/competencies',
    {
      schema: {
        tags,
        summary: 'Competencies a new 360 can ask about (the active library)',
        response: { 200: z.array(competencyOption) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const library = await listCompetenciesForQuestionnaire(db, actor.organizationId);
      return library.map((c) => ({ id: c.id, name: c.name, description: c.description }));
    },
  );

  app.get(
    '/api/growth/360/requests/:requestId/report',
    {
      schema: {
        tags,
        summary: 'The 360 report: subject once released; an assigned coach from closing',
        params: z.object({ requestId: uuidParam }),
        response: { 200: report360 },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, policy } = await readReport360For(db, actor, request.params.requestId);
      // "Change since last time" uses the previous 360 only for someone who could read that one too.
      const earlier = await previousRequest(db, row);
      const previous = earlier && request360Policy(actor, earlier).readReport ? earlier : null;
      const [body, names] = await Promise.all([
        reportBodyOf(db, row, previous),
        namesOf(db, row.organizationId, [row.subjectId]),
      ]);
      return {
        requestId: row.id,
        subject: { id: row.subjectId, ...(names.get(row.subjectId) ?? { displayName: '', jobTitle: '' }) },
        programName: row.programName,
        closedOn: row.closedOn,
        status: row.status,
        ...body,
        previous: previous ? { requestId: previous.id, closedOn: previous.closedOn } : null,
        version: row.version,
        abilities: { release: policy.release },
      };
    },
  );
};
