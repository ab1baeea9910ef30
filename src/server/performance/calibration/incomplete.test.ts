import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../org/tables';
import { auditEvents } from '../../platform/audit/tables';
import { renderMessage } from '../../platform/notifications/messages';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { reviewForms, reviews } from '../reviews/tables';
import { addTestReview, createTestCycle } from './testing';

/**
 * Sessions that do not hold their whole population yet (issue 11, item 9): signing off one needs an
 * explicit, audited acknowledgment (or the organisation's setting), and reviews whose manager
 * review arrives late join the open session by themselves.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function clientOf(cast: Cast, person: { accountId: string | null }) {
  return new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
}

/** Two reviews ready, the peer's still with its manager; one session over the whole cycle, one approver. */
async function scenario() {
  const db = server.database.db;
  const cast = await createCast(db);
  const cycleId = await createTestCycle(db, cast.org.organizationId);
  const base = { organizationId: cast.org.organizationId, cycleId, departmentId: cast.org.departmentId };
  for (const [subject, rating] of [
    [cast.employee, 4],
    [cast.employee2, 3],
  ] as const) {
    await addTestReview(db, {
      ...base,
      subjectId: subject.id,
      reviewerId: cast.manager.id,
      proposedRating: rating,
    });
  }
  const peerReview = await addTestReview(db, {
    ...base,
    subjectId: cast.peer.id,
    reviewerId: cast.peerManager.id,
    state: 'manager_review',
    proposedRating: null,
  });
  const hr = await clientOf(cast, cast.hr);
  const approver2 = await cast.org.addPerson({ givenName: 'Ari', familyName: 'Second', roles: ['approver'] });
  const created = await hr.post('/api/calibration/sessions', {
    cycleId,
    name: 'Whole cycle',
    approverIds: [cast.approver.id, approver2.id],
  });
  expect(created.status, created.text).toBe(201);
  return { cast, cycleId, peerReview, hr, approver2, sessionId: created.body.session.id as string };
}

async function signOff(client: ApiClient, sessionId: string, extra: Record<string, unknown> = {}) {
  const { body: session } = await client.get(`/api/calibration/sessions/${sessionId}`);
  return client.post(`/api/calibration/sessions/${sessionId}/sign-off`, {
    version: session.version,
    ...extra,
  });
}

/** The peer manager writes the proposal and submits: the review becomes ready for calibration. */
async function submitPeerManagerReview(s: Awaited<ReturnType<typeof scenario>>) {
  const [form] = await server.database.db
    .select({ id: reviewForms.id })
    .from(reviewForms)
    .where(and(eq(reviewForms.reviewId, s.peerReview), eq(reviewForms.kind, 'manager')));
  const peerManager = await clientOf(s.cast, s.cast.peerManager);
  const saved = await peerManager.put(`/api/review-forms/${form!.id}/answers`, {
    answers: [
      { questionId: 'overall', rating: 2, version: 0 },
      { questionId: 'proposed_rating', rating: 2, version: 0 },
    ],
  });
  expect(saved.status, saved.text).toBe(200);
  const submitted = await peerManager.post(`/api/review-forms/${form!.id}/submit`);
  expect(submitted.status, submitted.text).toBe(200);
}

const reviewRow = async (id: string) =>
  (await server.database.db.select().from(reviews).where(eq(reviews.id, id)))[0]!;

const auditOf = (sessionId: string, action: string) =>
  server.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, sessionId), eq(auditEvents.action, action)));

describe('signing off an incomplete session', () => {
  it('shows how many of the population are in, and refuses a sign-off without the acknowledgment', async () => {
    const s = await scenario();
    const { body: detail } = await s.hr.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(detail).toMatchObject({ reviewCount: 2, populationCount: 3, notReadyCount: 1, readyCount: 0 });
    expect(detail.incompleteSignOffAllowed).toBe(false);

    const approver = await clientOf(s.cast, s.cast.approver);
    for (const extra of [{}, { acknowledgeIncomplete: false }]) {
      const refused = await signOff(approver, s.sessionId, extra);
      expect(refused.status).toBe(409);
      expect(refused.body.error.code).toBe('calibration_incomplete');
    }
    const { body: still } = await approver.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(still).toMatchObject({ state: 'open', signedOffCount: 0, abilities: { signOff: true } });
    expect(await auditOf(s.sessionId, 'calibration.signed_off')).toHaveLength(0);
  });

  it('accepts the acknowledged sign-off and records the counts in the audit trail', async () => {
    const s = await scenario();
    const approver = await clientOf(s.cast, s.cast.approver);
    const signed = await signOff(approver, s.sessionId, {
      acknowledgeIncomplete: true,
      comment: 'Go ahead.',
    });
    expect(signed.status, signed.text).toBe(200);
    const [event] = await auditOf(s.sessionId, 'calibration.signed_off');
    expect(event).toMatchObject({
      actorAccountId: s.cast.approver.accountId,
      after: {
        comment: 'Go ahead.',
        incomplete: {
          inSession: 2,
          population: 3,
          stillBeingWritten: 1,
          readyNotAdmitted: 0,
          acknowledged: true,
          allowedBySetting: false,
        },
      },
    });
  });

  it('needs no acknowledgment when the organisation allows incomplete sign-offs (still audited)', async () => {
    const s = await scenario();
    const orgAdmin = await clientOf(s.cast, s.cast.orgAdmin);
    const { body: settings } = await orgAdmin.get('/api/admin/settings');
    expect(settings.allowIncompleteCalibrationSignOff).toBe(false);
    const changed = await orgAdmin.put('/api/admin/settings', {
      ...settings,
      allowIncompleteCalibrationSignOff: true,
    });
    expect(changed.status, changed.text).toBe(200);
    const [org] = await server.database.db
      .select({ settings: organizations.settings })
      .from(organizations)
      .where(eq(organizations.id, s.cast.org.organizationId));
    expect(org!.settings.allowIncompleteCalibrationSignOff).toBe(true);

    const approver = await clientOf(s.cast, s.cast.approver);
    const { body: detail } = await approver.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(detail.incompleteSignOffAllowed).toBe(true);
    expect((await signOff(approver, s.sessionId)).status).toBe(200);
    const [event] = await auditOf(s.sessionId, 'calibration.signed_off');
    expect(event!.after).toMatchObject({ incomplete: { acknowledged: false, allowedBySetting: true } });
  });
});

describe('late reviews', () => {
  it('join the open session when their manager review is submitted; earlier signatures are withdrawn', async () => {
    const s = await scenario();
    const approver = await clientOf(s.cast, s.cast.approver);
    expect((await signOff(approver, s.sessionId, { acknowledgeIncomplete: true })).status).toBe(200);
    const { body: before } = await s.hr.get(`/api/calibration/sessions/${s.sessionId}`);

    await submitPeerManagerReview(s);

    expect(await reviewRow(s.peerReview)).toMatchObject({
      state: 'in_calibration',
      calibrationSessionId: s.sessionId,
      proposedRating: 2,
    });
    const { body: after } = await s.hr.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(after).toMatchObject({ reviewCount: 3, populationCount: 3, notReadyCount: 0, signedOffCount: 0 });
    expect(after.version).toBeGreaterThan(before.version);
    const [event] = await auditOf(s.sessionId, 'calibration.reviews_admitted');
    expect(event!.after).toMatchObject({
      admitted: 1,
      reviewIds: [s.peerReview],
      automatic: true,
      withdrawnSignOffs: [s.cast.approver.id],
    });
    const grid = await s.hr.get(`/api/calibration/sessions/${s.sessionId}/grid`);
    expect(grid.body.cards.map((card: { reviewId: string }) => card.reviewId)).toContain(s.peerReview);

    // Complete now: both approvers sign without acknowledging anything, and the session locks.
    expect((await signOff(approver, s.sessionId)).status).toBe(200);
    const locked = await signOff(await clientOf(s.cast, s.approver2), s.sessionId);
    expect(locked.body).toMatchObject({ state: 'locked', reviewCount: 3 });
    const last = (await auditOf(s.sessionId, 'calibration.signed_off')).find(
      (event) => event.actorAccountId === s.approver2.accountId,
    );
    expect(last!.after).toMatchObject({ incomplete: null });
  });

  it('tell each approver whose sign-off they withdrew, in the reader’s language, and nobody else', async () => {
    const s = await scenario();
    const approver = await clientOf(s.cast, s.cast.approver);
    // This approver reads Trellis in German; the second approver has not signed yet.
    expect((await approver.patch('/api/auth/me/preferences', { locale: 'de' })).status).toBe(200);
    expect((await signOff(approver, s.sessionId, { acknowledgeIncomplete: true })).status).toBe(200);

    await submitPeerManagerReview(s);

    const { body: session } = await s.hr.get(`/api/calibration/sessions/${s.sessionId}`);
    expect(session.signedOffCount).toBe(0);
    const withdrawn = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(
          eq(notifications.organizationId, s.cast.org.organizationId),
          eq(notifications.kind, 'calibration.sign_off_withdrawn'),
        ),
      );
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toMatchObject({
      recipientId: s.cast.approver.id,
      params: { session: 'Whole cycle', count: 1 },
      title: 'Whole cycle: a late review joined, please sign again',
      link: `/performance/calibration/${s.sessionId}`,
    });
    const inbox = (await approver.get('/api/notifications')).body.items;
    expect(inbox[0]).toMatchObject({
      kind: 'calibration.sign_off_withdrawn',
      title: 'Whole cycle: Eine verspätete Beurteilung ist hinzugekommen, bitte geben Sie erneut frei',
    });
    // The approver who had not signed keeps only the note that they were assigned.
    const second = (await (await clientOf(s.cast, s.approver2)).get('/api/notifications')).body.items;
    expect(second.map((item: { kind: string }) => item.kind)).toEqual(['calibration.assigned']);
  });

  it('name how many late reviews joined when HR brought in several at once', () => {
    const message = { kind: 'calibration.sign_off_withdrawn' as const, params: { session: 'Q3', count: 2 } };
    expect(renderMessage(message, { locale: 'en', timeZone: 'UTC' }).title).toBe(
      'Q3: 2 late reviews joined, please sign again',
    );
    expect(renderMessage(message, { locale: 'de', timeZone: 'UTC' }).title).toBe(
      'Q3: 2 verspätete Beurteilungen sind hinzugekommen, bitte geben Sie erneut frei',
    );
  });

  it('do not join a locked session: they wait, ready, for a new one', async () => {
    const s = await scenario();
    for (const person of [s.cast.approver, s.approver2]) {
      const signed = await signOff(await clientOf(s.cast, person), s.sessionId, {
        acknowledgeIncomplete: true,
      });
      expect(signed.status, signed.text).toBe(200);
    }
    await submitPeerManagerReview(s);
    expect(await reviewRow(s.peerReview)).toMatchObject({ state: 'submitted', calibrationSessionId: null });
    const cycles = await s.hr.get('/api/calibration/cycles');
    const cycle = cycles.body.items.find((item: { id: string }) => item.id === s.cycleId);
    expect(cycle).toMatchObject({ readyCount: 1, inSessionCount: 2 });
  });
});
