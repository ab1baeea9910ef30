import { backupStatus as backupStatusContract } from '../../../contracts/backups';
import { forbidden } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { backupStatus } from './status';

/**
 * The scheduled backups' state for those who look after operations (org and HR admins, like the
 * failed-jobs list). It says when, never where: the folder is the server's business.
 */
export const backupRoutes: RouteModule = (app, { database, config }) => {
  app.get(
    '/api/admin/backups',
    {
      schema: {
        tags: ['admin'],
        summary: 'Scheduled backups: the newest archive, whether the schedule keeps up, the last failure',
        response: { 200: backupStatusContract },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('org_admin') && !actor.roles.has('hr_admin')) throw forbidden();
      return backupStatus(database.db, config);
    },
  );
};
