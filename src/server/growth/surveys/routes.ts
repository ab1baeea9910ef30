import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import {
  answerByLinkRequest,
  answerSurveyRequest,
  createSurveyRequest,
  openSurveyPage,
  questionnaire,
  starterQuestions,
  survey,
  surveyDrivers,
  surveyLinkRequest,
  surveyListQuery,
  surveyRound,
  surveyRoundListQuery,
  surveySummary,
  updateSurveyRequest,
} from '../../../contracts/surveys';
import type { Actor } from '../../platform/auth/actor';
import { hasRole } from '../../platform/auth/actor';
import { actorToday, organizationToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { surveyAccess } from './access';
import { answerSurvey, assertAnswerable, findInvitation, type Invitation } from './commands/answerSurvey';
import { launchRound } from './commands/launchRound';
import { createSurvey, updateSurvey } from './commands/manageSurveys';
import { presentRound, presentSurvey } from './present';
import {
  invitedCounts,
  listOpenInvitations,
  listRounds,
  listSurveys,
  questionsOf,
  roundCountOf,
  surveyHasResponses,
} from './queries';
import { starterQuestionList } from './starterLibrary';

const tags = ['surveys'];
const surveyParams = z.object({ surveyId: uuidParam });
const roundParams = z.object({ roundId: uuidParam });

async function presentOne(db: Db, actor: Actor, id: string) {
  const { row } = await surveyAccess.readFor(db, actor, id);
  const [questions, locked, roundCount] = await Promise.all([
    questionsOf(db, row.id),
    surveyHasResponses(db, row.id),
    roundCountOf(db, row.id),
  ]);
  return presentSurvey(actor, row, { questions, locked, roundCount });
}

function presentQuestionnaire({ round, survey: s, questions }: Invitation) {
  return {
    roundId: round.id,
    surveyName: s.name,
    opensOn: round.opensOn,
    closesOn: round.closesOn,
    questions: questions.map((q) => ({ id: q.id, kind: q.kind, driver: q.driver, prompt: q.prompt })),
    anonymity: { threshold: s.anonymityThreshold, commentThreshold: s.commentThreshold },
  };
}

/** Survey set-up and rounds (HR admins), and answering (everyone invited, signed in or by link). */
export const surveysRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/surveys/starter-questions',
    {
      schema: {
        tags,
        summary: 'The starter driver list and example items',
        response: { 200: starterQuestions },
      },
    },
    async (request) => {
      requireActor(request);
      return { drivers: [...surveyDrivers], questions: starterQuestionList };
    },
  );

  app.get(
    '/api/growth/surveys',
    {
      schema: {
        tags,
        summary: 'Surveys of the organisation, newest first (HR admins)',
        querystring: surveyListQuery,
        response: { 200: pageOf(surveySummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!hasRole(actor, 'hr_admin')) throw forbidden();
      const { page, pageSize } = request.query;
      const { rows, total } = await listSurveys(db, { organizationId: actor.organizationId, page, pageSize });
      const items = await Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          name: row.name,
          schedule: row.schedule,
          ended: row.ended,
          nextRoundOn: row.nextRoundOn,
          roundCount: await roundCountOf(db, row.id),
          createdAt: row.createdAt.toISOString(),
        })),
      );
      return { items, page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/surveys',
    {
      schema: {
        tags,
        summary: 'Set up a survey or recurring pulse (HR admins)',
        body: createSurveyRequest,
        response: { 201: survey },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createSurvey(db, { actor, input: request.body, today: await actorToday(db, actor) });
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.get(
    '/api/growth/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: 'One survey with its questions and rules',
        params: surveyParams,
        response: { 200: survey },
      },
    },
    async (request) => presentOne(db, requireActor(request), request.params.surveyId),
  );

  app.patch(
    '/api/growth/surveys/:surveyId',
    {
      schema: {
        tags,
        summary: 'Change a survey; the anonymity rules lock at the first response (409 threshold_locked)',
        params: surveyParams,
        body: updateSurveyRequest,
        response: { 200: survey },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateSurvey(db, {
        actor,
        surveyId: request.params.surveyId,
        input: request.body,
        today: await actorToday(db, actor),
      });
      return presentOne(db, actor, request.params.surveyId);
    },
  );

  app.get(
    '/api/growth/surveys/:surveyId/rounds',
    {
      schema: {
        tags,
        summary: "A survey's rounds, latest first",
        params: surveyParams,
        querystring: surveyRoundListQuery,
        response: { 200: pageOf(surveyRound) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await surveyAccess.readFor(db, actor, request.params.surveyId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listRounds(db, { surveyId: row.id, page, pageSize });
      const invited = await invitedCounts(
        db,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => presentRound(r, row, invited.get(r.id) ?? 0)), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/surveys/:surveyId/rounds',
    {
      schema: {
        tags,
        summary: 'Launch a round now: snapshot, fatigue guard, invitations in-app and by email',
        params: surveyParams,
        response: { 201: surveyRound },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const today = await organizationToday(db, actor.organizationId);
      const result = await inTransaction(db, async (tx) => {
        const { row } = await surveyAccess.lockFor(tx, actor, request.params.surveyId, 'launch');
        const launched = await launchRound(tx, {
          survey: row,
          today,
          actorAccountId: actor.accountId,
        });
        return { launched, survey: row };
      });
      const { rows } = await listRounds(db, { surveyId: result.survey.id, page: 1, pageSize: 1 });
      return reply.status(201).send(presentRound(rows[0]!, result.survey, result.launched.invited));
    },
  );

  // ---- answering ----

  app.get(
    '/api/growth/surveys/mine',
    {
      schema: {
        tags,
        summary: 'Survey rounds I am invited to and have not answered',
        querystring: pageQuery,
        response: { 200: openSurveyPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listOpenInvitations(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        today: await actorToday(db, actor),
        page,
        pageSize,
      });
      return {
        items: rows.map((r) => ({
          roundId: r.round.id,
          surveyName: r.surveyName,
          closesOn: r.round.closesOn,
          questionCount: r.round.questionIds.length,
        })),
        page,
        pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/growth/surveys/mine/:roundId',
    {
      schema: {
        tags,
        summary: 'The questions of a round I am invited to (409 once answered or closed)',
        params: roundParams,
        response: { 200: questionnaire },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.personId) throw forbidden();
      const invitation = await findInvitation(db, {
        kind: 'person',
        organizationId: actor.organizationId,
        personId: actor.personId,
        roundId: request.params.roundId,
      });
      assertAnswerable(invitation, await actorToday(db, actor));
      return presentQuestionnaire(invitation);
    },
  );

  app.post(
    '/api/growth/surveys/mine/:roundId/answers',
    {
      schema: {
        tags,
        summary: 'Answer a round signed in; a second answer is 409',
        params: roundParams,
        body: answerSurveyRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!actor.personId) throw forbidden();
      await answerSurvey(db, {
        respondent: {
          kind: 'person',
          organizationId: actor.organizationId,
          personId: actor.personId,
          roundId: request.params.roundId,
        },
        answer: request.body,
        today: await actorToday(db, actor),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/growth/surveys/link/questionnaire',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The questions behind an emailed one-time link (does not spend the link)',
        body: surveyLinkRequest,
        response: { 200: questionnaire },
      },
    },
    async (request) => {
      const invitation = await findInvitation(db, { kind: 'link', token: request.body.token });
      assertAnswerable(invitation, await organizationToday(db, invitation.round.organizationId));
      return presentQuestionnaire(invitation);
    },
  );

  app.post(
    '/api/growth/surveys/link/answers',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Answer through an emailed one-time link, without signing in (spends the link)',
        body: answerByLinkRequest,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { token, ...answer } = request.body;
      const invitation = await findInvitation(db, { kind: 'link', token });
      await answerSurvey(db, {
        respondent: { kind: 'link', token },
        answer,
        today: await organizationToday(db, invitation.round.organizationId),
      });
      return reply.status(204).send(null);
    },
  );
};
