import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import { failedJob, retriedJob } from '../../../contracts/jobs';
import { recordAuditEvent } from '../audit/record';
import type { Actor } from '../auth/actor';
import { inTransaction } from '../db/tx';
import { forbidden, notFound } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { listFailedJobs } from './queries';
import { retryFailedJob } from './queue';

/** The same readers as the audit trail: the org admin and HR admins look after the organisation's operations. */
function requireJobsReader(actor: Actor) {
  if (!actor.roles.has('org_admin') && !actor.roles.has('hr_admin')) throw forbidden();
}

export const jobsRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/admin/jobs/failed',
    {
      schema: {
        tags: ['admin'],
        summary: "The organisation's background jobs that failed after their last attempt, newest first",
        querystring: pageQuery,
        response: { 200: pageOf(failedJob) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireJobsReader(actor);
      const { page, pageSize } = request.query;
      return { ...(await listFailedJobs(db, actor.organizationId, page, pageSize)), page, pageSize };
    },
  );

  app.post(
    '/api/admin/jobs/:jobId/retry',
    {
      schema: {
        tags: ['admin'],
        summary: 'Queue a failed job again, with a fresh set of attempts',
        params: z.object({ jobId: uuidParam }),
        response: { 200: retriedJob },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      requireJobsReader(actor);
      const { jobId } = request.params;
      return inTransaction(db, async (tx) => {
        // Another organisation's job, a job that is not failed, or none at all: the same 404.
        const name = await retryFailedJob(tx, { id: jobId, organizationId: actor.organizationId });
        if (!name) throw notFound('That failed job');
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'job.retried',
          targetType: 'job',
          targetId: jobId,
          before: { name, state: 'failed' },
          after: { name, state: 'queued' },
        });
        return { id: jobId, state: 'queued' as const };
      });
    },
  );
};
