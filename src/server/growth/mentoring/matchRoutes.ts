import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import {
  agreementRequest,
  closeMatchRequest,
  closeMatchResult,
  confirmAgreementRequest,
  draftChangeRequest,
  feedbackRequest,
  logSessionRequest,
  match,
  matchListQuery,
  mentoringSession,
  poolDraft,
  respondRequest,
  shareMatchRequest,
} from '../../../contracts/mentoring';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { matchAccess, matchSessionsAccess, personMatchesAccess } from './access';
import {
  closeMatch,
  confirmAgreement,
  giveFeedback,
  logSession,
  respondToMatch,
  shareMatch,
  writeAgreement,
} from './commands/lifecycle';
import { findDraft, publishDraft, removeDraftPair, runPool } from './commands/pool';
import { expireProposals } from './commands/proposals';
import { sessionEvent } from './ics';
import { matchPolicy } from './policy';
import { presentMatches, presentSessions } from './present';
import { matchFor } from './programmeRoutes';
import { findSession, listMatches, listSessions, peopleByIds } from './queries';
import { presentDraft } from './reads';

const tags = ['mentoring'];
const base = '/api/growth/mentoring';
const params = z.object({ matchId: uuidParam });

/** One match as the caller may see it (404 otherwise); reads outside the pair are logged. */
async function presentOne(db: Db, actor: Actor, id: string) {
  const { row, policy } = await matchAccess.readFor(db, actor, id);
  const [presented] = await presentMatches(db, actor, [{ row, policy }]);
  return presented!;
}

export const mentoringMatchRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    `${base}/matches`,
    {
      schema: {
        tags,
        summary: 'Your matches, as mentee or mentor, newest first',
        querystring: matchListQuery,
        response: { 200: pageOf(match) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, status } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      await expireProposals(db, { organizationId: actor.organizationId });
      const { rows, total } = await listMatches(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        status,
        page,
        pageSize,
      });
      const standing = { relationToMentee: null, programmeAdmin: false };
      const items = await presentMatches(
        db,
        actor,
        rows.map((row) => ({ row, policy: matchPolicy(actor, row, standing) })),
      );
      return { items, page, pageSize, total };
    },
  );

  app.get(
    `${base}/people/:personId/matches`,
    {
      schema: {
        tags,
        summary: "A person's mentoring as a mentee: all for them, what they shared for their manager",
        params: z.object({ personId: uuidParam }),
        querystring: pageQuery,
        response: { 200: pageOf(match) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const { reach, relation } = await personMatchesAccess.reachFor(db, actor, personId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listMatches(db, {
        organizationId: actor.organizationId,
        personId,
        menteeOnly: true,
        sharedOnly: reach === 'shared',
        page,
        pageSize,
      });
      const standing = { relationToMentee: relation, programmeAdmin: false };
      const items = await presentMatches(
        db,
        actor,
        rows.map((row) => ({ row, policy: matchPolicy(actor, row, standing) })),
      );
      return { items, page, pageSize, total };
    },
  );

  app.get(
    `${base}/matches/:matchId`,
    { schema: { tags, summary: 'One match', params, response: { 200: match } } },
    async (request) => {
      const actor = requireActor(request);
      await expireProposals(db, { organizationId: actor.organizationId });
      return presentOne(db, actor, request.params.matchId);
    },
  );

  const change = <Body extends z.ZodTypeAny>(
    path: string,
    summary: string,
    body: Body,
    run: (actor: Actor, id: string, input: z.output<Body>) => Promise<unknown>,
    method: 'post' | 'put' = 'post',
  ) =>
    app[method](
      `${base}/matches/:matchId${path}`,
      { schema: { tags, summary, params, body, response: { 200: match } } },
      async (request) => {
        const actor = requireActor(request);
        const { matchId } = request.params as { matchId: string };
        await run(actor, matchId, request.body as z.output<Body>);
        return presentOne(db, actor, matchId);
      },
    );

  change('/response', 'The mentor accepts or declines a proposal', respondRequest, (actor, id, input) =>
    respondToMatch(db, actor, id, input),
  );
  change(
    '/agreement',
    'The mentor writes the agreement',
    agreementRequest,
    (actor, id, input) => writeAgreement(db, actor, id, input),
    'put',
  );
  change(
    '/agreement/confirmation',
    'The mentee confirms the agreement: the match is active',
    confirmAgreementRequest,
    (actor, id, input) => confirmAgreement(db, actor, id, input.version),
  );
  change(
    '/sharing',
    'The mentee shares the match with their manager, or stops',
    shareMatchRequest,
    (actor, id, input) => shareMatch(db, actor, id, input),
  );
  change('/feedback', 'Closing feedback: a rating and your own words', feedbackRequest, (actor, id, input) =>
    giveFeedback(db, actor, id, input),
  );

  app.post(
    `${base}/matches/:matchId/closure`,
    {
      schema: {
        tags,
        summary: 'Close a match with a reason; optionally propose a new mentor',
        params,
        body: closeMatchRequest,
        response: { 200: closeMatchResult },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rematchId = await closeMatch(db, actor, request.params.matchId, request.body);
      const closed = await presentOne(db, actor, request.params.matchId);
      return { closed, rematch: rematchId ? await matchFor(db, actor, rematchId) : null };
    },
  );

  app.get(
    `${base}/matches/:matchId/sessions`,
    {
      schema: {
        tags,
        summary: 'Sessions of a match, with notes (the pair only)',
        params,
        querystring: pageQuery,
        response: { 200: pageOf(mentoringSession) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row } = await matchSessionsAccess.readFor(db, actor, request.params.matchId, {
        need: 'readPrivate',
      });
      const { page, pageSize } = request.query;
      const { rows, total } = await listSessions(db, row.id, page, pageSize);
      return { items: await presentSessions(db, actor.organizationId, rows), page, pageSize, total };
    },
  );

  app.post(
    `${base}/matches/:matchId/sessions`,
    {
      schema: {
        tags,
        summary: 'Log a session of an active match',
        params,
        body: logSessionRequest,
        response: { 201: mentoringSession },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await logSession(db, actor, request.params.matchId, request.body);
      const row = await findSession(db, request.params.matchId, id);
      const [presented] = await presentSessions(db, actor.organizationId, [row!]);
      return reply.status(201).send(presented!);
    },
  );

  app.get(
    `${base}/matches/:matchId/sessions/:sessionId/session.ics`,
    {
      schema: {
        tags,
        summary: 'One session as a calendar file (time and people, no notes)',
        params: z.object({ matchId: uuidParam, sessionId: uuidParam }),
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { row } = await matchSessionsAccess.readFor(db, actor, request.params.matchId, {
        need: 'readPrivate',
      });
      const session = await findSession(db, row.id, request.params.sessionId);
      if (!session) throw notFound('Session');
      const cards = await peopleByIds(db, actor.organizationId, [row.menteeId, row.mentorId]);
      const mentee = cards.get(row.menteeId);
      const mentor = cards.get(row.mentorId);
      if (!mentee || !mentor) throw notFound('Session');
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="mentoring-session.ics"')
        .send(sessionEvent(session, { mentee, mentor }, deps.config.publicUrl));
    },
  );

  // Whole-pool drafts (programme admins).
  app.post(
    `${base}/programmes/:programmeId/drafts`,
    {
      schema: {
        tags,
        summary: 'Run whole-pool matching: a draft to review and publish',
        params: z.object({ programmeId: uuidParam }),
        response: { 201: poolDraft },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await runPool(db, actor, request.params.programmeId);
      return reply.status(201).send(await presentDraft(db, (await findDraft(db, actor.organizationId, id))!));
    },
  );

  app.post(
    `${base}/drafts/:draftId/entries/:entryId/removal`,
    {
      schema: {
        tags,
        summary: 'Take a pair out of a pending draft',
        params: z.object({ draftId: uuidParam, entryId: uuidParam }),
        body: draftChangeRequest,
        response: { 200: poolDraft },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { draftId, entryId } = request.params;
      await removeDraftPair(db, actor, draftId, entryId, request.body.version);
      return presentDraft(db, (await findDraft(db, actor.organizationId, draftId))!);
    },
  );

  app.post(
    `${base}/drafts/:draftId/publication`,
    {
      schema: {
        tags,
        summary: 'Publish a draft: its pairs become proposals; every rule is checked again',
        params: z.object({ draftId: uuidParam }),
        body: draftChangeRequest,
        response: { 200: poolDraft },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await publishDraft(db, actor, request.params.draftId, request.body.version);
      return presentDraft(db, (await findDraft(db, actor.organizationId, request.params.draftId))!);
    },
  );
};
