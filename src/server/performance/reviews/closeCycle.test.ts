import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { reviews } from './tables';
import { fillAndSubmit, launchCycleForCast, sampleCycle, sampleTemplate, selfAnswers } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const closeEvents = (cycleId: string) =>
  server.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, cycleId), eq(auditEvents.action, 'review_cycle.closed')));

describe('closing a review cycle', () => {
  it('closes once every review is released: status, closedAt, abilities, audit', async () => {
    const setup = await launchCycleForCast(server);
    // Calibration and release are another module's flow; here every review has simply been released.
    await server.database.db
      .update(reviews)
      .set({ state: 'released' })
      .where(eq(reviews.cycleId, setup.cycleId));
    const before = await setup.hr.get(`/api/review-cycles/${setup.cycleId}`);
    expect(before.body.abilities).toMatchObject({ close: true, sendReminders: true });

    const closed = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version: before.body.version,
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({
      status: 'closed',
      version: before.body.version + 1,
      abilities: { close: false, sendReminders: false, update: false, launch: false },
    });
    expect(Date.parse(closed.body.closedAt)).not.toBeNaN();
    const list = await setup.hr.get('/api/review-cycles');
    expect(list.body.items.find((c: { id: string }) => c.id === setup.cycleId)).toMatchObject({
      status: 'closed',
      closedAt: closed.body.closedAt,
      participantCount: closed.body.participantCount,
    });
    expect(closed.body.participantCount).toBeGreaterThan(0);
    const [event] = await closeEvents(setup.cycleId);
    expect(event?.after).toMatchObject({ status: 'closed', openReviews: 0, forced: false });

    const again = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version: closed.body.version,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('cycle_closed');
  });

  it('refuses while reviews are open, naming how many; forcing needs a written reason and is audited with it', async () => {
    const setup = await launchCycleForCast(server);
    const open = await server.database.db.select().from(reviews).where(eq(reviews.cycleId, setup.cycleId));
    await server.database.db.update(reviews).set({ state: 'released' }).where(eq(reviews.id, open[0]!.id));
    const cycle = await setup.hr.get(`/api/review-cycles/${setup.cycleId}`);

    const refused = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version: cycle.body.version,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('cycle_has_open_reviews');
    expect(refused.body.error.message).toContain(`${open.length - 1} reviews are not released`);

    const noReason = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version: cycle.body.version,
      force: true,
      reason: '   ',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    expect((await setup.hr.get(`/api/review-cycles/${setup.cycleId}`)).body.status).toBe('active');

    const forced = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version: cycle.body.version,
      force: true,
      reason: 'Abandoned after the spring reorganisation.',
    });
    expect(forced.status).toBe(200);
    expect(forced.body.status).toBe('closed');
    const [event] = await closeEvents(setup.cycleId);
    expect(event?.after).toMatchObject({
      openReviews: open.length - 1,
      forced: true,
      reason: 'Abandoned after the spring reorganisation.',
    });
    // Open reviews stay as they were; they just leave the active task lists.
    const states = await server.database.db.select().from(reviews).where(eq(reviews.cycleId, setup.cycleId));
    expect(states.filter((r) => r.state === 'self_review')).toHaveLength(open.length - 1);
    const tasks = await (await setup.client(setup.cast.employee)).get('/api/reviews/tasks');
    expect(tasks.body.items.some((t: { reviewId: string }) => t.reviewId === setup.reviewId)).toBe(false);
  });

  it('answers 409 version_conflict with the current version, and refuses drafts', async () => {
    const setup = await launchCycleForCast(server);
    const stale = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, { version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const draft = await setup.hr.post('/api/review-cycles', sampleCycle(setup.templateId, { name: 'Draft' }));
    const draftClose = await setup.hr.post(`/api/review-cycles/${draft.body.id}/close`, { version: 1 });
    expect(draftClose.status).toBe(409);
    expect(draftClose.body.error.code).toBe('invalid_state');
    expect((await closeEvents(setup.cycleId)).length).toBe(0);
  });

  it('a closed cycle takes no saves, submits, reopens, reassigns, peer requests or reminders', async () => {
    const setup = await launchCycleForCast(server);
    const { cast } = setup;
    const employee = await setup.client(cast.employee);
    const manager = await setup.client(cast.manager);
    await fillAndSubmit(employee, setup.selfFormId, selfAnswers);
    const version = (await setup.hr.get(`/api/review-cycles/${setup.cycleId}`)).body.version;
    const closed = await setup.hr.post(`/api/review-cycles/${setup.cycleId}/close`, {
      version,
      force: true,
      reason: 'Testing the closed state.',
    });
    expect(closed.status).toBe(200);

    const attempts = [
      await manager.put(`/api/review-forms/${setup.managerFormId}/answers/delivery`, {
        rating: 3,
        version: 0,
      }),
      await manager.post(`/api/review-forms/${setup.managerFormId}/submit`),
      await setup.hr.post(`/api/review-forms/${setup.selfFormId}/reopen`, { reason: 'Wrong file' }),
      await setup.hr.post(`/api/reviews/${setup.reviewId}/reassign`, {
        reviewerId: cast.peerManager.id,
        reason: 'Moved teams',
      }),
      await manager.post(`/api/reviews/${setup.reviewId}/peer-requests`, { writerId: cast.peer.id }),
      await setup.hr.post(`/api/review-cycles/${setup.cycleId}/reminders`),
    ];
    for (const attempt of attempts) {
      expect(attempt.status).toBe(409);
      expect(attempt.body.error.code).toBe('cycle_closed');
    }
    // The UI hides what the server refuses.
    const review = await manager.get(`/api/reviews/${setup.reviewId}`);
    expect(review.status).toBe(200);
    expect(review.body.abilities).toMatchObject({ editManager: false, requestPeerInput: false });
    const hrView = await setup.hr.get(`/api/reviews/${setup.reviewId}`);
    expect(hrView.body.abilities).toMatchObject({ reopen: false, reassign: false });
  });
});

describe('editing a draft cycle', () => {
  it('saves with the version it started from; a stale save gets 409 with the current version; launched cycles refuse', async () => {
    const cast = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const template = await hr.post('/api/review-templates', sampleTemplate());
    const draft = await hr.post(
      '/api/review-cycles',
      sampleCycle(template.body.id, { name: 'Working title' }),
    );
    const edited = await hr.put(`/api/review-cycles/${draft.body.id}`, {
      ...sampleCycle(template.body.id, { name: 'H2 2026', reminderDaysBefore: 5 }),
      version: draft.body.version,
    });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'H2 2026', reminderDaysBefore: 5, version: 2 });
    const stale = await hr.put(`/api/review-cycles/${draft.body.id}`, {
      ...sampleCycle(template.body.id, { name: 'Lost edit' }),
      version: draft.body.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await hr.get(`/api/review-cycles/${draft.body.id}`)).body.name).toBe('H2 2026');

    await hr.post(`/api/review-cycles/${draft.body.id}/launch`, { version: 2 });
    const launched = await hr.put(`/api/review-cycles/${draft.body.id}`, {
      ...sampleCycle(template.body.id),
      version: 3,
    });
    expect(launched.status).toBe(409);
    expect(launched.body.error.code).toBe('invalid_state');
  });
});
