import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { listCompetenciesForQuestionnaire } from './queries';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

const behaviours = ['Follows guidance', 'Works independently', 'Guides others', 'Shapes the organisation'];

/** HR builds a small library and a track with two levels; returns their ids. */
let built = 0;
async function buildLibrary() {
  const hr = await as(cast.hr);
  const n = ++built;
  const a = await hr.post('/api/growth/paths/competencies', {
    name: `Craft ${n}`,
    description: 'Quality of the work itself',
    category: 'Delivery',
    behaviours,
  });
  const b = await hr.post('/api/growth/paths/competencies', { name: `Collaboration ${n}`, behaviours });
  expect(a.status).toBe(201);
  expect(b.status).toBe(201);
  const created = await hr.post('/api/growth/paths/tracks', { name: `Engineering IC ${n}`, description: '' });
  expect(created.status).toBe(201);
  const saved = await hr.put(`/api/growth/paths/tracks/${created.body.id}`, {
    name: `Engineering IC ${n}`,
    description: 'Individual contributors',
    status: 'active',
    version: created.body.version,
    levels: [
      {
        name: 'Engineer',
        summary: 'Delivers well-scoped work',
        orgLevelId: cast.org.levelId,
        expectations: [
          { competencyId: a.body.id, expectedLevel: 2 },
          { competencyId: b.body.id, expectedLevel: 1 },
        ],
      },
      {
        name: 'Senior Engineer',
        summary: 'Owns a problem area',
        expectations: [
          { competencyId: a.body.id, expectedLevel: 3 },
          { competencyId: b.body.id, expectedLevel: 3 },
        ],
      },
    ],
  });
  expect(saved.status).toBe(200);
  return { craft: a.body.id as string, collab: b.body.id as string, track: saved.body };
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

describe('competency library', () => {
  it('HR edits with version checks; others cannot; behaviours must match the scale', async () => {
    const hr = await as(cast.hr);
    const wrong = await hr.post('/api/growth/paths/competencies', { name: 'Too short', behaviours: ['One'] });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('behaviours');
    const employee = await as(cast.employee);
    expect((await employee.post('/api/growth/paths/competencies', { name: 'Nope', behaviours })).status).toBe(
      403,
    );

    const created = await hr.post('/api/growth/paths/competencies', { name: 'Ownership', behaviours });
    const edit = (version: number, name: string) =>
      hr.put(`/api/growth/paths/competencies/${created.body.id}`, {
        name,
        behaviours,
        status: 'active',
        version,
      });
    expect((await edit(1, 'Ownership and care')).status).toBe(200);
    const stale = await edit(1, 'Lost update');
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const duplicate = await hr.post('/api/growth/paths/competencies', {
      name: 'ownership AND care',
      behaviours,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.fields).toHaveProperty('name');

    const questionnaire = await listCompetenciesForQuestionnaire(server.database.db, cast.org.organizationId);
    expect(questionnaire.map((c) => c.name)).toContain('Ownership and care');
    expect(questionnaire.find((c) => c.name === 'Ownership and care')?.behaviours).toEqual(behaviours);

    // Unused: it may be deleted.
    expect(
      (await hr.post(`/api/growth/paths/competencies/${created.body.id}/remove`, { version: 2 })).status,
    ).toBe(204);
  });

  it('a used competency is retired, not deleted, and leaves the questionnaire', async () => {
    const { craft } = await buildLibrary();
    const hr = await as(cast.hr);
    const current = (await hr.get(`/api/growth/paths/competencies/${craft}`)).body;
    expect(current.inUse).toBe(true);
    expect(current.abilities.remove).toBe(false);
    const removal = await hr.post(`/api/growth/paths/competencies/${craft}/remove`, {
      version: current.version,
    });
    expect(removal.status).toBe(409);
    expect(removal.body.error.code).toBe('competency_in_use');
    const retired = await hr.put(`/api/growth/paths/competencies/${craft}`, {
      ...current,
      status: 'retired',
    });
    expect(retired.status).toBe(200);
    const questionnaire = await listCompetenciesForQuestionnaire(server.database.db, cast.org.organizationId);
    expect(questionnaire.map((c) => c.id)).not.toContain(craft);
    // The scale is used now: its size is fixed.
    const scale = (await hr.get('/api/growth/paths/scale')).body;
    expect(scale.canChangeCount).toBe(false);
    const resize = await hr.put('/api/growth/paths/scale', {
      levelNames: ['A', 'B', 'C'],
      version: scale.version,
    });
    expect(resize.body.error.code).toBe('scale_in_use');
  });
});

describe('career path and assessments', () => {
  it('shares self-assessments only when asked, shows HR no content, logs every read by others', async () => {
    const { craft, collab, track } = await buildLibrary();
    const employee = await as(cast.employee2);
    const mine = await employee.get(`/api/growth/paths/people/${cast.employee2.id}`);
    expect(mine.status).toBe(200);
    // Several tracks in this org may tie to the directory level (each test builds one): set it explicitly.
    const manager = await as(cast.manager);
    const placed = await manager.put(`/api/growth/paths/people/${cast.employee2.id}/position`, {
      trackId: track.id,
      levelId: track.levels[0].id,
      version: mine.body.position?.source === 'set' ? mine.body.position.version : null,
    });
    expect(placed.status).toBe(200);
    expect(placed.body.position).toMatchObject({ source: 'set', level: { name: 'Engineer' } });
    expect(placed.body.nextLevel.name).toBe('Senior Engineer');

    const self = await employee.put(
      `/api/growth/paths/people/${cast.employee2.id}/assessments/${craft}/self`,
      {
        assessedLevel: 2,
        assessmentEvidence: 'Shipped the billing rewrite',
        sharedWithManager: false,
        version: null,
      },
    );
    expect(self.status).toBe(200);
    await employee.put(`/api/growth/paths/people/${cast.employee2.id}/assessments/${collab}/self`, {
      assessedLevel: 1,
      assessmentEvidence: 'Mostly solo so far',
      sharedWithManager: true,
      version: null,
    });
    const stale = await employee.put(
      `/api/growth/paths/people/${cast.employee2.id}/assessments/${craft}/self`,
      {
        assessedLevel: 3,
        sharedWithManager: false,
        version: null,
      },
    );
    expect(stale.status).toBe(409);

    // The manager sees the shared one only and adds a developmental assessment.
    const seen = (await manager.get(`/api/growth/paths/people/${cast.employee2.id}`)).body;
    const row = (id: string) =>
      seen.assessments.find((a: { competency: { id: string } }) => a.competency.id === id);
    expect(row(craft).self).toBeNull();
    expect(row(collab).self.assessmentEvidence).toBe('Mostly solo so far');
    expect(JSON.stringify(seen)).not.toContain('billing rewrite');
    const added = await manager.put(
      `/api/growth/paths/people/${cast.employee2.id}/assessments/${craft}/manager`,
      {
        assessedLevel: 2,
        assessmentEvidence: 'Solid, careful reviews',
        version: null,
      },
    );
    expect(added.status).toBe(200);
    // Self-assessing someone else, or a skip-level writing the manager's view: refused.
    expect(
      (
        await manager.put(`/api/growth/paths/people/${cast.employee2.id}/assessments/${craft}/self`, {
          assessedLevel: 2,
          sharedWithManager: true,
          version: null,
        })
      ).status,
    ).toBe(403);
    const skip = await as(cast.skip);
    expect(
      (
        await skip.put(`/api/growth/paths/people/${cast.employee2.id}/assessments/${collab}/manager`, {
          assessedLevel: 2,
          version: null,
        })
      ).status,
    ).toBe(403);
    // "Shared with my manager" is the direct manager: the skip-level sees the manager's view only.
    const skipView = (await skip.get(`/api/growth/paths/people/${cast.employee2.id}`)).body;
    expect(JSON.stringify(skipView)).not.toContain('Mostly solo so far');
    const skipRow = (id: string) =>
      skipView.assessments.find((a: { competency: { id: string } }) => a.competency.id === id);
    expect(skipRow(collab).self).toBeNull();
    expect(skipRow(craft).manager.assessmentEvidence).toBe('Solid, careful reviews');
    const skipGap = (await skip.get(`/api/growth/paths/people/${cast.employee2.id}/gap`)).body;
    expect(skipGap.rows.every((r: { selfLevel: number | null }) => r.selfLevel === null)).toBe(true);

    // The employee sees the manager's assessment; the gap uses what each caller may see.
    const gap = (await employee.get(`/api/growth/paths/people/${cast.employee2.id}/gap`)).body;
    expect(gap.target.level.name).toBe('Senior Engineer');
    const craftGap = gap.rows.find((r: { competencyId: string }) => r.competencyId === craft);
    expect(craftGap).toMatchObject({ expectedLevel: 3, selfLevel: 2, managerLevel: 2, gap: 1 });
    expect(gap.biggestGaps[0]).toMatchObject({ competencyId: collab, gap: 2 });
    const managerGap = (await manager.get(`/api/growth/paths/people/${cast.employee2.id}/gap`)).body;
    expect(
      managerGap.rows.find((r: { competencyId: string }) => r.competencyId === craft).selfLevel,
    ).toBeNull();

    // HR: position yes, assessments and gap no.
    const hr = await as(cast.hr);
    const hrView = await hr.get(`/api/growth/paths/people/${cast.employee2.id}`);
    expect(hrView.status).toBe(200);
    expect(hrView.body.assessmentsVisible).toBe(false);
    expect(hrView.body.assessments).toEqual([]);
    expect(JSON.stringify(hrView.body)).not.toMatch(/assessmentEvidence|Mostly solo|careful reviews/);
    expect((await hr.get(`/api/growth/paths/people/${cast.employee2.id}/gap`)).status).toBe(404);
    for (const person of [cast.orgAdmin, cast.coach, cast.approver, cast.peer, cast.employee]) {
      expect((await (await as(person)).get(`/api/growth/paths/people/${cast.employee2.id}`)).status).toBe(
        404,
      );
    }

    // Revoking the share hides it again.
    await employee.post(`/api/growth/paths/people/${cast.employee2.id}/assessments/share`, {
      sharedWithManager: false,
    });
    const after = (await manager.get(`/api/growth/paths/people/${cast.employee2.id}`)).body;
    expect(JSON.stringify(after)).not.toContain('Mostly solo so far');

    const viewers = await server.database.db
      .select({ viewer: accessLog.viewerPersonId, resource: accessLog.resource })
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, cast.employee2.id), eq(accessLog.dataClass, 'development')));
    expect(viewers.some((v) => v.viewer === cast.manager.id && v.resource === 'career path')).toBe(true);
    expect(viewers.some((v) => v.viewer === cast.manager.id && v.resource === 'career gap')).toBe(true);
    expect(viewers.some((v) => v.viewer === cast.hr.id)).toBe(true);
    expect(viewers.some((v) => v.viewer === cast.employee2.id)).toBe(false);

    // The audit trail records that assessments changed, never the evidence.
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, cast.org.organizationId));
    expect(events.some((e) => e.action === 'paths.self_assessed')).toBe(true);
    expect(JSON.stringify(events)).not.toContain('billing rewrite');
  });

  it('a level with people on it cannot be removed from its track', async () => {
    const { track } = await buildLibrary();
    const hr = await as(cast.hr);
    await hr.put(`/api/growth/paths/people/${cast.peer.id}/position`, {
      trackId: track.id,
      levelId: track.levels[1].id,
      version: null,
    });
    const dropped = await hr.put(`/api/growth/paths/tracks/${track.id}`, {
      name: track.name,
      description: track.description,
      status: 'active',
      version: track.version,
      levels: [{ id: track.levels[0].id, name: 'Engineer', expectations: [] }],
    });
    expect(dropped.status).toBe(409);
    expect(dropped.body.error.code).toBe('level_in_use');
    const listed = (await hr.get('/api/growth/paths/tracks?pageSize=100')).body.items;
    expect(listed.find((t: { id: string }) => t.id === track.id).levelCount).toBe(2);
  });

  it('derives the position from the directory level when exactly one active track level is tied to it', async () => {
    const own = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await own.org.sessionFor(own.hr.accountId!));
    const employee = new ApiClient(server.baseUrl).withSession(
      await own.org.sessionFor(own.employee.accountId!),
    );
    expect((await employee.get(`/api/growth/paths/people/${own.employee.id}`)).body.position).toBeNull();
    const created = await hr.post('/api/growth/paths/tracks', { name: 'Derived', description: '' });
    await hr.put(`/api/growth/paths/tracks/${created.body.id}`, {
      name: 'Derived',
      status: 'active',
      version: 1,
      levels: [{ name: 'Tied level', orgLevelId: own.org.levelId }, { name: 'Above' }],
    });
    const path = (await employee.get(`/api/growth/paths/people/${own.employee.id}`)).body;
    expect(path.position).toMatchObject({ source: 'derived', version: null, level: { name: 'Tied level' } });
    expect(path.nextLevel.name).toBe('Above');
  });
});
