import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { scanForDataClass } from '../../platform/dataClasses/scanner';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id).sort();

describe('aspirations', () => {
  it('the owner sees every item, the direct manager only shared ones, everyone else nothing; reads are logged', async () => {
    const employee = await as(cast.employee);
    const secret = 'Lead the payments platform one day';
    const shared = await employee.post('/api/growth/aspirations', {
      kind: 'target_role',
      horizon: 'two_three_years',
      aspirationText: 'Become a staff engineer',
      sharedWithManager: true,
    });
    expect(shared.status).toBe(201);
    expect(shared.body).toMatchObject({
      kind: 'target_role',
      horizon: 'two_three_years',
      sharedWithManager: true,
      abilities: { edit: true, share: true, remove: true },
    });
    const hidden = await employee.post('/api/growth/aspirations', {
      kind: 'target_role',
      horizon: 'long_term',
      aspirationText: secret,
    });
    expect(hidden.body.sharedWithManager).toBe(false);

    const own = await employee.get('/api/growth/aspirations');
    expect(ids(own.body)).toEqual([shared.body.id, hidden.body.id].sort());

    const manager = await as(cast.manager);
    const managerView = await manager.get(`/api/growth/aspirations/people/${cast.employee.id}`);
    expect(managerView.status).toBe(200);
    expect(managerView.body.sharedOnly).toBe(true);
    expect(ids(managerView.body)).toEqual([shared.body.id]);
    expect(managerView.body.items[0].abilities).toEqual({ edit: false, share: false, remove: false });
    expect(managerView.text).not.toContain(secret);
    expect((await manager.get(`/api/growth/aspirations/${hidden.body.id}`)).status).toBe(404);
    expect((await manager.get(`/api/growth/aspirations/${shared.body.id}`)).status).toBe(200);

    for (const outsider of [cast.skip, cast.hr, cast.orgAdmin, cast.approver, cast.coach, cast.employee2]) {
      const client = await as(outsider);
      expect((await client.get(`/api/growth/aspirations/people/${cast.employee.id}`)).status).toBe(404);
      expect((await client.get(`/api/growth/aspirations/${shared.body.id}`)).status).toBe(404);
    }

    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerPersonId, cast.manager.id)),
      );
    expect(
      logged.filter((row) => row.dataClass === 'development' && row.resource === 'aspirations').length,
    ).toBe(2);

    // Nothing from reviews travels with aspirations.
    for (const body of [own.body, managerView.body, shared.body])
      expect(scanForDataClass(body, 'performance')).toEqual([]);
  });

  it('sharing is revocable and tells the manager only that something was shared', async () => {
    const owner = await as(cast.employee2);
    const created = await owner.post('/api/growth/aspirations', {
      kind: 'skill',
      horizon: 'one_year',
      aspirationText: 'Get fluent in incident command',
    });
    const share = await owner.post(`/api/growth/aspirations/${created.body.id}/sharing`, {
      version: 1,
      sharedWithManager: true,
    });
    expect(share.body).toMatchObject({ sharedWithManager: true, version: 2 });
    expect(share.body.sharedAt).not.toBeNull();
    const manager = await as(cast.manager);
    expect((await manager.get(`/api/growth/aspirations/${created.body.id}`)).status).toBe(200);
    const inbox = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.recipientId, cast.manager.id), eq(notifications.kind, 'aspiration.shared')),
      );
    expect(inbox.map((n) => n.title)).toContain('Ema Employee shared a career aspiration with you');
    expect(JSON.stringify(inbox)).not.toContain('incident command');

    // The manager can read it but not change or revoke it.
    expect(
      (await manager.patch(`/api/growth/aspirations/${created.body.id}`, { version: 2, aspirationText: 'x' }))
        .status,
    ).toBe(403);
    expect(
      (
        await manager.post(`/api/growth/aspirations/${created.body.id}/sharing`, {
          version: 2,
          sharedWithManager: false,
        })
      ).status,
    ).toBe(403);

    const revoke = await owner.post(`/api/growth/aspirations/${created.body.id}/sharing`, {
      version: 2,
      sharedWithManager: false,
    });
    expect(revoke.body).toMatchObject({ sharedWithManager: false, sharedAt: null, version: 3 });
    expect((await manager.get(`/api/growth/aspirations/${created.body.id}`)).status).toBe(404);
    expect(
      ids((await manager.get(`/api/growth/aspirations/people/${cast.employee2.id}`)).body),
    ).not.toContain(created.body.id);
  });

  it('edits are version-checked, validation names the field, horizons apply only where they mean something', async () => {
    const owner = await as(cast.peer);
    const created = await owner.post('/api/growth/aspirations', {
      kind: 'value',
      horizon: 'one_year',
      aspirationText: 'Honest, direct feedback',
    });
    expect(created.body.horizon).toBeNull();
    const edited = await owner.patch(`/api/growth/aspirations/${created.body.id}`, {
      version: 1,
      kind: 'mobility',
      horizon: 'long_term',
      aspirationText: 'Open to moving to Lisbon',
    });
    expect(edited.body).toMatchObject({ kind: 'mobility', horizon: 'long_term', version: 2 });
    const stale = await owner.patch(`/api/growth/aspirations/${created.body.id}`, {
      version: 1,
      aspirationText: 'y',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const empty = await owner.post('/api/growth/aspirations', { kind: 'skill', aspirationText: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toHaveProperty('aspirationText');
    const badKind = await owner.post('/api/growth/aspirations', { kind: 'salary', aspirationText: 'More' });
    expect(badKind.body.error.fields).toHaveProperty('kind');

    expect((await owner.request('DELETE', `/api/growth/aspirations/${created.body.id}`)).status).toBe(204);
    expect((await owner.get(`/api/growth/aspirations/${created.body.id}`)).status).toBe(404);
  });
});
