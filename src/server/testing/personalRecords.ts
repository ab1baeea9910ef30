import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import {
  feedback360Comments,
  feedback360Nominations,
  feedback360Questions,
  feedback360Requests,
  feedback360Responses,
} from '../growth/feedback360/tables';
import { insertPlan } from '../growth/plans/testing';
import { calibrationMoves } from '../performance/calibration/tables';
import { addTestReview, addTestSession, createTestCycle } from '../performance/calibration/testing';
import { reviewAnswers, reviewForms } from '../performance/reviews/tables';
import type { Cast } from './factories';
import { ApiClient, type TestServer } from './http';

/** Makes a canary for a record kind and remembers it (see `plantPersonalRecords`). */
export interface Canaries {
  own: (kind: string) => string;
  foreign: (kind: string) => string;
}

const today = new Date().toISOString().slice(0, 10);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/**
 * Plants a record of every kind a person's data covers, through the API and the domains' test
 * helpers: `own` values in the records of `cast.employee` (what they see about themselves) and
 * `foreign` values in records about them or next to theirs that they must never see. Shared by the
 * export's and the erasure's canary tests.
 */
export async function plantPersonalRecords(server: TestServer, cast: Cast, canaries: Canaries) {
  const ownCanary = canaries.own;
  const foreignCanary = canaries.foreign;
  const as = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
  const { db } = server.database;
  const organizationId = cast.org.organizationId;
  const employee = await as(cast.employee);
  const manager = await as(cast.manager);
  const peer = await as(cast.peer);
  const hr = await as(cast.hr);

  // Goals and check-ins: the employee's own; the peer's private goal is not theirs to see.
  const goal = await employee.post('/api/goals', {
    level: 'personal',
    ownerPersonId: cast.employee.id,
    title: ownCanary('goal'),
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    visibility: 'private',
    keyResults: [{ title: 'Done', kind: 'milestone', startValue: 0, targetValue: 1 }],
  });
  expect(goal.status).toBe(201);
  const checkIn = await employee.post(`/api/goals/${goal.body.id}/check-ins`, {
    status: 'on_track',
    comment: ownCanary('checkIn'),
    values: [{ keyResultId: goal.body.keyResults[0].id, value: 1 }],
    version: 1,
  });
  expect(checkIn.status).toBe(201);
  const peerGoal = await peer.post('/api/goals', {
    level: 'personal',
    ownerPersonId: cast.peer.id,
    title: foreignCanary('peerPrivateGoal'),
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    visibility: 'private',
    keyResults: [],
  });
  expect(peerGoal.status).toBe(201);

  // A 1:1: the shared agenda and the employee's private note are theirs; the manager's is not.
  const series = await manager.post('/api/one-on-ones', {
    withPersonId: cast.employee.id,
    cadence: 'weekly',
    firstMeetingOn: today,
  });
  expect(series.status).toBe(201);
  const meeting = `/api/one-on-ones/meetings/${series.body.currentMeeting.id}`;
  expect(
    (await employee.post(`${meeting}/agenda-items`, { section: 'now', text: ownCanary('agenda') })).status,
  ).toBe(201);
  const note = (client: ApiClient, body: string) =>
    client.put(`${meeting}/private-note`, { version: 0, body });
  expect((await note(employee, ownCanary('privateNote'))).status).toBe(200);
  expect((await note(manager, foreignCanary('managerPrivateNote'))).status).toBe(200);

  // Feedback both ways; feedback between two others is not theirs.
  const give = (client: ApiClient, recipientId: string, body: string) =>
    client.post('/api/feedback', { recipientId, kind: 'feedback', body, visibility: 'recipient_only' });
  expect((await give(manager, cast.employee.id, ownCanary('feedbackReceived'))).status).toBe(201);
  expect((await give(employee, cast.peer.id, ownCanary('feedbackGiven'))).status).toBe(201);
  expect((await give(manager, cast.employee2.id, foreignCanary('othersFeedback'))).status).toBe(201);

  // Reviews: a released one (the manager's written review reaches the subject), an unreleased one
  // (HR reads it, the subject does not yet), and a calibration rationale (HR's, never the subject's).
  const releasedCycle = await createTestCycle(db, organizationId, 'Released cycle');
  const released = await addTestReview(db, {
    organizationId,
    cycleId: releasedCycle,
    subjectId: cast.employee.id,
    reviewerId: cast.manager.id,
    state: 'released',
    finalRating: 4,
  });
  const openCycle = await createTestCycle(db, organizationId, 'Open cycle');
  const unreleased = await addTestReview(db, {
    organizationId,
    cycleId: openCycle,
    subjectId: cast.employee.id,
    reviewerId: cast.manager.id,
    state: 'submitted',
  });
  for (const [reviewId, text] of [
    [released, ownCanary('releasedReview')],
    [unreleased, foreignCanary('unreleasedReview')],
  ] as const) {
    const [form] = await db
      .select({ id: reviewForms.id })
      .from(reviewForms)
      .where(and(eq(reviewForms.reviewId, reviewId), eq(reviewForms.kind, 'manager')));
    await db.insert(reviewAnswers).values({ organizationId, formId: form!.id, questionId: 'summary', text });
  }
  const sessionId = await addTestSession(db, {
    organizationId,
    cycleId: openCycle,
    approverIds: [cast.approver.id],
    reviewIds: [unreleased],
  });
  await db.insert(calibrationMoves).values({
    organizationId,
    sessionId,
    reviewId: unreleased,
    fromRating: 3,
    toRating: 2,
    rationale: foreignCanary('calibrationRationale'),
  });

  // Growth: aspirations (one with markup, to prove the report escapes it), a conversation with a
  // note, a plan, learning; the peer's and the manager's own aspirations are theirs.
  const aspiration = (client: ApiClient, text: string) =>
    client.post('/api/growth/aspirations', { kind: 'skill', aspirationText: text, sharedWithManager: true });
  expect((await aspiration(employee, ownCanary('aspiration'))).status).toBe(201);
  expect((await aspiration(employee, `<script>alert("${ownCanary('markup')}")</script>`)).status).toBe(201);
  expect((await aspiration(peer, foreignCanary('peerAspiration'))).status).toBe(201);
  expect((await aspiration(manager, foreignCanary('managerAspiration'))).status).toBe(201);
  const conversation = await employee.post('/api/growth/conversations', {
    personId: cast.manager.id,
    scheduledAt: daysFromNow(40),
  });
  expect(conversation.status).toBe(201);
  const conversationNote = await employee.post(`/api/growth/conversations/${conversation.body.id}/notes`, {
    conversationNote: ownCanary('conversationNote'),
  });
  expect(conversationNote.status).toBe(201);
  await insertPlan(db, { organizationId, ownerId: cast.employee.id, title: ownCanary('plan') });
  await insertPlan(db, { organizationId, ownerId: cast.peer.id, title: foreignCanary('peerPlan') });
  const item = await hr.post('/api/growth/learning/items', {
    title: ownCanary('learningItem'),
    kind: 'course',
  });
  expect(item.status).toBe(201);
  expect((await employee.post(`/api/growth/learning/items/${item.body.id}/enrol`)).status).toBe(201);
  const certification = await employee.post('/api/growth/learning/certifications', {
    certificationName: ownCanary('certification'),
    issuedOn: today,
    sharedWithManager: false,
  });
  expect(certification.status).toBe(201);

  // Career path: the person's self-assessment and their manager's developmental one are theirs;
  // a colleague's self-assessment is not.
  const competency = await hr.post('/api/growth/paths/competencies', {
    name: 'Facilitation',
    behaviours: ['Joins in', 'Leads a meeting', 'Leads a workshop', 'Teaches others'],
  });
  expect(competency.status).toBe(201);
  const assess = (client: ApiClient, personId: string, who: 'self' | 'manager', evidence: string) =>
    client.put(`/api/growth/paths/people/${personId}/assessments/${competency.body.id}/${who}`, {
      assessedLevel: 2,
      assessmentEvidence: evidence,
      version: null,
      ...(who === 'self' ? { sharedWithManager: false } : {}),
    });
  expect((await assess(employee, cast.employee.id, 'self', ownCanary('selfAssessment'))).status).toBe(200);
  expect((await assess(manager, cast.employee.id, 'manager', ownCanary('managerAssessment'))).status).toBe(
    200,
  );
  expect((await assess(peer, cast.peer.id, 'self', foreignCanary('peerSelfAssessment'))).status).toBe(200);

  // A released 360: peers reached the threshold (their comments are in the report), direct reports
  // did not (their comment is not); the raters are never named.
  const [request] = await db
    .insert(feedback360Requests)
    .values({
      organizationId,
      subjectId: cast.employee.id,
      requestedById: cast.employee.id,
      status: 'released',
      anonymityThresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
      deadline: today,
      programName: ownCanary('360program'),
    })
    .returning({ id: feedback360Requests.id });
  const requestId = request!.id;
  await db
    .insert(feedback360Questions)
    .values({ requestId, competencyName: 'Listening', behaviours: [], position: 0 });
  const rater = await cast.org.addPerson({ givenName: 'Rater', familyName: foreignCanary('raterName') });
  await db
    .insert(feedback360Nominations)
    .values({ requestId, personId: rater.id, raterGroup: 'peers', status: 'approved' });
  const answer = async (group: 'peers' | 'direct_reports', comment: string, shuffleKey: number) => {
    await db.insert(feedback360Responses).values({ requestId, raterGroup: group });
    await db
      .insert(feedback360Comments)
      .values({ requestId, raterGroup: group, kind: 'strengths', commentText: comment, shuffleKey });
  };
  for (let i = 0; i < 3; i++) await answer('peers', ownCanary(`360comment${i}`), i + 1);
  for (let i = 0; i < 2; i++) await answer('direct_reports', foreignCanary(`360belowThreshold${i}`), i + 10);

  // A read by the manager: on the employee's access log, which the export carries.
  expect((await manager.get(`/api/growth/aspirations/people/${cast.employee.id}`)).status).toBe(200);
}
