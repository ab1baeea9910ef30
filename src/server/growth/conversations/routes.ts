import { z } from 'zod';
import { pageOf, uuidParam } from '../../../contracts/common';
import {
  addAgreedActionRequest,
  addNoteRequest,
  completeConversationRequest,
  conversationDetail,
  conversationListQuery,
  conversationSummary,
  planFromConversationRequest,
  rescheduleConversationRequest,
  scheduleConversationRequest,
  updateNoteRequest,
  versionOnly,
} from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { conversationAccess, conversationInviteAccess, recordConversationsListed } from './access';
import { addAgreedAction, makePlanFromConversation, removeAgreedAction } from './commands/actions';
import { completeConversation } from './commands/complete';
import { addNote, removeNote, updateNote } from './commands/notes';
import { cancelConversation, rescheduleConversation, scheduleConversation } from './commands/schedule';
import { conversationInvite } from './ics';
import { presentDetail, presentSummaries } from './present';
import { listConversationsOf, personBasics } from './queries';
import { rulesRoutes } from './rulesRoutes';

const tags = ['career conversations'];
const params = z.object({ conversationId: uuidParam });
const noteParams = z.object({ conversationId: uuidParam, noteId: uuidParam });
const actionParams = z.object({ conversationId: uuidParam, actionId: uuidParam });

/** A conversation the caller takes part in (anyone else 404); the manager's read is logged. */
const detail = async (db: Db, actor: Actor, id: string) =>
  presentDetail(db, actor, await conversationAccess.readFor(db, actor, id));

export const conversationsRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  rulesRoutes(app, deps);

  app.get(
    '/api/growth/conversations',
    {
      schema: {
        tags,
        summary: 'Career conversations I take part in: scheduled ones first, soonest first',
        querystring: conversationListQuery,
        response: { 200: pageOf(conversationSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, status } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listConversationsOf(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        status,
        page,
        pageSize,
      });
      // A manager listing conversations reads that they exist (dates, people): logged per employee.
      await recordConversationsListed(db, actor, rows);
      return { items: await presentSummaries(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/conversations',
    {
      schema: {
        tags,
        summary:
          'Schedule a career conversation with your manager or a direct report (warns near a review release)',
        body: scheduleConversationRequest,
        response: { 201: conversationDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await scheduleConversation(db, actor, request.body);
      return reply.status(201).send(await detail(db, actor, id));
    },
  );

  app.get(
    '/api/growth/conversations/:conversationId',
    {
      schema: {
        tags,
        summary: 'One career conversation: schedule, guided questions and the notes you may read',
        params,
        response: { 200: conversationDetail },
      },
    },
    async (request) => detail(db, requireActor(request), request.params.conversationId),
  );

  app.patch(
    '/api/growth/conversations/:conversationId',
    {
      schema: {
        tags,
        summary: 'Move a scheduled conversation; version-checked',
        params,
        body: rescheduleConversationRequest,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await rescheduleConversation(db, actor, request.params.conversationId, request.body);
      return detail(db, actor, request.params.conversationId);
    },
  );

  app.post(
    '/api/growth/conversations/:conversationId/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a scheduled conversation',
        params,
        body: versionOnly,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await cancelConversation(db, actor, request.params.conversationId, request.body.version);
      return detail(db, actor, request.params.conversationId);
    },
  );

  app.post(
    '/api/growth/conversations/:conversationId/complete',
    {
      schema: {
        tags,
        summary: 'Mark the conversation held; the employee records the outcome (aspirations, a plan draft)',
        params,
        body: completeConversationRequest,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await completeConversation(db, actor, request.params.conversationId, request.body);
      return detail(db, actor, request.params.conversationId);
    },
  );

  app.get(
    '/api/growth/conversations/:conversationId/invite.ics',
    {
      schema: {
        tags,
        summary: 'Calendar invite (iCalendar) for the conversation: time, place and a link, no notes',
        params,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row } = await conversationInviteAccess.readFor(db, actor, request.params.conversationId);
      const [employee, manager] = await Promise.all([
        personBasics(db, actor.organizationId, row.employeeId),
        personBasics(db, actor.organizationId, row.managerId),
      ]);
      if (!employee || !manager) throw forbidden();
      const party = (p: NonNullable<typeof employee>) => ({
        email: p.email,
        name: `${p.givenName} ${p.familyName}`,
      });
      const text = conversationInvite(
        row,
        { employee: party(employee), manager: party(manager) },
        deps.config.publicUrl,
      );
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="career-conversation.ics"')
        .send(text);
    },
  );

  app.post(
    '/api/growth/conversations/:conversationId/notes',
    {
      schema: {
        tags,
        summary:
          "Add a note (the employee's stay private until shared; a manager's note is written for the employee)",
        params,
        body: addNoteRequest,
        response: { 201: conversationDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addNote(db, actor, request.params.conversationId, request.body);
      return reply.status(201).send(await detail(db, actor, request.params.conversationId));
    },
  );

  app.patch(
    '/api/growth/conversations/:conversationId/notes/:noteId',
    {
      schema: {
        tags,
        summary: 'Rewrite your note, or share your note with your manager or take it back; version-checked',
        params: noteParams,
        body: updateNoteRequest,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { conversationId, noteId } = request.params;
      await updateNote(db, actor, conversationId, noteId, request.body);
      return detail(db, actor, conversationId);
    },
  );

  app.delete(
    '/api/growth/conversations/:conversationId/notes/:noteId',
    {
      schema: {
        tags,
        summary: 'Remove a note (the employee may remove any note on their conversation)',
        params: noteParams,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { conversationId, noteId } = request.params;
      await removeNote(db, actor, conversationId, noteId);
      return detail(db, actor, conversationId);
    },
  );

  app.post(
    '/api/growth/conversations/:conversationId/actions',
    {
      schema: {
        tags,
        summary: 'Write down an action the two of you agreed (either side)',
        params,
        body: addAgreedActionRequest,
        response: { 201: conversationDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await addAgreedAction(db, actor, request.params.conversationId, request.body);
      return reply.status(201).send(await detail(db, actor, request.params.conversationId));
    },
  );

  app.delete(
    '/api/growth/conversations/:conversationId/actions/:actionId',
    {
      schema: {
        tags,
        summary: 'Remove an agreed action (its author; the employee any on their conversation)',
        params: actionParams,
        response: { 200: conversationDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { conversationId, actionId } = request.params;
      await removeAgreedAction(db, actor, conversationId, actionId);
      return detail(db, actor, conversationId);
    },
  );

  app.post(
    '/api/growth/conversations/:conversationId/plan',
    {
      schema: {
        tags,
        summary: 'Make a draft development plan from the agreed actions (the employee, once it was held)',
        params,
        body: planFromConversationRequest,
        response: { 201: conversationDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await makePlanFromConversation(db, actor, request.params.conversationId, request.body);
      return reply.status(201).send(await detail(db, actor, request.params.conversationId));
    },
  );
};
