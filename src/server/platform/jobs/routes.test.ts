import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { auditEvents } from '../audit/tables';
import { loadConfig } from '../config';
import { createMailer } from '../mail/mailer';
import { enqueueJob } from './queue';
import { jobQueue } from './tables';
import type { JobHandler } from './types';
import { drainJobs } from './worker';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const clientOf = async (accountId: string | null | undefined) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(accountId!));

/** Runs a job of the cast's organisation whose handler always throws, until it has failed for good. */
async function failJobFor(organizationId: string, message: string) {
  const handler: JobHandler = {
    name: `test-admin-${randomUUID().slice(0, 8)}`,
    run: async () => {
      throw new Error(message);
    },
  };
  const id = await enqueueJob(server.database.db, { name: handler.name, organizationId, maxAttempts: 2 });
  const config = loadConfig({});
  const services = {
    database: server.database,
    config,
    mailer: createMailer(config, { info: () => undefined }),
    log: { info: () => undefined, error: () => undefined },
    handlers: [handler],
  };
  const [first] = await drainJobs(services);
  expect(first?.status).toBe('retrying');
  // The second attempt is due after the pause: run it "then" instead of waiting.
  const [last] = await drainJobs({ ...services, now: new Date(Date.now() + 60 * 60_000) });
  expect(last?.status).toBe('failed');
  return { id: id!, name: handler.name };
}

describe('failed jobs on the admin page', () => {
  it('HR admins and the org admin see the failure and can retry it; retry requeues it and is audited', async () => {
    const failed = await failJobFor(cast.org.organizationId, 'the reminder template is missing');
    const hr = await clientOf(cast.hr.accountId);
    const list = await hr.get('/api/admin/jobs/failed?pageSize=100');
    expect(list.status).toBe(200);
    const shown = list.body.items.find((item: { id: string }) => item.id === failed.id);
    expect(shown).toMatchObject({
      name: failed.name,
      attempts: 2,
      lastError: 'the reminder template is missing',
    });
    expect(new Date(shown.failedAt).getTime()).toBeGreaterThan(Date.now() - 10 * 60 * 60_000);
    expect(Object.keys(shown).sort()).toEqual([
      'attempts',
      'createdAt',
      'failedAt',
      'id',
      'lastError',
      'name',
    ]);

    const admin = await clientOf(cast.orgAdmin.accountId);
    expect((await admin.get('/api/admin/jobs/failed')).body.total).toBe(list.body.total);
    const retried = await admin.post(`/api/admin/jobs/${failed.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ id: failed.id, state: 'queued' });
    const [row] = await server.database.db.select().from(jobQueue).where(eq(jobQueue.id, failed.id));
    expect(row).toMatchObject({ state: 'queued', attempts: 0 });
    const after = await hr.get('/api/admin/jobs/failed?pageSize=100');
    expect(after.body.items.map((item: { id: string }) => item.id)).not.toContain(failed.id);
    // Only failed jobs can be retried: a second click answers 404.
    expect((await admin.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(404);
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'job.retried'), eq(auditEvents.targetId, failed.id)));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorAccountId: cast.orgAdmin.accountId, targetType: 'job' });
  });

  it('pages the list, newest failure first', async () => {
    const first = await failJobFor(cast.org.organizationId, 'first');
    const second = await failJobFor(cast.org.organizationId, 'second');
    const hr = await clientOf(cast.hr.accountId);
    const page = await hr.get('/api/admin/jobs/failed?page=1&pageSize=1');
    expect(page.body).toMatchObject({ page: 1, pageSize: 1 });
    expect(page.body.items).toHaveLength(1);
    expect(page.body.total).toBeGreaterThanOrEqual(2);
    expect(page.body.items[0].id).toBe(second.id);
    const next = await hr.get('/api/admin/jobs/failed?page=2&pageSize=1');
    expect(next.body.items[0].id).toBe(first.id);
  });

  it('other roles may not look; another organisation neither sees nor retries the failure', async () => {
    const failed = await failJobFor(cast.org.organizationId, 'not yours');
    const employee = await clientOf(cast.employee.accountId);
    expect((await employee.get('/api/admin/jobs/failed')).status).toBe(403);
    expect((await employee.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(403);

    const otherCast = await createCast(server.database.db);
    const otherAdmin = new ApiClient(server.baseUrl).withSession(
      await otherCast.org.sessionFor(otherCast.orgAdmin.accountId!),
    );
    const theirs = await otherAdmin.get('/api/admin/jobs/failed');
    expect(theirs.body).toMatchObject({ items: [], total: 0 });
    expect((await otherAdmin.post(`/api/admin/jobs/${failed.id}/retry`)).status).toBe(404);
    const [row] = await server.database.db.select().from(jobQueue).where(eq(jobQueue.id, failed.id));
    expect(row?.state).toBe('failed');
  });
});
