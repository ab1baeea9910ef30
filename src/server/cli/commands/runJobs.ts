import { parseArgs } from 'node:util';
import { HOUR, type Job, jobs, runJob, startBackgroundJobs } from '../../jobs';
import { loadConfig } from '../../platform/config';
import { safeErrorSummary } from '../../platform/errors/logSafe';
import { createMailer } from '../../platform/mail/mailer';
import { type CliContext, type Command, UsageError, withDatabase } from '../command';

const usage = `trellis run-jobs --once [--job NAME] [--force]
trellis run-jobs

  --once       Run every job that is due now, then exit (e.g. from cron); exit code 1 if one failed
  --job NAME   Only this job (${jobs.map((job) => job.name).join(', ')})
  --force      Run even if the job is not due yet (never while another instance is running it)
  Without --once the jobs run on their schedule until the process is stopped (Ctrl-C), for a
  separate worker next to app servers started with TRELLIS_JOBS=off.
  Email goes by SMTP when SMTP_HOST is set; without it nothing is delivered, only recorded, as in the server.`;

export const runJobsCommand: Command = {
  name: 'run-jobs',
  summary: 'Run the background jobs (notification emails, reminders) once or continuously',
  usage,
  async run(args, context) {
    const { values } = parseArgs({
      args,
      options: { once: { type: 'boolean' }, job: { type: 'string' }, force: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    });
    const selected = values.job ? jobs.filter((job) => job.name === values.job) : jobs;
    if (selected.length === 0) throw new UsageError(`There is no job called "${values.job}".`);
    if (values.force && !values.once) throw new UsageError('--force applies to --once only.');
    const config = loadConfig();
    const log = cliLog(context);
    return withDatabase(context, async (database) => {
      const jobContext = { database, mailer: createMailer(config, log), config, log };
      if (values.once) return runOnce(selected, jobContext, Boolean(values.force), context);
      context.out(
        `Running ${selected.length} job(s) on their schedule in ${context.databaseLabel}; Ctrl-C stops.`,
      );
      const stop = startBackgroundJobs({ ...jobContext, jobs: selected, firstCheckAfterMs: 0 });
      await untilInterrupted();
      await stop();
      return 0;
    });
  },
};

async function runOnce(
  selected: readonly Job[],
  jobContext: Parameters<typeof runJob>[1],
  force: boolean,
  context: CliContext,
): Promise<number> {
  let failed = 0;
  for (const job of selected) {
    const outcome = await runJob(job, jobContext, { force });
    if (outcome.status === 'failed') failed++;
    const detail =
      outcome.status === 'skipped'
        ? 'skipped (not due yet, or running elsewhere)'
        : outcome.status === 'failed'
          ? `FAILED: ${outcome.message}`
          : `done${outcome.message ? `: ${outcome.message}` : ''}`;
    context.out(`${job.name}: ${detail}`);
  }
  return failed > 0 ? 1 : 0;
}

function cliLog(context: CliContext) {
  return {
    info: (_obj: object, msg: string) => context.out(msg),
    error: (obj: object, msg: string) => {
      const err = (obj as { err?: unknown }).err;
      context.err(err instanceof Error ? `${msg}: ${safeErrorSummary(err)}` : msg);
    },
  };
}

/** The job timers are unref'd, so this process stays up by holding one timer of its own until a signal. */
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
