import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import {
  careerQuestion,
  conversationPartner,
  coveragePage,
  createQuestionRequest,
  personConversationSummary,
  questionListQuery,
  reorderQuestionsRequest,
  reportCadencePage,
  settings,
  updateQuestionRequest,
  updateSettingsRequest,
} from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import { actorTimeZone } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { forbidden, notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { conversationRhythmAccess, recordRhythmsListed } from './access';
import { personSummary, reportCadences } from './cadence';
import {
  createQuestion,
  reorderQuestions,
  updateConversationSettings,
  updateQuestion,
} from './commands/rules';
import { canEditConversationRules } from './policy';
import { presentQuestion } from './present';
import { coverageByDepartment, directReports, findQuestion, listQuestions, personBasics } from './queries';
import { ensureConversationSetup } from './settings';

const tags = ['career conversations'];

async function presentSettings(db: Db, actor: Actor) {
  const row = await ensureConversationSetup(db, actor.organizationId);
  return {
    cadenceMonths: row.cadenceMonths,
    releaseWindowDays: row.releaseWindowDays,
    policyStartedOn: row.policyStartedOn,
    version: row.version,
    abilities: { edit: canEditConversationRules(actor) },
  };
}

/**
 * Organisation rules (cadence, release window, question bank), the manager's cadence list, the
 * per-person summary for "Next" panels, and HR coverage counts.
 */
export const rulesRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/conversations/settings',
    { schema: { tags, summary: 'Cadence and review-release warning window', response: { 200: settings } } },
    async (request) => presentSettings(db, requireActor(request)),
  );

  app.put(
    '/api/growth/conversations/settings',
    {
      schema: {
        tags,
        summary: 'HR: change the cadence and the warning window; version-checked',
        body: updateSettingsRequest,
        response: { 200: settings },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateConversationSettings(db, actor, request.body);
      return presentSettings(db, actor);
    },
  );

  app.get(
    '/api/growth/conversations/questions',
    {
      schema: {
        tags,
        summary: 'The guided question bank, in order (HR may include retired questions)',
        querystring: questionListQuery,
        response: { 200: pageOf(careerQuestion) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await ensureConversationSetup(db, actor.organizationId);
      const { page, pageSize, includeRetired } = request.query;
      const { rows, total } = await listQuestions(db, actor.organizationId, {
        includeRetired: includeRetired && canEditConversationRules(actor),
        page,
        pageSize,
      });
      return { items: rows.map(presentQuestion), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/conversations/questions',
    {
      schema: {
        tags,
        summary: 'HR: add a guided question at the end of the bank',
        body: createQuestionRequest,
        response: { 201: careerQuestion },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createQuestion(db, actor, request.body);
      return reply.status(201).send(presentQuestion((await findQuestion(db, actor.organizationId, id))!));
    },
  );

  app.patch(
    '/api/growth/conversations/questions/:questionId',
    {
      schema: {
        tags,
        summary: 'HR: reword, re-theme, retire or restore a question; version-checked',
        params: z.object({ questionId: uuidParam }),
        body: updateQuestionRequest,
        response: { 200: careerQuestion },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateQuestion(db, actor, request.params.questionId, request.body);
      return presentQuestion((await findQuestion(db, actor.organizationId, request.params.questionId))!);
    },
  );

  app.post(
    '/api/growth/conversations/questions/order',
    {
      schema: {
        tags,
        summary: 'HR: put the active questions in a new order',
        body: reorderQuestionsRequest,
        response: { 200: pageOf(careerQuestion) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await reorderQuestions(db, actor, request.body);
      const { rows, total } = await listQuestions(db, actor.organizationId, {
        includeRetired: false,
        page: 1,
        pageSize: 100,
      });
      return { items: rows.map(presentQuestion), page: 1, pageSize: 100, total };
    },
  );

  app.get(
    '/api/growth/conversations/reports',
    {
      schema: {
        tags,
        summary: 'My direct reports: last conversation held, next scheduled, and who is overdue',
        querystring: pageQuery,
        response: { 200: reportCadencePage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0, overdueCount: 0 };
      const settingsRow = await ensureConversationSetup(db, actor.organizationId);
      // All reports at once (a team, not a company): the overdue count covers every page.
      const { rows, total } = await directReports(db, actor.organizationId, actor.personId, 1, 1000);
      const all = await reportCadences(db, settingsRow, await actorTimeZone(db, actor), actor.personId, rows);
      const items = all.slice((page - 1) * pageSize, page * pageSize);
      await recordRhythmsListed(
        db,
        actor,
        items.map((item) => item.person.id),
      );
      return { items, page, pageSize, total, overdueCount: all.filter((r) => r.overdue).length };
    },
  );

  app.get(
    '/api/growth/conversations/partners',
    {
      schema: {
        tags,
        summary: 'Whom I can hold a career conversation with: my manager, then my direct reports',
        querystring: pageQuery,
        response: { 200: pageOf(conversationPartner) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const me = await personBasics(db, actor.organizationId, actor.personId);
      const manager = me?.managerId ? await personBasics(db, actor.organizationId, me.managerId) : null;
      const reports = await directReports(db, actor.organizationId, actor.personId, 1, 1000);
      const all = [
        ...(manager
          ? [
              {
                id: manager.id,
                givenName: manager.givenName,
                familyName: manager.familyName,
                jobTitle: '',
                relation: 'manager' as const,
              },
            ]
          : []),
        ...reports.rows.map((r) => ({ ...r, relation: 'report' as const })),
      ];
      const items = all.slice((page - 1) * pageSize, page * pageSize).map((p) => ({
        person: { id: p.id, displayName: `${p.givenName} ${p.familyName}`, jobTitle: p.jobTitle },
        relation: p.relation,
      }));
      return { items, page, pageSize, total: all.length };
    },
  );

  app.get(
    '/api/growth/conversations/people/:personId',
    {
      schema: {
        tags,
        summary: "A person's conversation rhythm (dates only), for themselves and their direct manager",
        params: z.object({ personId: uuidParam }),
        response: { 200: personConversationSummary },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const { reach } = await conversationRhythmAccess.reachFor(db, actor, personId);
      const person = await personBasics(db, actor.organizationId, personId);
      if (!person) throw notFound('Person');
      const settingsRow = await ensureConversationSetup(db, actor.organizationId);
      return personSummary(
        db,
        settingsRow,
        await actorTimeZone(db, actor),
        { id: person.id, hireDate: person.hireDate, organizationId: actor.organizationId },
        reach === 'report' ? (actor.personId ?? undefined) : undefined,
      );
    },
  );

  app.get(
    '/api/growth/conversations/coverage',
    {
      schema: {
        tags,
        summary: 'HR: per department, people and how many held a career conversation in the last 6 months',
        querystring: pageQuery,
        response: { 200: coveragePage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('hr_admin')) throw forbidden();
      const { page, pageSize } = request.query;
      const result = await coverageByDepartment(db, actor.organizationId, page, pageSize);
      return { ...result, page, pageSize };
    },
  );
};
