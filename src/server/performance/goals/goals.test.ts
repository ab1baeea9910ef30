import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { listGoalResultsForReview } from './readForReview';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

const personalGoal = (ownerPersonId: string, extra: Record<string, unknown> = {}) => ({
  level: 'personal',
  ownerPersonId,
  title: 'Ship the onboarding revamp',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  keyResults: [
    { title: 'Activation rate', kind: 'percent', startValue: 40, targetValue: 60 },
    { title: 'Launch done', kind: 'milestone', startValue: 0, targetValue: 1 },
    { title: 'Revenue', kind: 'currency', currency: 'EUR', startValue: 0, targetValue: 1000 },
  ],
  ...extra,
});

describe('goals', () => {
  it('an employee creates a goal, checks in, and sees progress and history', async () => {
    const employee = await as(cast.employee);
    const created = await employee.post('/api/goals', personalGoal(cast.employee.id));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ progress: 0, version: 1, abilities: { edit: true, checkIn: true } });
    const [activation, launch] = created.body.keyResults;

    const checkIn = await employee.post(`/api/goals/${created.body.id}/check-ins`, {
      status: 'at_risk',
      comment: 'Slower than hoped',
      values: [
        { keyResultId: activation.id, value: 50 },
        { keyResultId: launch.id, value: 1 },
      ],
      version: 1,
    });
    expect(checkIn.status).toBe(201);
    // (50% + 100% + 0%) / 3
    expect(checkIn.body).toMatchObject({ progress: 50, health: 'at_risk', version: 2 });
    const history = await employee.get(`/api/goals/${created.body.id}/check-ins`);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({
      status: 'at_risk',
      comment: 'Slower than hoped',
      progress: 50,
    });

    // The list is newest first: a second check-in comes before the first.
    const second = await employee.post(`/api/goals/${created.body.id}/check-ins`, {
      status: 'on_track',
      comment: 'Back on track',
      values: [{ keyResultId: activation.id, value: 50 }],
      version: 2,
    });
    expect(second.status).toBe(201);
    const newestFirst = await employee.get(`/api/goals/${created.body.id}/check-ins`);
    expect(newestFirst.body.items.map((item: { comment: string }) => item.comment)).toEqual([
      'Back on track',
      'Slower than hoped',
    ]);

    const forReview = await listGoalResultsForReview(server.database.db, {
      organizationId: cast.org.organizationId,
      personId: cast.employee.id,
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    const found = forReview.find((goal) => goal.id === created.body.id);
    expect(found).toMatchObject({ progress: 50, health: 'on_track' });
    expect(found?.keyResults.map((kr) => kr.currentValue)).toEqual([50, 1, 0]);
  });

  it('a stale edit answers 409 with the current version and changes nothing', async () => {
    const employee = await as(cast.employee);
    const manager = await as(cast.manager);
    const created = await employee.post('/api/goals', personalGoal(cast.employee.id, { title: 'Original' }));
    const edit = { ...personalGoal(cast.employee.id), status: 'active', version: 1 };
    delete (edit as Record<string, unknown>).level;
    delete (edit as Record<string, unknown>).ownerPersonId;
    const first = await manager.put(`/api/goals/${created.body.id}`, { ...edit, title: 'Manager edit' });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const second = await employee.put(`/api/goals/${created.body.id}`, { ...edit, title: 'Stale edit' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const stale = await employee.post(`/api/goals/${created.body.id}/check-ins`, {
      status: 'on_track',
      values: [],
      version: 1,
    });
    expect(stale.status).toBe(409);
    const now = await employee.get(`/api/goals/${created.body.id}`);
    expect(now.body).toMatchObject({ title: 'Manager edit', version: 2 });
  });

  it('edits keep, change, add and remove key results', async () => {
    const employee = await as(cast.employee);
    const created = await employee.post('/api/goals', personalGoal(cast.employee.id));
    const [activation] = created.body.keyResults;
    const updated = await employee.put(`/api/goals/${created.body.id}`, {
      title: 'Renamed',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      visibility: 'private',
      status: 'active',
      version: 1,
      keyResults: [
        {
          id: activation.id,
          title: 'Activation',
          kind: 'percent',
          startValue: 40,
          targetValue: 50,
          currentValue: 45,
        },
        { title: 'Churn', kind: 'number', startValue: 10, targetValue: 5 },
      ],
    });
    expect(updated.status).toBe(200);
    expect(
      updated.body.keyResults.map((kr: { title: string; progress: number }) => [kr.title, kr.progress]),
    ).toEqual([
      ['Activation', 50],
      ['Churn', 0],
    ]);
    expect(updated.body.keyResults[0].id).toBe(activation.id);
    expect(updated.body.progress).toBe(25);
  });

  it('validation names the field; colleagues cannot create or change goals for someone else', async () => {
    const employee = await as(cast.employee);
    const bad = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, { periodEnd: '2025-01-01' }),
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('periodEnd');
    const noCurrency = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, {
        keyResults: [{ title: 'Sales', kind: 'currency', startValue: 0, targetValue: 10 }],
      }),
    );
    expect(noCurrency.status).toBe(400);
    expect(Object.keys(noCurrency.body.error.fields).join()).toContain('currency');
    const peer = await as(cast.peer);
    expect((await peer.post('/api/goals', personalGoal(cast.employee.id))).status).toBe(403);
    expect(
      (
        await employee.post('/api/goals', {
          ...personalGoal(cast.employee.id),
          level: 'company',
          ownerPersonId: null,
        })
      ).status,
    ).toBe(403);
    const goal = await employee.post('/api/goals', personalGoal(cast.employee.id));
    const checkIn = await peer.post(`/api/goals/${goal.body.id}/check-ins`, {
      status: 'on_track',
      values: [],
      version: 1,
    });
    expect(checkIn.status).toBe(403);
  });

  it('private goals: owner, manager chain and HR see them; colleagues get 404; reads are logged', async () => {
    const employee = await as(cast.employee);
    const created = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, { visibility: 'private' }),
    );
    const id = created.body.id;
    for (const viewer of [cast.manager, cast.skip, cast.hr]) {
      expect((await (await as(viewer)).get(`/api/goals/${id}`)).status).toBe(200);
    }
    for (const viewer of [
      cast.peer,
      cast.peerManager,
      cast.orgAdmin,
      cast.approver,
      cast.coach,
      cast.employee2,
    ]) {
      expect((await (await as(viewer)).get(`/api/goals/${id}`)).status).toBe(404);
      const list = await (await as(viewer)).get(`/api/people/${cast.employee.id}/goals`);
      expect(list.body.items.map((g: { id: string }) => g.id)).not.toContain(id);
    }
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(eq(accessLog.subjectPersonId, cast.employee.id));
    expect(
      logged.some((entry) => entry.dataClass === 'performance' && entry.viewerPersonId === cast.manager.id),
    ).toBe(true);
  });

  it('the tree loads level by level and never shows or counts hidden goals', async () => {
    const hr = await as(cast.hr);
    const company = await hr.post('/api/goals', {
      level: 'company',
      title: 'Tree root',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      keyResults: [],
    });
    expect(company.status).toBe(201);
    const department = await hr.post('/api/goals', {
      level: 'department',
      ownerDepartmentId: cast.org.departmentId,
      parentId: company.body.id,
      title: 'Department branch',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      keyResults: [],
    });
    expect(department.status).toBe(201);
    const employee = await as(cast.employee);
    const open = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, { parentId: department.body.id }),
    );
    const hidden = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, {
        parentId: department.body.id,
        visibility: 'private',
        title: 'Secret',
      }),
    );
    expect(hidden.status).toBe(201);

    const roots = await employee.get('/api/goals/tree');
    const root = roots.body.items.find((g: { id: string }) => g.id === company.body.id);
    expect(root).toMatchObject({ childCount: 1 });
    const asPeer = await as(cast.peer);
    const peerChildren = await asPeer.get(`/api/goals/${department.body.id}/children`);
    expect(peerChildren.body.items.map((g: { id: string }) => g.id)).toEqual([open.body.id]);
    expect(peerChildren.body.total).toBe(1);
    const peerView = await asPeer.get(`/api/goals/${department.body.id}`);
    expect(peerView.body.childCount).toBe(1);
    const managerChildren = await (await as(cast.manager)).get(`/api/goals/${department.body.id}/children`);
    expect(managerChildren.body.total).toBe(2);
  });

  it('aligning with a goal the caller cannot see, or at the wrong level, names parentId', async () => {
    const employee = await as(cast.employee);
    const secret = await employee.post(
      '/api/goals',
      personalGoal(cast.employee.id, { visibility: 'private' }),
    );
    const peer = await as(cast.peer);
    const response = await peer.post('/api/goals', personalGoal(cast.peer.id, { parentId: secret.body.id }));
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('parentId');
  });
});
