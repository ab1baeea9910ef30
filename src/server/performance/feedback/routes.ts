import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  answerFeedbackRequest,
  declineFeedbackRequest,
  feedbackItem,
  feedbackListQuery,
  feedbackRequest,
  giveFeedbackRequest,
  requestFeedbackRequest,
  requestListQuery,
} from '../../../contracts/feedback';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { feedbackAboutAccess, feedbackAccess, feedbackRequestAccess } from './access';
import {
  answerFeedbackRequestCommand,
  declineFeedbackRequestCommand,
  requestFeedback,
} from './commands/feedbackRequests';
import { giveFeedback } from './commands/giveFeedback';
import { presentFeedbackItems, presentRequests } from './present';
import { listAbout, listGiven, listPraiseFeed, listReceived, listRequests } from './queries';

const tags = ['feedback'];
const itemPage = pageOf(feedbackItem);

/** One feedback item as the caller may read it (others: 404); others' non-public reads are logged. */
async function presentOne(db: Db, actor: Actor, feedbackId: string) {
  const { row } = await feedbackAccess.readFor(db, actor, feedbackId);
  const [item] = await presentFeedbackItems(db, actor.organizationId, [row]);
  return item!;
}

async function presentRequest(db: Db, actor: Actor, requestId: string) {
  const { row } = await feedbackRequestAccess.readFor(db, actor, requestId);
  const [request] = await presentRequests(db, actor, [row]);
  return request!;
}

export const feedbackRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/feedback/received',
    {
      schema: {
        tags,
        summary: 'Feedback and praise I received, newest first',
        querystring: feedbackListQuery,
        response: { 200: itemPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listReceived(db, actor, page, pageSize);
      return { items: await presentFeedbackItems(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/feedback/given',
    {
      schema: {
        tags,
        summary: 'Feedback and praise I gave, newest first',
        querystring: feedbackListQuery,
        response: { 200: itemPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listGiven(db, actor, page, pageSize);
      return { items: await presentFeedbackItems(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/feedback/praise',
    {
      schema: {
        tags,
        summary: 'Public praise across the organisation, newest first',
        querystring: feedbackListQuery,
        response: { 200: itemPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const { rows, total } = await listPraiseFeed(db, actor.organizationId, page, pageSize);
      return { items: await presentFeedbackItems(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/feedback',
    {
      schema: {
        tags,
        summary: 'Give feedback or praise to a colleague',
        body: giveFeedbackRequest,
        response: { 201: feedbackItem },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await giveFeedback(db, actor, request.body);
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.get(
    '/api/feedback/:feedbackId',
    {
      schema: {
        tags,
        summary: 'One feedback item',
        params: z.object({ feedbackId: uuidParam }),
        response: { 200: feedbackItem },
      },
    },
    async (request) => presentOne(db, requireActor(request), request.params.feedbackId),
  );

  app.get(
    '/api/people/:personId/feedback',
    {
      schema: {
        tags,
        summary: 'Feedback about a person that the caller may read, newest first',
        params: z.object({ personId: uuidParam }),
        querystring: feedbackListQuery,
        response: { 200: itemPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const { reach: visibilities } = await feedbackAboutAccess.reachFor(db, actor, personId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listAbout(db, actor, personId, visibilities, page, pageSize);
      return { items: await presentFeedbackItems(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.get(
    '/api/feedback/requests',
    {
      schema: {
        tags,
        summary: 'Feedback requests: people asking me (incoming) or what I asked for (outgoing)',
        querystring: requestListQuery,
        response: { 200: pageOf(feedbackRequest) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, direction, status } = request.query;
      const { rows, total } = await listRequests(db, actor, { direction, status, page, pageSize });
      return { items: await presentRequests(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/feedback/requests',
    {
      schema: {
        tags,
        summary: 'Ask a colleague for feedback about yourself',
        body: requestFeedbackRequest,
        response: { 201: feedbackRequest },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await requestFeedback(db, actor, request.body);
      return reply.status(201).send(await presentRequest(db, actor, id));
    },
  );

  const requestParams = z.object({ requestId: uuidParam });

  app.post(
    '/api/feedback/requests/:requestId/answer',
    {
      schema: {
        tags,
        summary: 'Answer a feedback request addressed to me',
        params: requestParams,
        body: answerFeedbackRequest,
        response: { 201: feedbackItem },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await answerFeedbackRequestCommand(db, actor, request.params.requestId, request.body);
      return reply.status(201).send(await presentOne(db, actor, id));
    },
  );

  app.post(
    '/api/feedback/requests/:requestId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a feedback request addressed to me',
        params: requestParams,
        body: declineFeedbackRequest,
        response: { 200: feedbackRequest },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await declineFeedbackRequestCommand(db, actor, request.params.requestId, request.body.version);
      return presentRequest(db, actor, request.params.requestId);
    },
  );
};
