import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { startTestServer, type TestServer } from '../../testing/http';
import { reviewAnswers } from './tables';
import { fillAndSubmit, launchCycleForCast, managerAnswers, selfAnswers } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('answer autosave', () => {
  it('two simultaneous first saves of one answer: exactly one wins, the other gets 409 and nothing is lost', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const url = `/api/review-forms/${setup.selfFormId}/answers/wins`;
    const [a, b] = await Promise.all([
      employee.put(url, { text: 'Version from tab A', version: 0 }),
      employee.put(url, { text: 'Version from tab B', version: 0 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(loser.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    // The loser learns what is stored now, so the editor can show both versions.
    expect(loser.body.current).toMatchObject({ text: winner.body.text, version: 1 });
    const [stored] = await server.database.db
      .select()
      .from(reviewAnswers)
      .where(and(eq(reviewAnswers.formId, setup.selfFormId), eq(reviewAnswers.questionId, 'wins')));
    expect(stored).toMatchObject({ text: winner.body.text, version: 1 });
  });

  it('two simultaneous edits of the same version: exactly one wins and the winner’s value is stored', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const url = `/api/review-forms/${setup.selfFormId}/answers/delivery`;
    expect((await employee.put(url, { rating: 2, version: 0 })).status).toBe(200);
    const [a, b] = await Promise.all([
      employee.put(url, { rating: 3, version: 1 }),
      employee.put(url, { rating: 5, version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? a : b;
    const loser = a.status === 200 ? b : a;
    expect(winner.body.version).toBe(2);
    expect(loser.body.current).toMatchObject({ rating: winner.body.rating, version: 2 });
    const [stored] = await server.database.db
      .select()
      .from(reviewAnswers)
      .where(and(eq(reviewAnswers.formId, setup.selfFormId), eq(reviewAnswers.questionId, 'delivery')));
    expect(stored).toMatchObject({ rating: winner.body.rating, version: 2 });
  });

  it('a stale save gets 409 with the current version and value and changes nothing', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const url = `/api/review-forms/${setup.selfFormId}/answers/wins`;
    await employee.put(url, { text: 'first', version: 0 });
    await employee.put(url, { text: 'second', version: 1 });
    const stale = await employee.put(url, { text: 'from an old tab', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({
      error: { code: 'version_conflict', currentVersion: 2 },
      current: { questionId: 'wins', text: 'second', version: 2 },
    });
  });

  it('refuses ratings outside the scale and questions the form does not ask, naming the field', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const high = await employee.put(`/api/review-forms/${setup.selfFormId}/answers/delivery`, {
      rating: 6,
      version: 0,
    });
    expect(high.status).toBe(400);
    expect(high.body.error.fields).toHaveProperty('rating');
    // "feedback" is a manager question; the self form does not ask it.
    const wrong = await employee.put(`/api/review-forms/${setup.selfFormId}/answers/feedback`, {
      text: 'x',
      version: 0,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('questionId');
  });

  it('only the author writes a form: the reviewer and HR are refused on the self review', async () => {
    const setup = await launchCycleForCast(server);
    const url = `/api/review-forms/${setup.selfFormId}/answers/wins`;
    // The reviewer cannot see a draft self review at all; HR sees it exists but may not write.
    expect((await (await setup.client(setup.cast.manager)).put(url, { text: 'x', version: 0 })).status).toBe(
      404,
    );
    expect((await setup.hr.put(url, { text: 'x', version: 0 })).status).toBe(404);
    expect((await (await setup.client(setup.cast.peer)).put(url, { text: 'x', version: 0 })).status).toBe(
      404,
    );
  });
});

describe('submitting', () => {
  it('names each unanswered required question, then locks the form and moves the review on', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    const early = await employee.post(`/api/review-forms/${setup.selfFormId}/submit`);
    expect(early.status).toBe(400);
    expect(Object.keys(early.body.error.fields).sort()).toEqual(['delivery', 'wins']);

    const submitted = await fillAndSubmit(employee, setup.selfFormId, selfAnswers);
    expect(submitted.status).toBe(200);
    expect(submitted.body.form.state).toBe('submitted');
    const locked = await employee.put(`/api/review-forms/${setup.selfFormId}/answers/wins`, {
      text: 'late',
      version: 1,
    });
    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('review_locked');
    const review = await employee.get(`/api/reviews/${setup.reviewId}`);
    expect(review.body.state).toBe('manager_review');
    expect(review.body.abilities.editSelf).toBe(false);
  });

  it('the manager submits after the self review; the proposed rating and weighted score land on the review', async () => {
    const setup = await launchCycleForCast(server);
    const manager = await setup.client(setup.cast.manager);
    for (const [questionId, value] of Object.entries(managerAnswers)) {
      await manager.put(`/api/review-forms/${setup.managerFormId}/answers/${questionId}`, {
        ...value,
        version: 0,
      });
    }
    const tooEarly = await manager.post(`/api/review-forms/${setup.managerFormId}/submit`);
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error.code).toBe('invalid_state');

    await fillAndSubmit(await setup.client(setup.cast.employee), setup.selfFormId, selfAnswers);
    expect((await manager.post(`/api/review-forms/${setup.managerFormId}/submit`)).status).toBe(200);
    const review = await manager.get(`/api/reviews/${setup.reviewId}`);
    // 4 × 60 + 2 × 40 over 100 = 3.2
    expect(review.body).toMatchObject({ state: 'submitted', proposedRating: 4, overallScore: 3.2 });
    // The written review is locked (S1.6).
    const rewrite = await manager.put(`/api/review-forms/${setup.managerFormId}/answers/feedback`, {
      text: 'changed',
      version: 1,
    });
    expect(rewrite.status).toBe(409);
  });

  it('the manager reads the self review before submitting only when the cycle allows it', async () => {
    const hidden = await launchCycleForCast(server, { managerSeesSelfReview: false });
    await fillAndSubmit(await hidden.client(hidden.cast.employee), hidden.selfFormId, selfAnswers);
    const manager = await hidden.client(hidden.cast.manager);
    const before = await manager.get(`/api/reviews/${hidden.reviewId}`);
    const selfForm = before.body.forms.find((f: { kind: string }) => f.kind === 'self');
    expect(selfForm.state).toBe('submitted');
    expect(selfForm.answers).toBeNull();
    await fillAndSubmit(manager, hidden.managerFormId, managerAnswers);
    const after = await manager.get(`/api/reviews/${hidden.reviewId}`);
    expect(after.body.forms.find((f: { kind: string }) => f.kind === 'self').answers.length).toBeGreaterThan(
      0,
    );

    const shown = await launchCycleForCast(server, { managerSeesSelfReview: true });
    await fillAndSubmit(await shown.client(shown.cast.employee), shown.selfFormId, selfAnswers);
    const visible = await (await shown.client(shown.cast.manager)).get(`/api/reviews/${shown.reviewId}`);
    expect(visible.body.forms.find((f: { kind: string }) => f.kind === 'self').answers.length).toBe(3);
  });
});

describe('reopening', () => {
  it('HR reopens a submitted form only with a written reason; it is audited and the author can edit again', async () => {
    const setup = await launchCycleForCast(server);
    const employee = await setup.client(setup.cast.employee);
    await fillAndSubmit(employee, setup.selfFormId, selfAnswers);
    const noReason = await setup.hr.post(`/api/review-forms/${setup.selfFormId}/reopen`, { reason: '  ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    const byManager = await (await setup.client(setup.cast.manager)).post(
      `/api/review-forms/${setup.selfFormId}/reopen`,
      {
        reason: 'Typo',
      },
    );
    expect(byManager.status).toBe(403);

    const reopened = await setup.hr.post(`/api/review-forms/${setup.selfFormId}/reopen`, {
      reason: 'The employee attached the wrong project.',
    });
    expect(reopened.status).toBe(200);
    expect(reopened.body.state).toBe('self_review');
    const [event] = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'review_form.reopened'), eq(auditEvents.targetId, setup.selfFormId)));
    expect(event?.after).toMatchObject({ reason: 'The employee attached the wrong project.' });
    const again = await employee.put(`/api/review-forms/${setup.selfFormId}/answers/wins`, {
      text: 'The right project',
      version: 1,
    });
    expect(again.status).toBe(200);
  });

  it('is refused once the review is in calibration', async () => {
    const setup = await launchCycleForCast(server);
    await fillAndSubmit(await setup.client(setup.cast.employee), setup.selfFormId, selfAnswers);
    await fillAndSubmit(await setup.client(setup.cast.manager), setup.managerFormId, managerAnswers);
    const { reviews } = await import('./tables');
    await server.database.db
      .update(reviews)
      .set({ state: 'in_calibration' })
      .where(eq(reviews.id, setup.reviewId));
    const refused = await setup.hr.post(`/api/review-forms/${setup.managerFormId}/reopen`, {
      reason: 'Rewrite it',
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invalid_state');
  });
});
