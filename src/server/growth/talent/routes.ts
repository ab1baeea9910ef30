import { z } from 'zod';
import { uuidParam } from '../../../contracts/common';
import { createOfferRequest, developmentOffer } from '../../../contracts/developmentOffers';
import {
  assessTalentRequest,
  changeTalentSessionStateRequest,
  createTalentSessionRequest,
  placeTalentRequest,
  talentAccess,
  talentBoard,
  talentCard,
  talentDistribution,
  talentHistory,
  talentSession,
  talentSessionListQuery,
  talentSessionPage,
  updateTalentSessionRequest,
} from '../../../contracts/talent';
import { hasRole } from '../../platform/auth/actor';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { assessMember, offerFromReview, placeMember } from './commands/members';
import { changeTalentSessionState, createTalentSession, updateTalentSession } from './commands/sessions';
import { designatedFor, listTalentSessions } from './queries';
import { boardView, cardView, distributionView, historyView, presentSessions, sessionView } from './views';

const tags = ['talent'];
const sessionParams = z.object({ sessionId: uuidParam });
const memberParams = z.object({ sessionId: uuidParam, personId: uuidParam });

export const talentRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/talent/access',
    {
      schema: {
        tags,
        summary: 'Whether the caller sees talent reviews at all',
        response: { 200: talentAccess },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const hr = hasRole(actor, 'hr_admin');
      if (hr) return { visible: true, canCreate: true };
      const { total } = await listTalentSessions(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        everything: false,
        page: 1,
        pageSize: 1,
      });
      return { visible: total > 0, canCreate: false };
    },
  );

  app.get(
    '/api/growth/talent/sessions',
    {
      schema: {
        tags,
        summary: 'Talent reviews the caller reads (HR: all; participants: theirs), newest first',
        querystring: talentSessionListQuery,
        response: { 200: talentSessionPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, state } = request.query;
      const { rows, total } = await listTalentSessions(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        everything: hasRole(actor, 'hr_admin'),
        state,
        page,
        pageSize,
      });
      const designated = await designatedFor(db, rows);
      const items = await presentSessions(
        db,
        actor,
        rows.map((row) => ({ row, relation: { designatedPersonIds: designated.get(row.id) ?? [] } })),
      );
      return { items, page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/talent/sessions',
    {
      schema: {
        tags,
        summary: 'Start a talent review (HR): the population is resolved to people now',
        body: createTalentSessionRequest,
        response: { 201: talentSession },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createTalentSession(db, actor, request.body);
      return reply.status(201).send(await sessionView(db, actor, id));
    },
  );

  app.get(
    '/api/growth/talent/sessions/:sessionId',
    {
      schema: { tags, summary: 'One talent review', params: sessionParams, response: { 200: talentSession } },
    },
    async (request) => sessionView(db, requireActor(request), request.params.sessionId),
  );

  app.patch(
    '/api/growth/talent/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'Change name, dates, box labels or participants (HR, until locked); version-checked',
        params: sessionParams,
        body: updateTalentSessionRequest,
        response: { 200: talentSession },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateTalentSession(db, actor, request.params.sessionId, request.body);
      return sessionView(db, actor, request.params.sessionId);
    },
  );

  app.post(
    '/api/growth/talent/sessions/:sessionId/state',
    {
      schema: {
        tags,
        summary: 'Start the review or lock it (locked is read-only)',
        params: sessionParams,
        body: changeTalentSessionStateRequest,
        response: { 200: talentSession },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await changeTalentSessionState(db, actor, request.params.sessionId, request.body);
      return sessionView(db, actor, request.params.sessionId);
    },
  );

  app.get(
    '/api/growth/talent/sessions/:sessionId/board',
    {
      schema: {
        tags,
        summary: 'The 9-box of a talent review',
        params: sessionParams,
        response: { 200: talentBoard },
      },
    },
    async (request) => boardView(db, requireActor(request), request.params.sessionId),
  );

  app.get(
    '/api/growth/talent/sessions/:sessionId/distribution',
    {
      schema: {
        tags,
        summary: 'Counts per box per manager, for spotting bias',
        params: sessionParams,
        response: { 200: talentDistribution },
      },
    },
    async (request) => distributionView(db, requireActor(request), request.params.sessionId),
  );

  app.get(
    '/api/growth/talent/sessions/:sessionId/people/:personId',
    {
      schema: {
        tags,
        summary: "A person's talent card in a review (never one's own)",
        params: memberParams,
        response: { 200: talentCard },
      },
    },
    async (request) => cardView(db, requireActor(request), request.params.sessionId, request.params.personId),
  );

  app.put(
    '/api/growth/talent/sessions/:sessionId/people/:personId/assessment',
    {
      schema: {
        tags,
        summary: 'Write the potential assessment (evidence required per answer); version-checked',
        params: memberParams,
        body: assessTalentRequest,
        response: { 200: talentCard },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { sessionId, personId } = request.params;
      await assessMember(db, actor, sessionId, personId, request.body);
      return cardView(db, actor, sessionId, personId);
    },
  );

  app.post(
    '/api/growth/talent/sessions/:sessionId/people/:personId/placement',
    {
      schema: {
        tags,
        summary: 'Move a person to another box, with a rationale (facilitator or HR)',
        params: memberParams,
        body: placeTalentRequest,
        response: { 200: talentCard },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { sessionId, personId } = request.params;
      await placeMember(db, actor, sessionId, personId, request.body);
      return cardView(db, actor, sessionId, personId);
    },
  );

  app.post(
    '/api/growth/talent/sessions/:sessionId/people/:personId/offers',
    {
      schema: {
        tags,
        summary: 'Offer the person a development opportunity (it reaches them without any talent label)',
        params: memberParams,
        body: createOfferRequest,
        response: { 201: developmentOffer.pick({ id: true, kind: true, title: true, state: true }) },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { sessionId, personId } = request.params;
      const id = await offerFromReview(db, actor, sessionId, personId, request.body);
      return reply
        .status(201)
        .send({ id, kind: request.body.kind, title: request.body.title, state: 'open' });
    },
  );

  app.get(
    '/api/growth/talent/people/:personId/history',
    {
      schema: {
        tags,
        summary: "A person's box over the talent reviews the caller reads",
        params: z.object({ personId: uuidParam }),
        response: { 200: talentHistory },
      },
    },
    async (request) => historyView(db, requireActor(request), request.params.personId),
  );
};
