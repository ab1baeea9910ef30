import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { reviewCycles, reviews } from '../reviews/tables';
import { addTestReview, createTestCycle } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function clientOf(cast: Cast, person: { accountId: string | null }) {
  return new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
}

/**
 * A cast with a second approver, a cycle, and reviews of the manager's two reports (submitted,
 * ready for calibration) plus one still being written by the peer manager.
 */
async function scenario() {
  const db = server.database.db;
  const cast = await createCast(db);
  const approver2 = await cast.org.addPerson({ givenName: 'Ari', familyName: 'Second', roles: ['approver'] });
  const cycleId = await createTestCycle(db, cast.org.organizationId);
  const base = { organizationId: cast.org.organizationId, cycleId, departmentId: cast.org.departmentId };
  const employeeReview = await addTestReview(db, {
    ...base,
    subjectId: cast.employee.id,
    reviewerId: cast.manager.id,
    proposedRating: 4,
  });
  const employee2Review = await addTestReview(db, {
    ...base,
    subjectId: cast.employee2.id,
    reviewerId: cast.manager.id,
    proposedRating: 3,
  });
  const peerReview = await addTestReview(db, {
    ...base,
    subjectId: cast.peer.id,
    reviewerId: cast.peerManager.id,
    state: 'manager_review',
    proposedRating: null,
  });
  const hr = await clientOf(cast, cast.hr);
  const created = await hr.post('/api/calibration/sessions', {
    cycleId,
    name: 'Engineering H1',
    approverIds: [cast.approver.id, approver2.id],
  });
  expect(created.status, created.text).toBe(201);
  return {
    cast,
    approver2,
    cycleId,
    employeeReview,
    employee2Review,
    peerReview,
    hr,
    sessionId: created.body.session.id as string,
    created: created.body,
  };
}

async function gridOf(client: ApiClient, sessionId: string) {
  const response = await client.get(`/api/calibration/sessions/${sessionId}/grid`);
  expect(response.status, response.text).toBe(200);
  return response.body;
}

async function signOffAll(s: Awaited<ReturnType<typeof scenario>>) {
  for (const person of [s.cast.approver, s.approver2]) {
    const client = await clientOf(s.cast, person);
    const { body: session } = await client.get(`/api/calibration/sessions/${s.sessionId}`);
    // The peer's review is still being written: signing off without it is acknowledged.
    const signed = await client.post(`/api/calibration/sessions/${s.sessionId}/sign-off`, {
      version: session.version,
      acknowledgeIncomplete: true,
    });
    expect(signed.status, signed.text).toBe(200);
  }
}

describe('calibration sessions', () => {
  it('admits only reviews whose manager review is submitted, and reports the others as not ready', async () => {
    const s = await scenario();
    expect(s.created.admitted).toBe(2);
    expect(s.created.session.notReadyCount).toBe(1);
    expect(s.created.session.reviewCount).toBe(2);
    const [peer] = await server.database.db.select().from(reviews).where(eq(reviews.id, s.peerReview));
    expect(peer).toMatchObject({ state: 'manager_review', calibrationSessionId: null });
    const [employee] = await server.database.db
      .select()
      .from(reviews)
      .where(eq(reviews.id, s.employeeReview));
    expect(employee).toMatchObject({ state: 'in_calibration', calibrationSessionId: s.sessionId });
  });

  it('refuses approvers without the approver role', async () => {
    const s = await scenario();
    const response = await s.hr.post('/api/calibration/sessions', {
      cycleId: s.cycleId,
      name: 'Wrong approver',
      approverIds: [s.cast.manager.id],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('approverIds');
  });

  it('refuses a closed cycle, naming the field', async () => {
    const s = await scenario();
    await server.database.db
      .update(reviewCycles)
      .set({ status: 'closed' })
      .where(eq(reviewCycles.id, s.cycleId));
    const response = await s.hr.post('/api/calibration/sessions', {
      cycleId: s.cycleId,
      name: 'Too late',
      approverIds: [s.cast.approver.id],
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields).toHaveProperty('cycleId');
  });

  it('shows the grid to HR and assigned approvers only; managers, employees and others get 404', async () => {
    const s = await scenario();
    const grid = await gridOf(s.hr, s.sessionId);
    expect(grid.cards.map((c: { person: { id: string } }) => c.person.id).sort()).toEqual(
      [s.cast.employee.id, s.cast.employee2.id].sort(),
    );
    expect(grid.distribution.map((bar: { count: number }) => bar.count)).toEqual([0, 0, 1, 1, 0]);
    // Reading the grid reads each person's performance record: it is in their access log (S1.5).
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, s.cast.employee.id), eq(accessLog.resource, 'calibration grid')),
      );
    expect(logged.map((row) => row.viewerPersonId)).toEqual([s.cast.hr.id]);
    await gridOf(await clientOf(s.cast, s.cast.approver), s.sessionId);
    for (const person of [s.cast.manager, s.cast.employee, s.cast.skip, s.cast.coach, s.cast.orgAdmin]) {
      const response = await (await clientOf(s.cast, person)).get(
        `/api/calibration/sessions/${s.sessionId}/grid`,
      );
      expect(response.status).toBe(404);
    }
  });
});

describe('moving a rating', () => {
  it('is refused without a rationale, naming the field (missing or blank)', async () => {
    const s = await scenario();
    const path = `/api/calibration/sessions/${s.sessionId}/moves`;
    for (const rationale of [undefined, '', '   ']) {
      const response = await s.hr.post(path, {
        reviewId: s.employeeReview,
        toRating: 3,
        rationale,
        version: 2,
      });
      expect(response.status).toBe(422);
      expect(response.body.error.code).toBe('rationale_required');
      expect(response.body.error.fields).toHaveProperty('rationale');
    }
    const moves = await s.hr.get(path);
    expect(moves.body.total).toBe(0);
  });

  it('is refused once HR has closed the cycle, and nothing is recorded', async () => {
    const s = await scenario();
    await server.database.db
      .update(reviewCycles)
      .set({ status: 'closed' })
      .where(eq(reviewCycles.id, s.cycleId));
    const path = `/api/calibration/sessions/${s.sessionId}/moves`;
    const response = await s.hr.post(path, {
      reviewId: s.employeeReview,
      toRating: 3,
      rationale: 'Late evidence from the customer team.',
      version: 2,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('cycle_closed');
    expect((await s.hr.get(path)).body.total).toBe(0);
  });

  it('records who, when, from, to and why, in the moves and the audit trail; stale versions get 409', async () => {
    const s = await scenario();
    const path = `/api/calibration/sessions/${s.sessionId}/moves`;
    const before = (await gridOf(s.hr, s.sessionId)).cards.find(
      (c: { reviewId: string }) => c.reviewId === s.employeeReview,
    );
    const moved = await s.hr.post(path, {
      reviewId: s.employeeReview,
      toRating: 3,
      rationale: 'Results matched the level, not above it.',
      version: before.version,
    });
    expect(moved.status, moved.text).toBe(201);
    expect(moved.body.card).toMatchObject({ proposedRating: 4, calibratedRating: 3, moved: true });
    expect(moved.body.move).toMatchObject({ fromRating: 4, toRating: 3, movedBy: { id: s.cast.hr.id } });

    const stale = await s.hr.post(path, {
      reviewId: s.employeeReview,
      toRating: 2,
      rationale: 'Second thoughts',
      version: before.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: before.version + 1 });

    const history = await s.hr.get(path);
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0].rationale).toBe('Results matched the level, not above it.');
    const [event] = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.targetId, s.employeeReview), eq(auditEvents.action, 'calibration.rating_moved')),
      );
    expect(event).toMatchObject({
      actorAccountId: s.cast.hr.accountId,
      before: { rating: 4 },
      after: { rating: 3, rationale: 'Results matched the level, not above it.' },
    });
  });

  it('shows HR the move’s from, to and rationale in the audit view; the org admin sees only that it happened', async () => {
    const s = await scenario();
    const card = (await gridOf(s.hr, s.sessionId)).cards.find(
      (c: { reviewId: string }) => c.reviewId === s.employee2Review,
    );
    const rationale = 'Carried the migration alone for a quarter.';
    const moved = await s.hr.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: s.employee2Review,
      toRating: 4,
      rationale,
      version: card.version,
    });
    expect(moved.status, moved.text).toBe(201);
    const moveIn = (trail: { items: { action: string; targetId: string }[] }) =>
      trail.items.find((e) => e.action === 'calibration.rating_moved' && e.targetId === s.employee2Review);

    const hrTrail = await s.hr.get('/api/admin/audit?pageSize=100');
    expect(hrTrail.status).toBe(200);
    expect(moveIn(hrTrail.body)).toMatchObject({
      actorAccountId: s.cast.hr.accountId,
      targetType: 'review',
      before: { rating: 3 },
      after: { rating: 4, rationale },
    });

    const admin = await clientOf(s.cast, s.cast.orgAdmin);
    const adminTrail = await admin.get('/api/admin/audit?pageSize=100');
    expect(adminTrail.status).toBe(200);
    expect(moveIn(adminTrail.body)).toMatchObject({
      actorAccountId: s.cast.hr.accountId,
      before: null,
      after: null,
    });
    expect(adminTrail.text).not.toContain(rationale);
    // Approvers, managers and employees do not read the trail at all.
    for (const person of [s.cast.approver, s.cast.manager, s.cast.employee2]) {
      expect((await (await clientOf(s.cast, person)).get('/api/admin/audit')).status).toBe(403);
    }
    expect((await admin.get('/api/admin/audit/verify')).body).toMatchObject({ ok: true, brokenAt: null });
  });

  it('never lets the facilitator move their own rating', async () => {
    const s = await scenario();
    const own = await addTestReview(server.database.db, {
      organizationId: s.cast.org.organizationId,
      cycleId: s.cycleId,
      subjectId: s.cast.hr.id,
      reviewerId: s.cast.ceo.id,
      proposedRating: 3,
    });
    expect((await s.hr.post(`/api/calibration/sessions/${s.sessionId}/admit`)).body.admitted).toBe(1);
    const response = await s.hr.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: own,
      toRating: 5,
      rationale: 'I deserve it',
      version: 2,
    });
    expect(response.status).toBe(403);
  });

  it('is HR’s: an assigned approver may look and sign off but not move', async () => {
    const s = await scenario();
    const approver = await clientOf(s.cast, s.cast.approver);
    const response = await approver.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: s.employeeReview,
      toRating: 3,
      rationale: 'I would rather',
      version: 2,
    });
    expect(response.status).toBe(403);
  });
});

describe('sign-off and lock', () => {
  it('locks only when every approver has signed; then reviews are calibrated and moves are refused', async () => {
    const s = await scenario();
    const grid = await gridOf(s.hr, s.sessionId);
    const card = grid.cards.find((c: { reviewId: string }) => c.reviewId === s.employeeReview);
    await s.hr.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: s.employeeReview,
      toRating: 5,
      rationale: 'Led the migration that the whole org depended on.',
      version: card.version,
    });
    const first = await clientOf(s.cast, s.cast.approver);
    const { body: session } = await first.get(`/api/calibration/sessions/${s.sessionId}`);
    const signed = await first.post(`/api/calibration/sessions/${s.sessionId}/sign-off`, {
      version: session.version,
      comment: 'Fair outcome.',
      acknowledgeIncomplete: true,
    });
    expect(signed.body).toMatchObject({ state: 'open', signedOffCount: 1, abilities: { signOff: false } });
    const twice = await first.post(`/api/calibration/sessions/${s.sessionId}/sign-off`, {
      version: session.version,
    });
    expect(twice.status).toBe(403);

    const second = await clientOf(s.cast, s.approver2);
    const locked = await second.post(`/api/calibration/sessions/${s.sessionId}/sign-off`, {
      version: session.version,
      acknowledgeIncomplete: true,
    });
    expect(locked.status, locked.text).toBe(200);
    expect(locked.body).toMatchObject({ state: 'locked', signedOffCount: 2 });

    const rows = await server.database.db
      .select()
      .from(reviews)
      .where(eq(reviews.calibrationSessionId, s.sessionId));
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(s.employeeReview)).toMatchObject({ state: 'calibrated', finalRating: 5 });
    expect(byId.get(s.employee2Review)).toMatchObject({ state: 'calibrated', finalRating: 3 });

    const after = await s.hr.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: s.employee2Review,
      toRating: 4,
      rationale: 'Too late',
      version: byId.get(s.employee2Review)!.version,
    });
    expect(after.status).toBe(409);
    expect(after.body.error.code).toBe('calibration_locked');
    const { body: detail } = await s.hr.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(detail.abilities).toEqual({ move: false, admit: false, signOff: false });
  });

  it('refuses a sign-off on a stale session version', async () => {
    const s = await scenario();
    const approver = await clientOf(s.cast, s.cast.approver);
    const { body: session } = await approver.get(`/api/calibration/sessions/${s.sessionId}`);
    const card = (await gridOf(s.hr, s.sessionId)).cards[0];
    await s.hr.post(`/api/calibration/sessions/${s.sessionId}/moves`, {
      reviewId: card.reviewId,
      toRating: card.calibratedRating === 1 ? 2 : 1,
      rationale: 'Moved while the approver looked away',
      version: card.version,
    });
    const response = await approver.post(`/api/calibration/sessions/${s.sessionId}/sign-off`, {
      version: session.version,
    });
    expect(response.status).toBe(409);
    expect(response.body.error.code).toBe('version_conflict');
  });

  it('refuses sign-off while a required guideline curve is not met', async () => {
    const s = await scenario();
    const created = await s.hr.post('/api/calibration/sessions', {
      cycleId: s.cycleId,
      name: 'Curve required',
      approverIds: [s.cast.approver.id],
      guideline: [10, 20, 40, 20, 10],
      guidelineRequired: true,
    });
    expect(created.status, created.text).toBe(201);
    // Every ready review is already in the first session: this one is empty, so add one by hand.
    const review = await addTestReview(server.database.db, {
      organizationId: s.cast.org.organizationId,
      cycleId: s.cycleId,
      subjectId: s.cast.ceo.id,
      reviewerId: null,
      proposedRating: 5,
    });
    const sessionId = created.body.session.id;
    const admitted = await s.hr.post(`/api/calibration/sessions/${sessionId}/admit`);
    expect(admitted.body.admitted).toBe(1);
    expect((await gridOf(s.hr, sessionId)).withinGuideline).toBe(false);
    const approver = await clientOf(s.cast, s.cast.approver);
    const refused = await approver.post(`/api/calibration/sessions/${sessionId}/sign-off`, {
      version: admitted.body.session.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('guideline_not_met');
    expect(review).toBeTruthy();
  });
});

describe('release, addendum and acknowledgment', () => {
  it('refuses release before the session locks with calibration_not_locked', async () => {
    const s = await scenario();
    const manager = await clientOf(s.cast, s.cast.manager);
    for (const client of [manager, s.hr]) {
      const response = await client.post(`/api/reviews/${s.employeeReview}/release`);
      expect(response.status).toBe(409);
      expect(response.body.error.code).toBe('calibration_not_locked');
    }
    // A review that never reached calibration cannot be released either.
    const notReady = await (await clientOf(s.cast, s.cast.peerManager)).post(
      `/api/reviews/${s.peerReview}/release`,
    );
    expect(notReady.body.error.code).toBe('calibration_not_locked');
  });

  it('lets the manager add an addendum after calibration, release, and never rewrite after release', async () => {
    const s = await scenario();
    await signOffAll(s);
    const manager = await clientOf(s.cast, s.cast.manager);
    const employee = await clientOf(s.cast, s.cast.employee);

    const hidden = await employee.get(`/api/reviews/${s.employeeReview}/release`);
    expect(hidden.body).toMatchObject({ state: 'calibrated', finalRating: null, addendum: null });

    const view = await manager.get(`/api/reviews/${s.employeeReview}/release`);
    expect(view.body).toMatchObject({ finalRating: 4, abilities: { release: true, writeAddendum: true } });
    const addendum = await manager.put(`/api/reviews/${s.employeeReview}/addendum`, {
      addendum: 'Calibration kept the rating; the platform work stands out.',
      version: view.body.version,
    });
    expect(addendum.status, addendum.text).toBe(200);
    const foreign = await (await clientOf(s.cast, s.cast.peerManager)).put(
      `/api/reviews/${s.employeeReview}/addendum`,
      { addendum: 'Not mine to write', version: addendum.body.version },
    );
    expect(foreign.status).toBe(404);

    const released = await manager.post(`/api/reviews/${s.employeeReview}/release`);
    expect(released.status, released.text).toBe(200);
    expect(released.body.state).toBe('released');
    const rewrite = await manager.put(`/api/reviews/${s.employeeReview}/addendum`, {
      addendum: 'Changed my mind',
      version: released.body.version,
    });
    expect(rewrite.status).toBe(409);
    expect(rewrite.body.error.code).toBe('addendum_locked');
    const again = await manager.post(`/api/reviews/${s.employeeReview}/release`);
    expect(again.body.error.code).toBe('invalid_state');

    const seen = await employee.get(`/api/reviews/${s.employeeReview}/release`);
    expect(seen.body).toMatchObject({
      state: 'released',
      finalRating: 4,
      finalRatingLabel: 'Above',
      addendum: 'Calibration kept the rating; the platform work stands out.',
      abilities: { acknowledge: true, release: false },
    });
    const [note] = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.recipientId, s.cast.employee.id), eq(notifications.kind, 'review.released')),
      );
    expect(note?.emailState).not.toBe('none');
  });

  it('accepts one acknowledgment from the subject only, and shows HR the status', async () => {
    const s = await scenario();
    await signOffAll(s);
    const manager = await clientOf(s.cast, s.cast.manager);
    await manager.post(`/api/reviews/${s.employeeReview}/release`);
    const byManager = await manager.post(`/api/reviews/${s.employeeReview}/acknowledge`, {});
    expect(byManager.status).toBe(403);
    const employee = await clientOf(s.cast, s.cast.employee);
    const acknowledged = await employee.post(`/api/reviews/${s.employeeReview}/acknowledge`, {
      comment: 'Thanks — agreed on the growth areas.',
    });
    expect(acknowledged.status, acknowledged.text).toBe(200);
    expect(acknowledged.body).toMatchObject({
      state: 'acknowledged',
      acknowledgmentComment: 'Thanks — agreed on the growth areas.',
    });
    const twice = await employee.post(`/api/reviews/${s.employeeReview}/acknowledge`, {});
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('invalid_state');

    const status = await s.hr.get(
      `/api/calibration/cycles/${s.cycleId}/acknowledgments?sessionId=${s.sessionId}`,
    );
    expect(status.status, status.text).toBe(200);
    expect(status.body.summary).toEqual({ calibrated: 1, released: 0, acknowledged: 1, other: 0 });
    const row = status.body.items.find((item: { reviewId: string }) => item.reviewId === s.employeeReview);
    expect(row).toMatchObject({ state: 'acknowledged', commented: true });
    expect(JSON.stringify(status.body)).not.toContain('growth areas');
    const notHr = await manager.get(`/api/calibration/cycles/${s.cycleId}/acknowledgments`);
    expect(notHr.status).toBe(403);
  });
});
