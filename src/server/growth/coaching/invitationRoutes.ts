import { z } from 'zod';
import { receivedInvitation, sendInvitationRequest, sentInvitation } from '../../../contracts/coaching';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { dismissInvitation, sendInvitation } from './commands/invitations';
import { receivedInvitations, sentInvitations } from './views';

const tags = ['coaching'];
const base = '/api/growth/coaching/invitations';

/** Invitations to try coaching: sent by a manager or HR, seen (and dismissed) by the recipient alone. */
export const invitationRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Invite someone you manage (or, as HR, anyone) to try coaching',
        body: sendInvitationRequest,
        response: { 201: sentInvitation },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await sendInvitation(db, actor, request.body.recipientId);
      const { items } = await sentInvitations(db, actor, 1, 1);
      return reply.status(201).send(items[0]!);
    },
  );

  app.get(
    `${base}/received`,
    {
      schema: {
        tags,
        summary: 'Invitations I received and have not dismissed',
        querystring: pageQuery,
        response: { 200: pageOf(receivedInvitation) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await receivedInvitations(db, requireActor(request), page, pageSize)), page, pageSize };
    },
  );

  app.get(
    `${base}/sent`,
    {
      schema: {
        tags,
        summary: 'Invitations I sent: only that they were sent, never what became of them',
        querystring: pageQuery,
        response: { 200: pageOf(sentInvitation) },
      },
    },
    async (request) => {
      const { page, pageSize } = request.query;
      return { ...(await sentInvitations(db, requireActor(request), page, pageSize)), page, pageSize };
    },
  );

  app.post(
    `${base}/:invitationId/dismiss`,
    {
      schema: {
        tags,
        summary: 'Dismiss an invitation (nobody is told)',
        params: z.object({ invitationId: uuidParam }),
      },
    },
    async (request, reply) => {
      await dismissInvitation(db, requireActor(request), request.params.invitationId);
      return reply.status(204).send();
    },
  );
};
