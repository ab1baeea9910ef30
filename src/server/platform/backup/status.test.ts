import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { claimJobs, enqueueJob, failJob } from '../jobs/queue';
import { backupReadiness } from '../lifecycle/readiness';
import { backupFileName } from './schedule';
import { backupStatus } from './status';

const HOUR = 3_600_000;
let dir: string;
let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trellis-backup-status-'));
  server = await startTestServer({ TRELLIS_BACKUP_DIR: dir, TRELLIS_BACKUP_EVERY_HOURS: '6' });
  cast = await createCast(server.database.db);
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** An archive as the scheduled job names it, last written `hoursAgo` (only its name and age matter here). */
async function archiveFrom(hoursAgo: number) {
  const at = new Date(Date.now() - hoursAgo * HOUR);
  const file = join(dir, backupFileName(at));
  await writeFile(file, 'zip');
  await utimes(file, at, at);
}

const config = () => ({ backup: { dir, keep: 7, everyHours: 6 } });

describe('scheduled backup status', () => {
  it('shows the admins when the newest archive was written and whether the schedule keeps up', async () => {
    const admin = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.orgAdmin.accountId!),
    );
    const none = await admin.get('/api/admin/backups');
    expect(none.status).toBe(200);
    expect(none.body).toEqual({
      scheduled: true,
      everyHours: 6,
      keep: 7,
      last: null,
      overdue: true,
      lastFailure: null,
    });

    await archiveFrom(13);
    const stale = (await admin.get('/api/admin/backups')).body;
    expect(stale.last.ageHours).toBeCloseTo(13, 0);
    expect(stale.overdue).toBe(true);

    await archiveFrom(2);
    const fresh = (await admin.get('/api/admin/backups')).body;
    expect(fresh.last.ageHours).toBeCloseTo(2, 0);
    expect(fresh.overdue).toBe(false);
    // Files that are not our archives are neither counted nor ever deleted.
    await writeFile(join(dir, 'notes.txt'), 'mine');
    expect((await admin.get('/api/admin/backups')).body.last.ageHours).toBeCloseTo(2, 0);

    const employee = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.employee.accountId!),
    );
    expect((await employee.get('/api/admin/backups')).status).toBe(403);
  });

  it('shows a scheduled backup that failed after its retries, until a newer archive exists', async () => {
    const { db } = server.database;
    await enqueueJob(db, { name: 'backup', maxAttempts: 1 });
    const [job] = await claimJobs(db, {
      workerId: 'status-test',
      filter: { names: ['backup'] },
      lockMs: 60_000,
    });
    await failJob(db, job!, 'ENOSPC: no space left on device', { workerId: 'status-test' });
    const status = await backupStatus(db, config());
    expect(status.lastFailure).toMatchObject({ error: 'ENOSPC: no space left on device' });
    // Readiness reports it but stays ready: a missed backup must not take instances out of rotation.
    const ready = await backupReadiness(db, config());
    expect(ready.ok).toBe(true);
    expect(ready.detail).toMatch(/last backup 2(\.\d)? h ago; the last scheduled backup failed: ENOSPC/);

    await archiveFrom(0);
    expect((await backupStatus(db, config())).lastFailure).toBeNull();
  });

  it('says scheduled backups are off when no folder is configured', async () => {
    expect(await backupStatus(server.database.db, { backup: null })).toMatchObject({
      scheduled: false,
      last: null,
      overdue: false,
    });
  });
});
