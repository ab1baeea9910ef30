import {
  analyticsCsvParams,
  analyticsPage,
  analyticsParams,
  analyticsQuery,
  analyticsRefreshAccepted,
} from '../../../contracts/analytics';
import { auditExport } from '../../platform/export/pages';
import { exportFileName, sendTable } from '../../platform/export/table';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { analyticsViewer, assertMayRefresh, assertMaySee } from './access';
import { metricInfoById } from './catalogue';
import { metricTable } from './csv';
import { buildAnalytics } from './page';
import { requestRefresh } from './refresh';

const tags = ['insights'];
const base = '/api/insights/analytics';

/**
 * HR analytics (SPEC S5, issue 14 items 1–5): a half's charts, a chart's CSV, and HR's refresh.
 * Every answer comes from the precomputed snapshot (`refresh.ts`), scoped and suppressed in
 * `page.ts` / `present.ts`.
 */
export const analyticsRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    `${base}/:half`,
    {
      schema: {
        tags,
        summary:
          'HR analytics, one half (now: performance and compensation; next: development): every metric as a suppressed table, for the organisation (HR) or the caller’s subtree (managers)',
        params: analyticsParams,
        querystring: analyticsQuery,
        response: { 200: analyticsPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const viewer = await analyticsViewer(db, actor);
      return buildAnalytics(db, actor, viewer, { half: request.params.half, ...request.query });
    },
  );

  app.get(
    `${base}/:half/:metricId.csv`,
    {
      schema: {
        tags,
        summary:
          'One analytics chart as CSV: the same suppressed cells as the page ("below threshold" as text), every row, recorded in the audit trail',
        params: analyticsCsvParams,
        querystring: analyticsQuery,
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const viewer = await analyticsViewer(db, actor);
      const { half, metricId } = request.params;
      // A metric of the other half is not found here, like an unknown one.
      const candidate = metricInfoById(metricId);
      assertMaySee(viewer, candidate?.half === half ? candidate : undefined);
      const page = await buildAnalytics(db, actor, viewer, { half, metricId, ...request.query });
      const result = page.metrics[0]!;
      const { columns, rows } = metricTable(result, page.asOf);
      // Audited like every other download (`export.analytics`); the metric is the target.
      await auditExport(db, actor, {
        kind: 'analytics',
        targetType: 'analytics_metric',
        targetId: metricId,
        format: 'csv',
        rows: rows.length,
        filters: { half, scope: page.scope, cycleId: page.cycleId, asOf: page.asOf },
      });
      return sendTable(reply, {
        format: 'csv',
        fileName: exportFileName('analytics', `${metricId}-${page.asOf?.slice(0, 10) ?? ''}`, 'csv'),
        columns,
        rows,
      });
    },
  );

  app.post(
    `${base}/refresh`,
    {
      schema: {
        tags,
        summary: 'Recompute the analytics snapshot now (HR admin); answers at once with the queued job',
        response: { 202: analyticsRefreshAccepted },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      assertMayRefresh(await analyticsViewer(db, actor));
      const jobId = await requestRefresh(db, actor.organizationId);
      return reply.code(202).send({ jobId, state: 'queued' as const });
    },
  );
};
