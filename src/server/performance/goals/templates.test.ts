import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobTitles } from '../../org/tables';
import { auditEvents } from '../../platform/audit/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { goals, keyResults } from './tables';

let server: TestServer;
let cast: Cast;
let templateId: string;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  const hr = await as(cast.hr);
  const created = await hr.post('/api/goal-templates', {
    name: 'Security basics',
    title: 'Complete the security training',
    keyResults: [
      { title: 'Modules finished', kind: 'number', startValue: 0, targetValue: 4 },
      { title: 'Quiz passed', kind: 'boolean', startValue: 0, targetValue: 1 },
    ],
  });
  expect(created.status).toBe(201);
  templateId = created.body.id;
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const period = { periodStart: '2026-04-01', periodEnd: '2026-06-30' };

describe('goal templates and bulk assignment', () => {
  it('HR previews, assigns in one batch with audit events, and a repeat adds nobody twice', async () => {
    const hr = await as(cast.hr);
    const filter = { managerId: cast.manager.id };
    const preview = await hr.post(`/api/goal-templates/${templateId}/assignment-preview`, {
      filter,
      ...period,
    });
    expect(preview.body).toEqual({ count: 2 });
    const wrongCount = await hr.post(`/api/goal-templates/${templateId}/assignments`, {
      filter,
      ...period,
      expectedCount: 5,
    });
    expect(wrongCount.status).toBe(409);
    expect(wrongCount.body.error.code).toBe('invalid_state');

    const assigned = await hr.post(`/api/goal-templates/${templateId}/assignments`, {
      filter,
      ...period,
      expectedCount: 2,
    });
    expect(assigned.status).toBe(201);
    expect(assigned.body.created).toBe(2);
    const db = server.database.db;
    const created = await db.select().from(goals).where(eq(goals.assignmentBatchId, assigned.body.batchId));
    expect(created.map((goal) => goal.ownerPersonId).sort()).toEqual(
      [cast.employee.id, cast.employee2.id].sort(),
    );
    const [{ n }] = (await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(keyResults)
      .where(eq(keyResults.goalId, created[0]!.id))) as [{ n: number }];
    expect(n).toBe(2);
    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, cast.org.organizationId),
          sql`${auditEvents.action} LIKE '%assigned'`,
        ),
      );
    expect(events.filter((e) => e.action === 'goal_template.assigned')).toHaveLength(1);
    expect(events.filter((e) => e.action === 'goal.assigned')).toHaveLength(2);

    const again = await hr.post(`/api/goal-templates/${templateId}/assignment-preview`, {
      filter,
      ...period,
    });
    expect(again.body).toEqual({ count: 0 });
  });

  it('a manager reaches only their own reports, whatever the filter says', async () => {
    const manager = await as(cast.manager);
    const outside = await manager.post(`/api/goal-templates/${templateId}/assignment-preview`, {
      filter: { managerId: cast.peerManager.id },
    });
    expect(outside.body).toEqual({ count: 0 });
    const everyone = await manager.post(`/api/goal-templates/${templateId}/assignment-preview`, {
      filter: {},
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
    });
    expect(everyone.body).toEqual({ count: 2 });
    const tryPeer = await manager.post(`/api/goal-templates/${templateId}/assignments`, {
      filter: { managerId: cast.peerManager.id },
      periodStart: '2027-01-01',
      periodEnd: '2027-03-31',
      expectedCount: 1,
    });
    expect(tryPeer.status).toBe(409);
    const peerGoals = await server.database.db
      .select()
      .from(goals)
      .where(eq(goals.ownerPersonId, cast.peer.id));
    expect(peerGoals).toHaveLength(0);
  });

  it('employees neither list nor assign templates; only HR edits them', async () => {
    const employee = await as(cast.employee);
    expect((await employee.get('/api/goal-templates')).status).toBe(403);
    expect(
      (await employee.post(`/api/goal-templates/${templateId}/assignment-preview`, { filter: {} })).status,
    ).toBe(404);
    const manager = await as(cast.manager);
    const list = await manager.get('/api/goal-templates');
    expect(list.body.items[0].abilities).toEqual({ edit: false, assign: true });
    const edit = await manager.put(`/api/goal-templates/${templateId}`, {
      name: 'x',
      title: 'y',
      keyResults: [{ title: 'z', kind: 'number', startValue: 0, targetValue: 1 }],
      version: 1,
    });
    expect(edit.status).toBe(403);
  });

  it('performance areas: HR manages; people see those for their title or level; colleagues get 404', async () => {
    const hr = await as(cast.hr);
    const created = await hr.post('/api/performance-areas', {
      name: 'Delivery',
      levelId: cast.org.levelId,
      kpis: [{ name: 'Cycle time', target: 3, unit: 'days' }],
    });
    expect(created.status).toBe(201);
    const mine = await (await as(cast.employee)).get(`/api/people/${cast.employee.id}/performance-areas`);
    expect(mine.body.items.map((a: { name: string }) => a.name)).toContain('Delivery');
    expect(
      (await (await as(cast.manager)).get(`/api/people/${cast.employee.id}/performance-areas`)).status,
    ).toBe(200);
    expect(
      (await (await as(cast.peer)).get(`/api/people/${cast.employee.id}/performance-areas`)).status,
    ).toBe(404);
    expect((await (await as(cast.employee)).get('/api/performance-areas')).status).toBe(403);
    const both = await hr.post('/api/performance-areas', { name: 'x', kpis: [{ name: 'k', target: 1 }] });
    expect(both.status).toBe(400);
    expect(both.body.error.fields).toHaveProperty('jobTitleId');
    const stale = await hr.put(`/api/performance-areas/${created.body.id}`, {
      name: 'Delivery',
      levelId: cast.org.levelId,
      kpis: [{ name: 'Cycle time', target: 2, unit: 'days' }],
      version: 7,
    });
    expect(stale.status).toBe(409);
    expect((await hr.request('DELETE', `/api/performance-areas/${created.body.id}?version=1`)).status).toBe(
      204,
    );
  });

  it('an area for a job title reaches the people with that title (any letter case) and nobody else', async () => {
    const hr = await as(cast.hr);
    await server.database.db
      .insert(jobTitles)
      .values({ organizationId: cast.org.organizationId, name: 'ENGINEER', levelId: null });
    const titles = await hr.get('/api/job-titles?q=engineer');
    const title = titles.body.items.find((t: { name: string }) => t.name === 'ENGINEER');
    const created = await hr.post('/api/performance-areas', {
      name: 'Code quality',
      jobTitleId: title.id,
      kpis: [{ name: 'Escaped defects', target: 2, unit: 'per quarter' }],
    });
    expect(created.status).toBe(201);
    const names = async (person: { id: string; accountId: string | null }) =>
      (
        (await (await as(person)).get(`/api/people/${person.id}/performance-areas`)).body.items as {
          name: string;
        }[]
      ).map((a) => a.name);
    // The employee's title is "Engineer"; the manager's "Engineering Manager" shares the level only.
    expect(await names(cast.employee)).toContain('Code quality');
    const listed = await hr.get('/api/performance-areas');
    expect(listed.body.items.find((a: { id: string }) => a.id === created.body.id)).toMatchObject({
      jobTitle: { id: title.id, name: 'ENGINEER' },
      level: null,
    });
    expect(await names(cast.manager)).not.toContain('Code quality');
  });
});
