import { z } from 'zod';
import { isDatabaseUnavailableError } from '../db/availability';
import type { App, Deps } from '../http/types';
import {
  type CheckResult,
  checkDatabase,
  checkJobs,
  checkMigrations,
  type JobsCheckOptions,
} from './readiness';

const databaseKind = z.enum(['pglite', 'postgresql']);
const check = z.object({ ok: z.boolean(), code: z.string().optional(), detail: z.string().optional() });
const readiness = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: databaseKind,
  checks: z.object({ database: check, migrations: check, jobs: check.optional() }).catchall(check),
});

export interface LifecycleOptions {
  /** Set when this process runs the job worker: `/api/ready` then also asks for its heartbeat. */
  jobs?: JobsCheckOptions;
  /** More checks by name (e.g. the age of the last scheduled backup); run once the database answers. */
  extraChecks?: Record<string, () => Promise<CheckResult>>;
}

/** A check that throws is a failed check; the server keeps answering. */
async function run(what: string, app: App, probe: () => Promise<CheckResult>): Promise<CheckResult> {
  try {
    return await probe();
  } catch (error) {
    if (isDatabaseUnavailableError(error)) return { ok: false, code: 'database_unavailable' };
    app.log.warn({ err: error, check: what }, 'readiness check failed');
    return { ok: false, code: 'check_failed' };
  }
}

/**
 * Liveness and readiness, for a load balancer or an orchestrator:
 * - `/api/health`: the process is up and answering. No database query, so an outage of the database
 *   (which the server survives) does not make a supervisor restart every instance.
 * - `/api/ready`: this instance can serve — the database answers, its migrations are exactly this
 *   version's, and (when this process runs the jobs) the job worker's heartbeat is recent.
 */
export function registerLifecycleRoutes(app: App, deps: Deps, options: LifecycleOptions = {}) {
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Liveness: the process is up',
        description:
          'Always 200 while the process answers; asks nothing of the database. Readiness is `/api/ready`.',
        response: { 200: z.object({ status: z.literal('ok'), database: databaseKind }) },
      },
    },
    async () => ({ status: 'ok' as const, database: deps.database.kind }),
  );

  app.get(
    '/api/ready',
    {
      config: { public: true },
      schema: {
        tags: ['platform'],
        summary: 'Readiness: database, migrations and job worker',
        description:
          '200 when every check passes; 503 with the same body when one fails (`database_unavailable`, ' +
          '`migrations_not_current`, `jobs_silent`). The server keeps running and reconnects by itself.',
        response: { 200: readiness, 503: readiness },
      },
    },
    async (_request, reply) => {
      const { db } = deps.database;
      const database = await run('database', app, () => checkDatabase(db));
      const skipped: CheckResult = { ok: false, code: 'database_unavailable' };
      const migrations = database.ok ? await run('migrations', app, () => checkMigrations(db)) : skipped;
      const jobsOptions = options.jobs;
      const jobs = jobsOptions
        ? database.ok
          ? await run('jobs', app, () => checkJobs(jobsOptions))
          : skipped
        : undefined;
      const extra: Record<string, CheckResult> = {};
      for (const [name, probe] of Object.entries(options.extraChecks ?? {})) {
        extra[name] = database.ok ? await run(name, app, probe) : skipped;
      }
      const ok =
        database.ok && migrations.ok && (jobs?.ok ?? true) && Object.values(extra).every((c) => c.ok);
      return reply.status(ok ? 200 : 503).send({
        status: ok ? ('ready' as const) : ('not_ready' as const),
        database: deps.database.kind,
        checks: { ...extra, database, migrations, ...(jobs ? { jobs } : {}) },
      });
    },
  );
}
