import { parseArgs } from 'node:util';
import { HOUR, periodicTasks, recurringJobs, startBackgroundJobs } from '../../jobs';
import { type Config, loadConfig } from '../../platform/config';
import { safeErrorSummary } from '../../platform/errors/logSafe';
import { registeredJobHandlers } from '../../platform/jobs/registry';
import { enqueueDueRecurringJobs } from '../../platform/jobs/schedule';
import type { Job, JobServices } from '../../platform/jobs/types';
import { drainJobs, type ItemOutcome } from '../../platform/jobs/worker';
import { createMailer } from '../../platform/mail/mailer';
import { type CliContext, type Command, UsageError, withDatabase } from '../command';

// `backup` is listed even when no backup folder is set, so the usage text is the same everywhere.
const knownNames = (config: Pick<Config, 'backup'> = { backup: { dir: '', keep: 1, everyHours: 24 } }) => [
  ...new Set([...periodicTasks, ...recurringJobs(config), ...registeredJobHandlers()].map((job) => job.name)),
];

const usage = `trellis run-jobs [--once] [--job NAME] [--org ID] [--force]

  --once       Enqueue the recurring jobs that are due, run everything due in the queue (and the
               periodic tasks once), then exit (e.g. from cron); exit code 1 if an attempt failed
  --job NAME   Only this job (${knownNames().join(', ')})
  --org ID     Only this organisation's queue rows (jobs that run across organisations are left out)
  --force      With --once: enqueue the recurring jobs even if this period's run is done, and bring
               forward a run that waits for a retry (never while one is running)
  Without --once this process is a job worker until it is stopped (Ctrl-C): for a separate worker
  next to app servers started with TRELLIS_JOBS=off. Failed attempts are retried after growing
  pauses; a job whose attempts are used up stays failed for the organisation's admins to retry.
  Email goes by SMTP when SMTP_HOST is set; without it nothing is delivered, only recorded, as in the server.`;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const runJobsCommand: Command = {
  name: 'run-jobs',
  summary: 'Run the background job worker (notification emails, reminders) once or continuously',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: {
        once: { type: 'boolean' },
        job: { type: 'string' },
        org: { type: 'string' },
        force: { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    });
    const config = loadConfig();
    if (values.job && !knownNames(config).includes(values.job))
      throw new UsageError(
        values.job === 'backup'
          ? 'The backup job runs only with TRELLIS_BACKUP_DIR set (or run `trellis backup`).'
          : `There is no job called "${values.job}".`,
      );
    if (values.org && !uuidPattern.test(values.org))
      throw new UsageError(`--org takes an organisation id (a UUID), not "${values.org}".`);
    if (values.force && !values.once) throw new UsageError('--force applies to --once only.');
    const pick = <T extends { name: string }>(list: readonly T[]) =>
      values.job ? list.filter((job) => job.name === values.job) : [...list];
    const selection = {
      jobs: pick(recurringJobs(config)),
      // Periodic tasks span organisations (the sealer seals them all): not with --org.
      periodic: values.org ? [] : pick(periodicTasks),
      handlers: pick(registeredJobHandlers()),
      filter: { names: values.job ? [values.job] : undefined, organizationId: values.org },
    };
    // With --once each item is printed as it ends; a second line from the log would repeat it.
    const log = cliLog(context, { quiet: Boolean(values.once) });
    return withDatabase(context, async (database) => {
      const services: JobServices = { database, mailer: createMailer(config, log), config, log };
      if (values.once) return runOnce(selection, services, Boolean(values.force), context);
      context.out(`Running the job worker in ${context.databaseLabel}; Ctrl-C stops.`);
      const stop = startBackgroundJobs({ ...services, ...selection, firstCheckAfterMs: 0 });
      await untilInterrupted();
      await stop();
      return 0;
    });
  },
};

async function runOnce(
  selection: {
    jobs: Job[];
    periodic: typeof periodicTasks;
    handlers: ReturnType<typeof registeredJobHandlers>;
    filter: { names?: string[]; organizationId?: string };
  },
  services: JobServices,
  force: boolean,
  context: CliContext,
): Promise<number> {
  const { db } = services.database;
  let failed = 0;
  for (const task of selection.periodic) {
    try {
      await task.run({ ...services, db, payload: {} });
      context.out(`${task.name}: done`);
    } catch (error) {
      failed++;
      context.out(`${task.name}: FAILED: ${safeErrorSummary(error)}`);
    }
  }
  await enqueueDueRecurringJobs(db, selection.jobs, {
    organizationId: selection.filter.organizationId,
    force,
  });
  const outcomes = await drainJobs({
    ...services,
    handlers: [...selection.jobs, ...selection.handlers],
    filter: selection.filter,
    onItem: (outcome) => context.out(describe(outcome)),
  });
  failed += outcomes.filter((outcome) => outcome.status !== 'done').length;
  if (outcomes.length === 0 && selection.periodic.length === 0) context.out('Nothing was due.');
  return failed > 0 ? 1 : 0;
}

function describe(outcome: ItemOutcome): string {
  const label = outcome.organizationId ? `${outcome.name} (${outcome.organizationId})` : outcome.name;
  const attempt = `attempt ${outcome.attempt} of ${outcome.maxAttempts}`;
  switch (outcome.status) {
    case 'done':
      return `${label}: done${outcome.message ? `: ${outcome.message}` : ''}`;
    case 'retrying':
      return `${label}: FAILED (${attempt}; retried from ${outcome.retryAt.toISOString()}): ${outcome.message}`;
    case 'failed':
      return `${label}: FAILED (${attempt}, the last; kept as failed): ${outcome.message}`;
  }
}

function cliLog(context: CliContext, options: { quiet: boolean }) {
  return {
    info: (_obj: object, msg: string) => (options.quiet ? undefined : context.out(msg)),
    error: (obj: object, msg: string) => {
      if (options.quiet && msg.startsWith('background job ')) return;
      const err = (obj as { err?: unknown }).err;
      context.err(err instanceof Error ? `${msg}: ${safeErrorSummary(err)}` : msg);
    },
  };
}

/** The worker's timers are unref'd, so this process stays up by holding one timer of its own until a signal. */
function untilInterrupted(): Promise<void> {
  return new Promise((resolve) => {
    const keepAlive = setInterval(() => undefined, HOUR);
    const done = () => {
      clearInterval(keepAlive);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
}
