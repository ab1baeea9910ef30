import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { startTestServer, type TestServer } from '../../testing/http';
import { reviews } from './tables';
import {
  fillAndSubmit,
  type LaunchedCycle,
  launchCycleForCast,
  managerAnswers,
  selfAnswers,
} from './testing';

let server: TestServer;
let setup: LaunchedCycle;
let peerFormId: string;

beforeAll(async () => {
  server = await startTestServer();
  setup = await launchCycleForCast(server);
  const manager = await setup.client(setup.cast.manager);
  const asked = await manager.post(`/api/reviews/${setup.reviewId}/peer-requests`, {
    writerId: setup.cast.peer.id,
    note: 'You ran the migration with Eli',
  });
  if (asked.status !== 201) throw new Error(asked.text);
  peerFormId = asked.body.forms.find((f: { kind: string }) => f.kind === 'peer').id;
  await fillAndSubmit(await setup.client(setup.cast.employee), setup.selfFormId, selfAnswers);
  await fillAndSubmit(await setup.client(setup.cast.peer), peerFormId, {
    peer_results: { text: 'Cut the migration time in half' },
  });
  await fillAndSubmit(manager, setup.managerFormId, managerAnswers);
});
afterAll(() => server.close());

/** Every GET route an employee could use to reach their own review data. */
async function everythingTheEmployeeCanGet() {
  const employee = await setup.client(setup.cast.employee);
  const responses = await Promise.all([
    employee.get(`/api/reviews/${setup.reviewId}`),
    employee.get('/api/reviews/tasks'),
    employee.get(`/api/people/${setup.cast.employee.id}/reviews`),
    employee.get(`/api/people/${setup.cast.employee.id}/review-task`),
    employee.get(`/api/review-forms/${setup.selfFormId}`),
    employee.get(`/api/review-forms/${setup.managerFormId}`),
  ]);
  return responses;
}

describe('what the subject sees', () => {
  it('never the proposed rating, the overall score or the manager form before release, on any GET route', async () => {
    const responses = await everythingTheEmployeeCanGet();
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 404]);
    for (const response of responses) {
      expect(response.text).not.toMatch(/proposedRating|overallScore|proposed_rating|finalRating/);
      expect(response.text).not.toContain(managerAnswers.feedback.text);
      expect(response.text).not.toContain('Cut the migration time');
    }
    const detail = responses[0]!.body;
    expect(detail.forms.map((f: { kind: string }) => f.kind)).toEqual(['self']);
    const history = await (await setup.client(setup.cast.employee)).get(
      `/api/people/${setup.cast.employee.id}/reviews?released=true`,
    );
    expect(history.body).toMatchObject({ items: [], total: 0 });
    expect(detail.abilities).toMatchObject({
      viewProposedRating: false,
      viewManagerForm: false,
      viewPeerForms: false,
    });
  });

  it('after release: the final rating and the manager’s written review, still not the proposed rating', async () => {
    await server.database.db
      .update(reviews)
      .set({ state: 'released', finalRating: 3, releasedAt: new Date() })
      .where(eq(reviews.id, setup.reviewId));
    try {
      const responses = await everythingTheEmployeeCanGet();
      for (const response of responses) {
        expect(response.text).not.toMatch(/proposedRating|overallScore|proposed_rating/);
        expect(response.text).not.toContain('Cut the migration time');
      }
      const detail = responses[0]!.body;
      expect(detail.finalRating).toBe(3);
      const managerForm = detail.forms.find((f: { kind: string }) => f.kind === 'manager');
      expect(managerForm.answers.map((a: { questionId: string }) => a.questionId).sort()).toEqual([
        'collab',
        'delivery',
        'feedback',
      ]);
      const history = responses[2]!.body;
      expect(history.items[0]).toMatchObject({ finalRating: 3, scaleLabel: 'Meets' });
      expect(detail.abilities.acknowledge).toBe(true);
    } finally {
      await server.database.db
        .update(reviews)
        .set({ state: 'submitted', finalRating: null, releasedAt: null })
        .where(eq(reviews.id, setup.reviewId));
    }
  });
});

describe('who else sees the review', () => {
  it('the peer writer reaches only their own form, never the review', async () => {
    const peer = await setup.client(setup.cast.peer);
    expect((await peer.get(`/api/reviews/${setup.reviewId}`)).status).toBe(404);
    expect((await peer.get(`/api/review-forms/${setup.selfFormId}`)).status).toBe(404);
    expect((await peer.get(`/api/people/${setup.cast.employee.id}/reviews`)).status).toBe(404);
    const own = await peer.get(`/api/review-forms/${peerFormId}`);
    expect(own.status).toBe(200);
    expect(own.text).not.toMatch(/proposedRating|overallScore|Shipped the billing/);
    expect(own.body.subject.id).toBe(setup.cast.employee.id);
    const tasks = await peer.get('/api/reviews/tasks');
    const peerTasks = tasks.body.items.filter((t: { kind: string }) => t.kind === 'peer');
    expect(peerTasks).toEqual([expect.objectContaining({ reviewId: null, formId: peerFormId })]);
  });

  it('the reviewer sees the peer writer by name, the proposed rating and every form', async () => {
    const detail = await (await setup.client(setup.cast.manager)).get(`/api/reviews/${setup.reviewId}`);
    const peerForm = detail.body.forms.find((f: { kind: string }) => f.kind === 'peer');
    expect(peerForm.author.displayName).toBe('Pia Peer');
    expect(peerForm.answers[0].text).toBe('Cut the migration time in half');
    expect(detail.body.proposedRating).toBe(4);
  });

  it('a skip-level manager reads it, read-only; the read is in the access log', async () => {
    const skip = await setup.client(setup.cast.skip);
    const detail = await skip.get(`/api/reviews/${setup.reviewId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.proposedRating).toBe(4);
    expect(detail.body.abilities).toMatchObject({
      editManager: false,
      reopen: false,
      reassign: false,
      release: false,
    });
    expect(detail.body.forms.every((f: { abilities: { edit: boolean } }) => !f.abilities.edit)).toBe(true);
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(
          eq(accessLog.subjectPersonId, setup.cast.employee.id),
          eq(accessLog.viewerPersonId, setup.cast.skip.id),
        ),
      );
    expect(logged.map((row) => row.dataClass)).toContain('performance');
  });

  it('HR reads everything and may reopen, but writes no answers', async () => {
    const detail = await setup.hr.get(`/api/reviews/${setup.reviewId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.abilities).toMatchObject({ reopen: true, editManager: false, editSelf: false });
    const write = await setup.hr.put(`/api/review-forms/${setup.managerFormId}/answers/feedback`, {
      text: 'x',
      version: 1,
    });
    expect(write.status).toBe(403);
  });

  it('colleagues, coaches, org admins and approvers outside calibration get 404', async () => {
    for (const person of [
      setup.cast.employee2,
      setup.cast.peerManager,
      setup.cast.coach,
      setup.cast.orgAdmin,
      setup.cast.approver,
    ]) {
      const api = await setup.client(person);
      expect((await api.get(`/api/reviews/${setup.reviewId}`)).status).toBe(404);
      expect((await api.get(`/api/people/${setup.cast.employee.id}/review-task`)).status).toBe(404);
      expect((await api.get(`/api/review-forms/${setup.managerFormId}`)).status).toBe(404);
    }
  });
});
