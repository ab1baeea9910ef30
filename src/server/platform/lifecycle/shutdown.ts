import type { Logger } from '../logging/logger';

/** How long a shutdown may take before the process is ended anyway. */
export const SHUTDOWN_DEADLINE_MS = 10_000;

export interface ShutdownStep {
  /** Named in the log, e.g. when the deadline passes while it still runs. */
  name: string;
  stop(): Promise<unknown>;
}

export interface Lifecycle {
  /** Adds a step; `last` steps (the database) run after every other step has finished. */
  onShutdown(step: ShutdownStep, options?: { last?: boolean }): void;
  /** Stops everything once (later calls wait for the first), then exits with `exitCode`. */
  shutdown(reason: string, exitCode: number): Promise<void>;
  /** SIGINT and SIGTERM shut down; a second signal while stopping exits at once. */
  handleSignals(): void;
}

/**
 * The server's way out: stop taking requests, let those in flight finish, stop the jobs, close the
 * database — and if that takes longer than the deadline (a request that never ends, a database that
 * does not answer), log what is still running and exit 1 anyway, so a supervisor is never left
 * waiting on a process that will not stop.
 */
export function createLifecycle(options: {
  log: Logger;
  deadlineMs?: number;
  exit?: (code: number) => void;
}): Lifecycle {
  const { log, deadlineMs = SHUTDOWN_DEADLINE_MS } = options;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const first: ShutdownStep[] = [];
  const last: ShutdownStep[] = [];
  const running = new Set<string>();
  let failed = false;
  let stopping: Promise<void> | null = null;

  const runAll = (steps: ShutdownStep[]) =>
    Promise.all(
      steps.map(async (step) => {
        running.add(step.name);
        try {
          await step.stop();
        } catch (error) {
          failed = true;
          log.error({ err: error, step: step.name }, `shutdown: ${step.name} did not stop cleanly`);
        } finally {
          running.delete(step.name);
        }
      }),
    );

  const lifecycle: Lifecycle = {
    onShutdown(step, stepOptions = {}) {
      (stepOptions.last ? last : first).push(step);
    },
    shutdown(reason, exitCode) {
      stopping ??= (async () => {
        log.info({ reason, deadlineMs }, 'shutting down');
        // Not unref'd: a step stuck on a promise with nothing else to wait for must still end here.
        const deadline = setTimeout(() => {
          log.error(
            { stillRunning: [...running], deadlineMs },
            `shutdown did not finish within ${deadlineMs / 1000} s: forcing exit`,
          );
          exit(1);
        }, deadlineMs);
        await runAll(first);
        await runAll(last);
        clearTimeout(deadline);
        const code = failed ? Math.max(exitCode, 1) : exitCode;
        log.info({ exitCode: code }, 'stopped');
        exit(code);
      })();
      return stopping;
    },
    handleSignals() {
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.on(signal, () => {
          if (stopping) {
            log.warn({ signal }, 'second signal while shutting down: exiting now');
            exit(1);
            return;
          }
          void lifecycle.shutdown(`received ${signal}`, 0);
        });
      }
    },
  };
  return lifecycle;
}
