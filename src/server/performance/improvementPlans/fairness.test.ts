import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../platform/clock';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { feedbackItems } from '../feedback/tables';
import { goalCheckIns, goals } from '../goals/tables';
import { reviewCycles, reviews } from '../reviews/tables';
import { evaluateFairness, monthsBefore, priorRecords } from './fairness';
import { insertPriorFeedback, insertTestPlan } from './testing';

const settings = { requirePriorFeedback: true, priorFeedbackMonths: 6, minimumDurationDays: 30 };
const none = { feedback: 0, goalCheckIns: 0, reviews: 0, lastOn: null };
const plan = {
  startDate: '2027-03-01',
  endDate: '2027-04-30',
  expectations: 2,
  expectationsVisibility: 'employee',
};

describe('fairness check (pure)', () => {
  it('passes with prior feedback, a long enough plan and expectations the employee reads', () => {
    const result = evaluateFairness({ settings, today: '2027-02-20', prior: { ...none, feedback: 1 }, plan });
    expect(result).toMatchObject({
      passed: true,
      priorFeedback: { passed: true, since: '2026-08-20', months: 6 },
      minimumDuration: { passed: true, durationDays: 60, minimumDays: 30 },
      expectationsShared: { passed: true, expectations: 2 },
    });
  });

  it('fails without prior feedback unless the organisation does not require it', () => {
    expect(evaluateFairness({ settings, today: '2027-02-20', prior: none, plan }).priorFeedback.passed).toBe(
      false,
    );
    const relaxed = evaluateFairness({
      settings: { ...settings, requirePriorFeedback: false },
      today: '2027-02-20',
      prior: none,
      plan,
    });
    expect(relaxed.passed).toBe(true);
    // A goal check-in or a review counts as much as feedback.
    for (const prior of [
      { ...none, goalCheckIns: 1 },
      { ...none, reviews: 1 },
    ])
      expect(evaluateFairness({ settings, today: '2027-02-20', prior, plan }).passed).toBe(true);
  });

  it('fails a plan shorter than the minimum, and one without expectations the employee reads', () => {
    const prior = { ...none, feedback: 1 };
    const short = evaluateFairness({
      settings,
      today: '2027-02-20',
      prior,
      plan: { ...plan, endDate: '2027-03-30' },
    });
    expect(short.minimumDuration).toEqual({ passed: false, durationDays: 29, minimumDays: 30 });
    expect(short.passed).toBe(false);
    const exact = evaluateFairness({
      settings,
      today: '2027-02-20',
      prior,
      plan: { ...plan, endDate: '2027-03-31' },
    });
    expect(exact.minimumDuration.passed).toBe(true);
    const hidden = evaluateFairness({
      settings,
      today: '2027-02-20',
      prior,
      plan: { ...plan, expectationsVisibility: 'manager' },
    });
    expect(hidden.expectationsShared.passed).toBe(false);
    const empty = evaluateFairness({
      settings,
      today: '2027-02-20',
      prior,
      plan: { ...plan, expectations: 0 },
    });
    expect(empty.passed).toBe(false);
  });

  it('counts months back on the calendar, clamping to the month’s end', () => {
    expect(monthsBefore('2027-08-31', 6)).toBe('2027-02-28');
    expect(monthsBefore('2027-01-15', 1)).toBe('2026-12-15');
    expect(monthsBefore('2027-03-31', 12)).toBe('2026-03-31');
  });
});

describe('fairness check (on the database)', () => {
  let server: TestServer;
  let cast: Cast;
  const today = todayIn('UTC');
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);
  beforeAll(async () => {
    server = await startTestServer();
    cast = await createCast(server.database.db);
  });
  afterAll(() => server.close());

  it('counts documented feedback, goal check-ins and released reviews about the person within the window only', async () => {
    const db = server.database.db;
    const { organizationId } = cast.org;
    const personId = cast.employee.id;
    const since = monthsBefore(today, 6);
    expect(await priorRecords(db, { organizationId, personId, since })).toEqual(none);
    // Older than the window, private between two people, or about someone else: none of it counts.
    await insertPriorFeedback(db, { organizationId, personId, writerId: cast.manager.id, at: daysAgo(200) });
    await db.insert(feedbackItems).values({
      organizationId,
      kind: 'feedback',
      writerId: cast.peer.id,
      recipientId: personId,
      body: 'Between us',
      visibility: 'recipient_only',
    });
    await insertPriorFeedback(db, { organizationId, personId: cast.employee2.id, writerId: cast.manager.id });
    expect(await priorRecords(db, { organizationId, personId, since })).toEqual(none);

    await insertPriorFeedback(db, { organizationId, personId, writerId: cast.manager.id, at: daysAgo(10) });
    const [goal] = await db
      .insert(goals)
      .values({
        organizationId,
        level: 'personal',
        ownerPersonId: personId,
        title: 'Release on time',
        visibility: 'private',
        periodStart: addDays(today, -90),
        periodEnd: addDays(today, 90),
      })
      .returning();
    await db.insert(goalCheckIns).values({
      organizationId,
      goalId: goal!.id,
      authorPersonId: cast.manager.id,
      status: 'off_track',
      progress: 10,
      checkedInAt: daysAgo(5),
    });
    const [cycle] = await db
      .insert(reviewCycles)
      .values({
        organizationId,
        name: 'Mid-year',
        periodStart: addDays(today, -180),
        periodEnd: addDays(today, -30),
        content: { ratingScale: { labels: ['1', '2', '3'] }, sections: [] },
        selfReviewDue: addDays(today, -60),
        managerReviewDue: addDays(today, -50),
        calibrationDue: addDays(today, -40),
        releaseDue: addDays(today, -30),
        acknowledgeDue: addDays(today, -20),
      })
      .returning();
    await db.insert(reviews).values({
      organizationId,
      cycleId: cycle!.id,
      subjectId: personId,
      state: 'released',
      releasedAt: daysAgo(25),
    });
    expect(await priorRecords(db, { organizationId, personId, since })).toEqual({
      feedback: 1,
      goalCheckIns: 1,
      reviews: 1,
      lastOn: addDays(today, -5),
    });
  });

  it('follows the organisation’s settings, which the org admin changes', async () => {
    const { organizationId } = cast.org;
    const { plan: draft } = await insertTestPlan(server.database.db, {
      organizationId,
      employeeId: cast.peer.id,
      state: 'draft',
      startDate: addDays(today, 1),
      days: 40,
    });
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const admin = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.orgAdmin.accountId!),
    );
    const check = async () => (await hr.get(`/api/improvement-plans/${draft.id}/fairness`)).body;
    expect(await check()).toMatchObject({
      passed: false,
      priorFeedback: { required: true, passed: false, months: 6 },
      minimumDuration: { passed: true, durationDays: 40, minimumDays: 30 },
    });
    const current = (await admin.get('/api/admin/settings')).body;
    expect(current).toMatchObject({
      pipRequirePriorFeedback: true,
      pipPriorFeedbackMonths: 6,
      pipMinimumDurationDays: 30,
    });
    const saved = await admin.put('/api/admin/settings', {
      ...current,
      pipRequirePriorFeedback: false,
      pipMinimumDurationDays: 45,
    });
    expect(saved.status, saved.text).toBe(200);
    expect(await check()).toMatchObject({
      passed: false,
      priorFeedback: { required: false, passed: true },
      minimumDuration: { passed: false, durationDays: 40, minimumDays: 45 },
    });
    const refused = await hr.post(`/api/improvement-plans/${draft.id}/publish`, { version: 1 });
    expect(refused.body.error).toMatchObject({
      code: 'fairness_check_failed',
      reason: { code: 'pipTooShort', params: { days: 40, minimum: 45 } },
    });
    expect((await admin.put('/api/admin/settings', { ...current, pipMinimumDurationDays: 0 })).status).toBe(
      400,
    );
  });
});
