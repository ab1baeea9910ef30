import type { JobHandler } from './types';

const handlers = new Map<string, JobHandler>();

/**
 * Registers the handler of work enqueued on demand (`enqueueJob`) under its name, for every worker
 * of this process. A domain registers its handlers when its module loads; a name is taken once.
 */
export function registerJobHandler(handler: JobHandler): void {
  const known = handlers.get(handler.name);
  if (known && known !== handler)
    throw new Error(`A job handler named "${handler.name}" is already registered.`);
  handlers.set(handler.name, handler);
}

export function registeredJobHandlers(): JobHandler[] {
  return [...handlers.values()];
}
