import { homeTasks } from '../../../contracts/homeTasks';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { homeTasksFor } from './tasks';

/**
 * `GET /api/home/tasks`: "Your tasks" on the home page, for every signed-in account (one without a
 * person record gets what its roles open, or nothing). Counts and dates only: no names, no record
 * content, so the answer carries no separated data class (see matrixRows.ts).
 */
export const homeTasksRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  app.get(
    '/api/home/tasks',
    {
      schema: {
        tags: ['home'],
        summary: 'What needs me now: a count per kind of task, with the earliest deadline',
        response: { 200: homeTasks },
      },
    },
    async (request) => ({ items: await homeTasksFor(db, requireActor(request)) }),
  );
};
