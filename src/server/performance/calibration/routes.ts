import { z } from 'zod';
import {
  admitResponse,
  approverCandidate,
  calibrationCycle,
  calibrationGrid,
  calibrationMove,
  createSessionRequest,
  createSessionResponse,
  moveRequest,
  moveResponse,
  sessionDetail,
  sessionListQuery,
  sessionSummary,
  signOffRequest,
} from '../../../contracts/calibration';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import { forbidden, notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { logGridRead, logPeopleListed, sessionAccess } from './access';
import { admitReadyReviews } from './commands/admitReviews';
import { createCalibrationSession } from './commands/createSession';
import { moveRating } from './commands/moveRating';
import { signOffSession } from './commands/signOffSession';
import { calibrationExportRoutes } from './exportRoutes';
import { sessionDetailFor } from './load';
import { calibrationPolicy, sessionReach } from './policy';
import { presentCard, presentGrid, presentMove, presentSessionSummary } from './present';
import {
  approverCandidates,
  findMove,
  gridRows,
  listCalibrationCycles,
  listMoves,
  listSessions,
} from './queries';
import { releaseRoutes } from './release/routes';

const sessionParams = z.object({ sessionId: uuidParam });
const tags = ['calibration'];

/** Calibration sessions (SPEC S3.5): HR facilitates, approvers sign off; nobody else sees them. */
export const calibrationRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/calibration/sessions',
    {
      schema: {
        tags,
        summary: 'Calibration sessions (HR: all; approvers: theirs)',
        querystring: sessionListQuery,
        response: { 200: pageOf(sessionSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const reach = sessionReach(actor);
      if (reach === 'none') throw forbidden();
      const { page, pageSize, cycleId } = request.query;
      const { rows, total } = await listSessions(db, actor.organizationId, reach, {
        cycleId,
        page,
        pageSize,
      });
      return { items: rows.map(presentSessionSummary), page, pageSize, total };
    },
  );

  app.post(
    '/api/calibration/sessions',
    {
      schema: {
        tags,
        summary: 'Open a calibration session over part of a cycle (HR)',
        body: createSessionRequest,
        response: { 201: createSessionResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!calibrationPolicy.create(actor)) throw forbidden();
      const { sessionId, admitted } = await createCalibrationSession(db, actor, request.body);
      return reply.status(201).send({ session: await sessionDetailFor(db, actor, sessionId), admitted });
    },
  );

  app.get(
    '/api/calibration/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'A calibration session with the caller’s abilities',
        params: sessionParams,
        response: { 200: sessionDetail },
      },
    },
    async (request) => sessionDetailFor(db, requireActor(request), request.params.sessionId),
  );

  app.get(
    '/api/calibration/sessions/:sessionId/grid',
    {
      schema: {
        tags,
        summary: 'The grid: every person by rating, the distribution and manager leniency',
        params: sessionParams,
        response: { 200: calibrationGrid },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row: session } = await sessionAccess.readFor(db, actor, request.params.sessionId);
      const rows = await gridRows(db, session.id);
      await logGridRead(db, actor, session.id);
      return presentGrid(session, rows);
    },
  );

  app.get(
    '/api/calibration/sessions/:sessionId/moves',
    {
      schema: {
        tags,
        summary: 'Rating moves of a session, newest first',
        params: sessionParams,
        querystring: pageQuery,
        response: { 200: pageOf(calibrationMove) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row: session } = await sessionAccess.readFor(db, actor, request.params.sessionId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listMoves(db, session.id, page, pageSize);
      await logPeopleListed(
        db,
        actor,
        rows.map((row) => row.subject_id),
        'calibration moves',
      );
      return { items: rows.map(presentMove), page, pageSize, total };
    },
  );

  app.post(
    '/api/calibration/sessions/:sessionId/moves',
    {
      schema: {
        tags,
        summary: 'Move a person’s rating, with a written rationale (HR)',
        params: sessionParams,
        body: moveRequest,
        response: { 201: moveResponse },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { moveId, sessionVersion } = await moveRating(db, actor, request.params.sessionId, request.body);
      const [move, rows] = await Promise.all([findMove(db, moveId), gridRows(db, request.params.sessionId)]);
      const card = rows.find((row) => row.review_id === request.body.reviewId);
      if (!move || !card) throw notFound('Review');
      return reply.status(201).send({ card: presentCard(card), move: presentMove(move), sessionVersion });
    },
  );

  app.post(
    '/api/calibration/sessions/:sessionId/admit',
    {
      schema: {
        tags,
        summary: 'Bring in reviews that became ready (HR)',
        params: sessionParams,
        response: { 200: admitResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const admitted = await admitReadyReviews(db, actor, request.params.sessionId);
      return { session: await sessionDetailFor(db, actor, request.params.sessionId), admitted };
    },
  );

  app.post(
    '/api/calibration/sessions/:sessionId/sign-off',
    {
      schema: {
        tags,
        summary: 'Sign off a session (assigned approvers); the last locks it',
        params: sessionParams,
        body: signOffRequest,
        response: { 200: sessionDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await signOffSession(db, actor, request.params.sessionId, request.body);
      return sessionDetailFor(db, actor, request.params.sessionId);
    },
  );

  app.get(
    '/api/calibration/cycles',
    {
      schema: {
        tags,
        summary: 'Launched cycles with how many reviews are ready for calibration (HR)',
        response: { 200: z.object({ items: z.array(calibrationCycle) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!calibrationPolicy.plan(actor)) throw forbidden();
      const rows = await listCalibrationCycles(db, actor.organizationId);
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          status: row.status,
          periodStart: row.period_start,
          periodEnd: row.period_end,
          ratingLabels: row.rating_labels,
          readyCount: row.ready,
          notReadyCount: row.not_ready,
          inSessionCount: row.in_session,
        })),
      };
    },
  );

  app.get(
    '/api/calibration/approver-candidates',
    {
      schema: {
        tags,
        summary: 'People with the approver role (HR)',
        response: { 200: z.object({ items: z.array(approverCandidate) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!calibrationPolicy.plan(actor)) throw forbidden();
      const rows = await approverCandidates(db, actor.organizationId);
      return {
        items: rows.map((row) => ({ id: row.id, displayName: row.display_name, jobTitle: row.job_title })),
      };
    },
  );

  releaseRoutes(app, deps);
  calibrationExportRoutes(app, deps);
};
