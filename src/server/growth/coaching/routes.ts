import { z } from 'zod';
import {
  chooseCoachRequest,
  coachingNote,
  engagementDetail,
  engagementListQuery,
  engagementPage,
  myAspirationChoices,
  personSummaries,
  requestEngagementRequest,
  respondRequest,
  scheduleSessionRequest,
  updateNoteRequest,
  updateSessionRequest,
  versionOnlyRequest,
  writeGoalsRequest,
  writeNoteRequest,
  writeSummaryRequest,
} from '../../../contracts/coaching';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { forbidden } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { engagementAccess, noteAccess, sessionAccess, summaryListAccess } from './access';
import {
  chooseCoach,
  closeEngagement,
  requestEngagement,
  respondToRequest,
  writeGoals,
} from './commands/engagements';
import { removeNote, updateNote, writeNote } from './commands/notes';
import { scheduleSession, updateSession } from './commands/sessions';
import { writeSummary } from './commands/summary';
import { coachingSessionInvite } from './ics';
import { invitationRoutes } from './invitationRoutes';
import { engagementKey, openNote } from './keys';
import { poolRoutes } from './poolRoutes';
import { presentNote } from './present';
import { listEngagements, listNotes, namesOf, sharedSummaries } from './queries';
import { aspirationChoices, engagementDetail as detailOf, presentEngagements } from './views';

const tags = ['coaching'];
const params = z.object({ engagementId: uuidParam });
const base = '/api/growth/coaching';

async function detail(db: Db, actor: Actor, id: string) {
  return detailOf(db, actor, await engagementAccess.readFor(db, actor, id));
}

export const coachingRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  poolRoutes(app, deps);
  invitationRoutes(app, deps);

  for (const as of ['coachee', 'coach'] as const) {
    app.get(
      as === 'coachee' ? `${base}/engagements` : `${base}/coachees`,
      {
        schema: {
          tags,
          summary:
            as === 'coachee'
              ? 'My coaching engagements, as the coachee'
              : 'Engagements I coach, requests to answer and chemistry conversations asked of me',
          querystring: engagementListQuery,
          response: { 200: engagementPage },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { page, pageSize } = request.query;
        if (!actor.personId) return { items: [], page, pageSize, total: 0 };
        // A coach out of the pool (or without the role) lists nothing, like every single read.
        const { rows, total } = await listEngagements(db, {
          organizationId: actor.organizationId,
          personId: actor.personId,
          as,
          page,
          pageSize,
        });
        const items = await presentEngagements(db, actor, rows);
        return { items, page, pageSize, total: items.length === rows.length ? total : items.length };
      },
    );
  }

  app.post(
    `${base}/engagements`,
    {
      schema: {
        tags,
        summary: 'Ask for coaching: one coach from the pool, or chemistry conversations first',
        body: requestEngagementRequest,
        response: { 201: engagementDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await requestEngagement(db, actor, request.body);
      return reply.status(201).send(await detail(db, actor, id));
    },
  );

  app.get(
    `${base}/engagements/:engagementId`,
    {
      schema: {
        tags,
        summary: 'One engagement (coachee and coach only)',
        params,
        response: { 200: engagementDetail },
      },
    },
    async (request) => detail(db, requireActor(request), request.params.engagementId),
  );

  const transitions = [
    ['choice', 'Choose a coach after chemistry conversations', chooseCoachRequest, chooseCoach],
    ['response', 'Coach: accept or decline a request', respondRequest, respondToRequest],
    [
      'cancel',
      'Coachee: withdraw or end the engagement',
      versionOnlyRequest,
      (d: Db, a: Actor, id: string, b: { version: number }) => closeEngagement(d, a, id, b, 'cancel'),
    ],
    [
      'complete',
      'Mark an active engagement completed',
      versionOnlyRequest,
      (d: Db, a: Actor, id: string, b: { version: number }) => closeEngagement(d, a, id, b, 'complete'),
    ],
    ['goals', 'Coachee: write the goals (tied to own values and aspirations)', writeGoalsRequest, writeGoals],
  ] as const;
  for (const [path, summary, body, run] of transitions) {
    app[path === 'goals' ? 'put' : 'post'](
      `${base}/engagements/:engagementId/${path}`,
      { schema: { tags, summary, params, body, response: { 200: engagementDetail } } },
      async (request) => {
        const actor = requireActor(request);
        await (run as (d: Db, a: Actor, id: string, b: unknown) => Promise<void>)(
          db,
          actor,
          request.params.engagementId,
          request.body,
        );
        return detail(db, actor, request.params.engagementId);
      },
    );
  }

  app.post(
    `${base}/engagements/:engagementId/sessions`,
    {
      schema: {
        tags,
        summary: 'Schedule a session (within the allowance)',
        params,
        body: scheduleSessionRequest,
        response: { 201: engagementDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await scheduleSession(db, actor, request.params.engagementId, request.body);
      return reply.status(201).send(await detail(db, actor, request.params.engagementId));
    },
  );

  const sessionParams = z.object({ sessionId: uuidParam });
  app.patch(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        tags,
        summary: 'Mark a session held or cancelled, or move it',
        params: sessionParams,
        body: updateSessionRequest,
        response: { 200: engagementDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateSession(db, actor, request.params.sessionId, request.body);
      const { row } = await sessionAccess.readFor(db, actor, request.params.sessionId, { resource: false });
      return detail(db, actor, row.engagementId);
    },
  );

  app.get(
    `${base}/sessions/:sessionId/invite.ics`,
    {
      schema: {
        tags,
        summary: 'Calendar entry (iCalendar) for a session: time and a link only',
        params: sessionParams,
      },
    },
    async (request, reply) => {
      const { row } = await sessionAccess.readFor(db, requireActor(request), request.params.sessionId);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="coaching-session.ics"')
        .send(coachingSessionInvite(row, deps.config.publicUrl));
    },
  );

  app.get(
    `${base}/engagements/:engagementId/notes`,
    {
      schema: {
        tags,
        summary: 'Notes of the engagement: the coachee and the coach only (decrypted for them)',
        params,
        querystring: pageQuery,
        response: { 200: pageOf(coachingNote) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await engagementAccess.readFor(db, actor, request.params.engagementId, {
        need: 'readNotes',
      });
      const { page, pageSize } = request.query;
      const { rows, total } = await listNotes(db, row.id, page, pageSize);
      const key = engagementKey(row);
      const names = await namesOf(
        db,
        rows.map((n) => n.authorId),
      );
      return {
        items: rows.map((n) => presentNote(n, openNote(key, n), actor.personId, names)),
        page,
        pageSize,
        total,
      };
    },
  );

  const noteOut = async (actor: Actor, id: string) => {
    const { row } = await noteAccess.readFor(db, actor, id);
    const names = await namesOf(db, [row.authorId]);
    return presentNote(row, openNote(engagementKey(row.engagement), row), actor.personId, names);
  };

  app.post(
    `${base}/engagements/:engagementId/notes`,
    {
      schema: {
        tags,
        summary: 'Write a note (encrypted at rest; the coachee and the coach read it)',
        params,
        body: writeNoteRequest,
        response: { 201: coachingNote },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await writeNote(db, actor, request.params.engagementId, request.body.noteText);
      return reply.status(201).send(await noteOut(actor, id));
    },
  );

  const noteParams = z.object({ noteId: uuidParam });
  app.patch(
    `${base}/notes/:noteId`,
    {
      schema: {
        tags,
        summary: 'Change your note; version-checked',
        params: noteParams,
        body: updateNoteRequest,
        response: { 200: coachingNote },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateNote(db, actor, request.params.noteId, request.body);
      return noteOut(actor, request.params.noteId);
    },
  );

  app.delete(
    `${base}/notes/:noteId`,
    { schema: { tags, summary: 'Remove your note', params: noteParams } },
    async (request, reply) => {
      await removeNote(db, requireActor(request), request.params.noteId);
      return reply.status(204).send();
    },
  );

  app.put(
    `${base}/engagements/:engagementId/summary`,
    {
      schema: {
        tags,
        summary: 'Coachee: write the summary and share it with your manager, or take it back',
        params,
        body: writeSummaryRequest,
        response: { 200: engagementDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await writeSummary(db, actor, request.params.engagementId, request.body);
      return detail(db, actor, request.params.engagementId);
    },
  );

  app.get(
    `${base}/people/:personId/summaries`,
    {
      schema: {
        tags,
        summary: "A person's shared coaching summaries: their direct manager reads them (logged)",
        params: z.object({ personId: uuidParam }),
        response: { 200: personSummaries },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const { reach } = await summaryListAccess.reachFor(db, actor, personId);
      if (!actor.personId) throw forbidden();
      return {
        items: await sharedSummaries(
          db,
          actor.organizationId,
          personId,
          reach === 'own' ? null : actor.personId,
        ),
      };
    },
  );

  app.get(
    `${base}/aspiration-choices`,
    {
      schema: {
        tags,
        summary: 'My values, motivators and target roles, to tie coaching goals to',
        response: { 200: myAspirationChoices },
      },
    },
    async (request) => ({ items: await aspirationChoices(db, requireActor(request)) }),
  );
};
