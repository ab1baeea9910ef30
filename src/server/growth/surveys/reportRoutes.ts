import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import { issue } from '../../../contracts/issues';
import {
  breakdownQuery,
  commentsQuery,
  reportQuery,
  surveyBreakdown,
  surveyComments,
  surveyHeatmap,
  surveyResults,
  surveyRound,
} from '../../../contracts/surveys';
import { type Actor, hasRole } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { AppError, forbidden, notFound, validationFailed } from '../../platform/errors/appError';
import { auditExport } from '../../platform/export/pages';
import { type ExportColumn, exportFileName, sendTable } from '../../platform/export/table';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { roundReportAccess } from './access';
import { closeRound } from './commands/schedule';
import { breakdownTable, heatmapTable } from './exportTables';
import { presentRound } from './present';
import { invitedCounts, listReportableRounds } from './queries';
import {
  breakdownOf,
  commentsViewOf,
  heatmapOf,
  type ReportContext,
  resultsOf,
  surveyOfRound,
} from './reports';

const tags = ['surveys'];
const params = z.object({ roundId: uuidParam });
type ReportFilterQuery = z.infer<typeof reportQuery>;

/**
 * Who reads which report: HR admins the organisation (never their own subtree beside it); a
 * manager their launch-day subtree; anyone else 404. A subtree view for someone who manages nobody
 * in the round is 404 too, like the round itself.
 */
async function reportContext(
  db: Db,
  request: FastifyRequest,
  options: { roundId: string; query: ReportFilterQuery; needsClosed: boolean },
): Promise<ReportContext> {
  const actor = requireActor(request);
  const { scope, department, tenure } = options.query;
  const filter: ReportContext['filter'] = { department, tenure };
  const { row, policy } = await roundReportAccess.readFor(db, actor, options.roundId);
  const wanted = scope ?? (policy.organization ? 'organization' : 'subtree');
  if (wanted === 'organization' && !policy.organization) throw forbidden();
  if (wanted === 'subtree' && policy.organization)
    throw validationFailed({ scope: issue('surveyHrReadsOrganisation') });
  if (wanted === 'subtree' && !policy.subtree) throw notFound('Survey round');
  if (options.needsClosed && !row.closed) throw new AppError('invalid_state', issue('surveyRoundOpen'));
  return {
    round: row,
    survey: await surveyOfRound(db, row),
    scope: wanted,
    managerId: wanted === 'subtree' ? actor.personId : null,
    filter,
  };
}

/** A round's report as CSV: audited as `export.<kind>` with its filters, named after the round. */
async function sendRoundCsv<Row>(
  db: Db,
  reply: FastifyReply,
  actor: Actor,
  context: ReportContext,
  options: {
    kind: string;
    fileKind: string;
    table: { columns: ExportColumn<Row>[]; rows: Row[] };
    filters: Parameters<typeof auditExport>[2]['filters'];
  },
) {
  const { columns, rows } = options.table;
  await auditExport(db, actor, {
    kind: options.kind,
    targetType: 'engagement_survey_round',
    targetId: context.round.id,
    format: 'csv',
    rows: rows.length,
    filters: options.filters,
  });
  return sendTable(reply, {
    format: 'csv',
    fileName: exportFileName(
      options.fileKind,
      `${context.survey.name}-round-${context.round.roundNumber}`,
      'csv',
      'round',
    ),
    columns,
    rows,
  });
}

/** Round reports (SPEC S5, S1.3): only aggregates the engine in ./reporting publishes. */
export const surveyReportRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/surveys/reportable-rounds',
    {
      schema: {
        tags,
        summary: 'Rounds the caller may read reports of: all (HR) or those with people under them',
        querystring: pageQuery,
        response: { 200: pageOf(surveyRound) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      const hr = hasRole(actor, 'hr_admin');
      if (!hr && !actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, total } = await listReportableRounds(db, {
        organizationId: actor.organizationId,
        managerId: hr ? null : actor.personId,
        page,
        pageSize,
      });
      // A manager sees their subtree's invited count, never the organisation's.
      const invited = hr
        ? await invitedCounts(
            db,
            rows.map((r) => r.round.id),
          )
        : new Map<string, number>();
      return {
        items: rows.map((r) => presentRound(r.round, r.survey, invited.get(r.round.id) ?? 0)),
        page,
        pageSize,
        total,
      };
    },
  );

  app.get(
    '/api/growth/surveys/rounds/:roundId/results',
    {
      schema: {
        tags,
        summary: 'Overview of a round: participation, eNPS, driver scores and trend vs the previous round',
        params,
        querystring: reportQuery,
        response: { 200: surveyResults },
      },
    },
    async (request) => {
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: false,
      });
      return resultsOf(db, context);
    },
  );

  app.get(
    '/api/growth/surveys/rounds/:roundId/heatmap',
    {
      schema: {
        tags,
        summary: 'Drivers by department; "below threshold" and "complementary" distinct from "no data"',
        params,
        querystring: reportQuery,
        response: { 200: surveyHeatmap },
      },
    },
    async (request) => {
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: true,
      });
      return heatmapOf(db, context);
    },
  );

  app.get(
    '/api/growth/surveys/rounds/:roundId/breakdown',
    {
      schema: {
        tags,
        summary: 'Drivers and eNPS by department or tenure band, with an optional filter',
        params,
        querystring: breakdownQuery,
        response: { 200: surveyBreakdown },
      },
    },
    async (request) => {
      const { groupBy } = request.query;
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: true,
      });
      return breakdownOf(db, context, groupBy);
    },
  );

  // Downloads of what the results screen shows (CSV only: a withheld cell is words in a number
  // column, which a typed XLSX number cell cannot hold). Same door and same report as the JSON
  // routes above; comments are never exported.
  app.get(
    '/api/growth/surveys/rounds/:roundId/heatmap.csv',
    {
      schema: {
        tags,
        summary:
          'The driver heatmap by department as CSV: the same cells as the heatmap, withheld ones in words (audited)',
        params,
        querystring: reportQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: true,
      });
      return sendRoundCsv(db, reply, actor, context, {
        kind: 'survey_heatmap',
        fileKind: 'survey-heatmap',
        table: heatmapTable(await heatmapOf(db, context)),
        filters: { scope: context.scope, tenure: context.filter.tenure },
      });
    },
  );

  app.get(
    '/api/growth/surveys/rounds/:roundId/breakdown.csv',
    {
      schema: {
        tags,
        summary:
          'The breakdown by department or tenure band as CSV: the same cells as the breakdown, withheld ones in words (audited)',
        params,
        querystring: breakdownQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const { groupBy } = request.query;
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: true,
      });
      return sendRoundCsv(db, reply, actor, context, {
        kind: 'survey_breakdown',
        fileKind: `survey-breakdown-${groupBy}`,
        table: breakdownTable(await breakdownOf(db, context, groupBy)),
        filters: { scope: context.scope, groupBy, ...context.filter },
      });
    },
  );

  app.get(
    '/api/growth/surveys/rounds/:roundId/comments',
    {
      schema: {
        tags,
        summary: 'Comments of a round, shuffled per view, when the group reaches the comment threshold',
        params,
        querystring: commentsQuery,
        response: { 200: surveyComments },
      },
    },
    async (request) => {
      const { page, pageSize, seed, questionId } = request.query;
      const context = await reportContext(db, request, {
        roundId: request.params.roundId,
        query: request.query,
        needsClosed: true,
      });
      return commentsViewOf(db, context, { page, pageSize, seed, questionId });
    },
  );

  app.post(
    '/api/growth/surveys/rounds/:roundId/close',
    {
      schema: {
        tags,
        summary: 'Close an open round now (HR admins)',
        params,
        response: { 200: surveyRound },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const round = await inTransaction(db, async (tx) => {
        const { row } = await roundReportAccess.lockFor(tx, actor, request.params.roundId, 'close');
        await closeRound(tx, row.id);
        return { ...row, closed: true };
      });
      const invited = await invitedCounts(db, [round.id]);
      return presentRound(round, await surveyOfRound(db, round), invited.get(round.id) ?? 0);
    },
  );
};
