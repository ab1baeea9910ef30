import { guardProcessAgainstDatabaseErrors } from '../platform/db/availability';
import { createLifecycle } from '../platform/lifecycle/shutdown';
import { createLogger } from '../platform/logging/logger';

/**
 * A stand-in server process for `platform/lifecycle/shutdown.test.ts`: the logger, lifecycle and
 * process guard wired as main.ts wires them, then the failure named by argv[2]:
 * `uncaught` (an exception nobody catches), `rejection` (a promise nobody awaits), `database` (a
 * rejection from a lost database connection, which must not end the process).
 */
const log = await createLogger({ logLevel: 'info' });
const lifecycle = createLifecycle({ log, deadlineMs: 5_000 });
lifecycle.onShutdown({ name: 'work', stop: async () => log.info('work stopped') });
guardProcessAgainstDatabaseErrors(log, (_error, origin) => void lifecycle.shutdown(origin, 1));
// Like a listening server: something keeps the process alive until it is shut down.
setInterval(() => undefined, 1_000);

const failure = process.argv[2];
setTimeout(() => {
  if (failure === 'uncaught') throw new Error('boom: nobody caught this');
  if (failure === 'rejection') void Promise.reject(new Error('boom: nobody awaited this'));
  if (failure === 'database') {
    void Promise.reject(
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
    );
    setTimeout(() => {
      log.info('still running');
      void lifecycle.shutdown('test finished', 0);
    }, 300);
  }
}, 20);
