import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { insertPlan } from '../plans/testing';
import { insertCalibratedRatings } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

let sessionId: string;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  const { organizationId } = cast.org;
  // Eli: 5 of 5 (high), Ema: 3 of 5 (medium) from a locked calibration; Pia's only rating is from
  // a calibration still open, so she has no performance band.
  await insertCalibratedRatings(server.database.db, {
    organizationId,
    ratings: { [cast.employee.id]: 5, [cast.employee2.id]: 3 },
  });
  await insertCalibratedRatings(server.database.db, {
    organizationId,
    ratings: { [cast.peer.id]: 5 },
    state: 'open',
  });
});
afterAll(() => server.close());

const assessment = (version: number) => ({
  version,
  learningAgility: { level: 'high', evidence: 'Learned the billing domain in three weeks' },
  scopeGrowth: { level: 'medium', evidence: 'Took over the on-call rota' },
  leadingOthers: { level: 'high', evidence: 'Mentors two new joiners' },
  retentionRisk: 'medium',
  retentionRiskReason: 'Approached by a competitor',
  lossImpact: 'high',
  promotionReadiness: '1_2_years',
});

describe('talent reviews', () => {
  it('HR creates a review over a department; the population is a snapshot with performance bands from locked calibration', async () => {
    const hr = await as(cast.hr);
    const bad = await hr.post('/api/growth/talent/sessions', {
      name: 'Engineering talent review',
      population: { kind: 'department', refId: cast.employee.id },
      startsOn: '2026-03-01',
      endsOn: '2026-03-20',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldIssues['population.refId'].code).toBe('departmentForeign');
    const created = await hr.post('/api/growth/talent/sessions', {
      name: 'Engineering talent review',
      population: { kind: 'department', refId: cast.org.departmentId },
      participantIds: [cast.approver.id, cast.employee2.id],
      startsOn: '2026-03-01',
      endsOn: '2026-03-20',
    });
    expect(created.status).toBe(201);
    sessionId = created.body.id;
    expect(created.body).toMatchObject({
      state: 'draft',
      population: { kind: 'department', label: 'Engineering' },
    });
    expect(created.body.participants.map((p: { id: string }) => p.id).sort()).toEqual(
      [cast.approver.id, cast.employee2.id].sort(),
    );
    expect(created.body.memberCount).toBe(11);
    // Someone joining later is not in the snapshot.
    await cast.org.addPerson({ managerId: cast.manager.id });
    const board = await hr.get(`/api/growth/talent/sessions/${sessionId}/board`);
    expect(board.body.members).toHaveLength(10); // everyone but HR themselves
    const byId = new Map(board.body.members.map((m: { personId: string }) => [m.personId, m]));
    expect(byId.get(cast.employee.id)).toMatchObject({ performance: 'high', potential: null, box: null });
    expect(byId.get(cast.employee2.id)).toMatchObject({ performance: 'medium' });
    expect(byId.get(cast.peer.id)).toMatchObject({ performance: null });
    expect(board.text).not.toContain('"rating"');
  });

  it('readers: HR and participants, never about themselves; subject, manager, peers and others 404; reads logged in one batch', async () => {
    const approver = await as(cast.approver);
    const ema = await as(cast.employee2);
    expect((await approver.get(`/api/growth/talent/sessions/${sessionId}`)).status).toBe(200);
    const emaBoard = await ema.get(`/api/growth/talent/sessions/${sessionId}/board`);
    expect(emaBoard.status).toBe(200);
    const seen = emaBoard.body.members.map((m: { personId: string }) => m.personId);
    expect(seen).not.toContain(cast.employee2.id);
    expect(seen).toContain(cast.employee.id);
    expect(
      (await ema.get(`/api/growth/talent/sessions/${sessionId}/people/${cast.employee2.id}`)).status,
    ).toBe(404);
    expect((await ema.get(`/api/growth/talent/people/${cast.employee2.id}/history`)).status).toBe(404);
    expect(
      (await ema.get(`/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`)).status,
    ).toBe(200);

    for (const outsider of [cast.employee, cast.manager, cast.skip, cast.peer, cast.orgAdmin, cast.coach]) {
      const client = await as(outsider);
      expect((await client.get(`/api/growth/talent/sessions/${sessionId}`)).status).toBe(404);
      expect((await client.get(`/api/growth/talent/sessions/${sessionId}/board`)).status).toBe(404);
      expect(
        (await client.get(`/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`)).status,
      ).toBe(404);
      expect((await client.get(`/api/growth/talent/people/${cast.employee.id}/history`)).status).toBe(404);
      expect((await client.get('/api/growth/talent/sessions')).body.total).toBe(0);
      expect((await client.get('/api/growth/talent/access')).body).toEqual({
        visible: false,
        canCreate: false,
      });
    }
    expect((await ema.get('/api/growth/talent/access')).body).toEqual({ visible: true, canCreate: false });

    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.viewerPersonId, cast.employee2.id), eq(accessLog.dataClass, 'talent')));
    expect(logged.filter((row) => row.resource === 'talent review 9-box')).toHaveLength(seen.length);
    expect(logged.some((row) => row.subjectPersonId === cast.employee2.id)).toBe(false);
  });

  it('assessment: evidence required per answer, potential derived, version-checked', async () => {
    const approver = await as(cast.approver);
    const path = `/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`;
    const card = await approver.get(path);
    const missing = await approver.put(`${path}/assessment`, {
      ...assessment(card.body.version),
      learningAgility: { level: 'high', evidence: '  ' },
    });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fieldIssues)).toEqual(['learningAgility.evidence']);
    const saved = await approver.put(`${path}/assessment`, assessment(card.body.version));
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      performance: 'high',
      potential: 'high',
      box: 9,
      computedBox: 9,
      retentionRisk: 'medium',
      retentionRiskReason: 'Approached by a competitor',
      promotionReadiness: '1_2_years',
    });
    const stale = await approver.put(`${path}/assessment`, assessment(card.body.version));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: saved.body.version });
  });

  it('moving a person needs the facilitator or HR and a rationale, audited with before and after', async () => {
    const path = `/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`;
    const approver = await as(cast.approver);
    const hr = await as(cast.hr);
    const { version } = (await hr.get(path)).body;
    expect((await approver.post(`${path}/placement`, { version, box: 6, rationale: 'x' })).status).toBe(403);
    const noWhy = await hr.post(`${path}/placement`, { version, box: 6, rationale: '' });
    expect(noWhy.status).toBe(400);
    expect(Object.keys(noWhy.body.error.fieldIssues)).toEqual(['rationale']);
    const moved = await hr.post(`${path}/placement`, { version, box: 6, rationale: 'Scope is still narrow' });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      box: 6,
      computedBox: 9,
      override: { box: 6, rationale: 'Scope is still narrow' },
    });
    const [audit] = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'talent_review.box_overridden'),
          eq(auditEvents.organizationId, cast.org.organizationId),
        ),
      );
    expect(audit!.before).toEqual({ box: 9 });
    expect(audit!.after).toMatchObject({ box: 6, rationale: 'Scope is still narrow' });

    const distribution = await hr.get(`/api/growth/talent/sessions/${sessionId}/distribution`);
    const mia = distribution.body.managers.find(
      (m: { manager: { id: string } | null }) => m.manager?.id === cast.manager.id,
    );
    expect(mia.counts[5]).toBe(1);
    expect(mia.total).toBe(2);
  });

  it('aspirations reach the card only while the owner shares them with talent reviews', async () => {
    const eli = await as(cast.employee);
    const shared = await eli.post('/api/growth/aspirations', {
      kind: 'target_role',
      aspirationText: 'Lead the payments platform',
      sharedWithTalentReview: true,
    });
    const privateOne = await eli.post('/api/growth/aspirations', {
      kind: 'motivator',
      aspirationText: 'Quiet focus time',
    });
    expect(shared.body.sharedWithTalentReview).toBe(true);
    const hr = await as(cast.hr);
    const path = `/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`;
    let card = await hr.get(path);
    expect(card.body.sharedAspirations.map((a: { id: string }) => a.id)).toEqual([shared.body.id]);
    expect(card.text).not.toContain('Quiet focus time');
    await eli.post(`/api/growth/aspirations/${shared.body.id}/sharing`, {
      version: 1,
      sharedWithTalentReview: false,
    });
    card = await hr.get(path);
    expect(card.body.sharedAspirations).toEqual([]);
    await eli.post(`/api/growth/aspirations/${privateOne.body.id}/sharing`, {
      version: 1,
      sharedWithTalentReview: true,
    });
    card = await hr.get(path);
    expect(card.body.sharedAspirations.map((a: { id: string }) => a.id)).toEqual([privateOne.body.id]);
    // Sharing with talent reviews shares nothing with the manager.
    const manager = await as(cast.manager);
    const managerView = await manager.get(`/api/growth/aspirations/people/${cast.employee.id}`);
    expect(managerView.body.items).toEqual([]);
  });

  it('an offer reaches the employee without a label, with it under transparency, and becomes a plan action', async () => {
    const hr = await as(cast.hr);
    const offered = await hr.post(
      `/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}/offers`,
      {
        kind: 'stretch_assignment',
        title: 'Lead the checkout migration',
        offerText: 'Own the migration plan for a quarter with support from the platform lead.',
      },
    );
    expect(offered.status).toBe(201);
    const eli = await as(cast.employee);
    let mine = await eli.get('/api/growth/plans/offers');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      title: 'Lead the checkout migration',
      state: 'open',
      talentLabel: null,
    });
    expect(mine.text).not.toMatch(/box|potential|high/i);
    const [note] = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.recipientId, cast.employee.id),
          eq(notifications.kind, 'development_offer.received'),
        ),
      );
    expect(note!.title).not.toMatch(/box|potential|talent/i);

    const admin = await as(cast.orgAdmin);
    const settings = (await admin.get('/api/admin/settings')).body;
    expect((await admin.put('/api/admin/settings', { ...settings, talentTransparency: true })).status).toBe(
      200,
    );
    mine = await eli.get('/api/growth/plans/offers');
    expect(mine.body.items[0].talentLabel).toEqual({ box: 6, customLabel: null });
    await admin.put('/api/admin/settings', { ...settings, talentTransparency: false });

    const { planId, goalId } = await insertPlan(server.database.db, {
      organizationId: cast.org.organizationId,
      ownerId: cast.employee.id,
    });
    const offer = mine.body.items[0];
    expect(
      (await hr.post(`/api/growth/plans/offers/${offer.id}/accept`, { version: 1, planId, goalId })).status,
    ).toBe(404);
    const accepted = await eli.post(`/api/growth/plans/offers/${offer.id}/accept`, {
      version: 1,
      planId,
      goalId,
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.state).toBe('accepted');
    const plan = await eli.get(`/api/growth/plans/${planId}`);
    expect(JSON.stringify(plan.body)).toContain('Lead the checkout migration');
    const again = await eli.post(`/api/growth/plans/offers/${offer.id}/decline`, { version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('invalid_state');
    const card = await hr.get(`/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`);
    expect(card.body.offers).toMatchObject([{ title: 'Lead the checkout migration', state: 'accepted' }]);
  });

  it('locking makes the review read-only; the history shows the box across reviews', async () => {
    const hr = await as(cast.hr);
    const session = (await hr.get(`/api/growth/talent/sessions/${sessionId}`)).body;
    const skip = await hr.post(`/api/growth/talent/sessions/${sessionId}/state`, {
      version: session.version,
      state: 'locked',
    });
    expect(skip.status).toBe(409);
    expect(skip.body.error.reason.code).toBe('talentStateStep');
    const started = await hr.post(`/api/growth/talent/sessions/${sessionId}/state`, {
      version: session.version,
      state: 'in_review',
    });
    expect(started.status).toBe(200);
    const locked = await hr.post(`/api/growth/talent/sessions/${sessionId}/state`, {
      version: started.body.version,
      state: 'locked',
    });
    expect(locked.body).toMatchObject({
      state: 'locked',
      abilities: { edit: false, assess: false, place: false },
    });
    const path = `/api/growth/talent/sessions/${sessionId}/people/${cast.employee.id}`;
    const card = (await hr.get(path)).body;
    const refused = await hr.put(`${path}/assessment`, assessment(card.version));
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'talentReviewLocked' },
    });

    const history = await hr.get(`/api/growth/talent/people/${cast.employee.id}/history`);
    expect(history.body.items).toMatchObject([{ sessionId, box: 6, overridden: true, state: 'locked' }]);
    // The approver reads it too (a participant); a manager who is not designated does not.
    expect(
      (await (await as(cast.approver)).get(`/api/growth/talent/people/${cast.employee.id}/history`)).status,
    ).toBe(200);
  });
});
