import { type MatrixRow, onlyRoles } from '../policy/matrix/types';
import { claimJobs, enqueueJob, failJob } from './queue';

/** A job of the case's organisation that used up its attempts (under a name no worker runs). */
async function failedJobOf(db: Parameters<typeof enqueueJob>[0], organizationId: string, unique: string) {
  const name = `matrix-${unique}`;
  await enqueueJob(db, { name, organizationId, maxAttempts: 1 });
  const [job] = await claimJobs(db, { workerId: name, filter: { names: [name] }, lockMs: 60_000 });
  await failJob(db, job!, 'planted failure', { workerId: name });
  return job!.id;
}

/** Authorization-matrix rows of the operations admin routes (failed jobs, backups): the audit trail's readers. */
export const jobsRows: MatrixRow[] = [
  { route: 'GET /api/admin/jobs/failed', target: 'none', expect: onlyRoles(['org_admin', 'hr_admin'], 200) },
  // The scheduled backups' state (platform/backup/routes.ts): the same readers.
  { route: 'GET /api/admin/backups', target: 'none', expect: onlyRoles(['org_admin', 'hr_admin'], 200) },
  {
    route: 'POST /api/admin/jobs/:jobId/retry',
    target: 'none',
    params: async ({ db, organizationId, unique }) => ({
      jobId: await failedJobOf(db, organizationId, unique),
    }),
    expect: onlyRoles(['org_admin', 'hr_admin'], 200),
  },
];
