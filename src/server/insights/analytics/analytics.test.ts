import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsMetricResult, AnalyticsPage } from '../../../contracts/analytics';
import { insertPlan } from '../../growth/plans/testing';
import { departments, people, reportingLines } from '../../org/tables';
import { addTestReview, createTestCycle } from '../../performance/calibration/testing';
import { reviewCycles } from '../../performance/reviews/tables';
import { auditEvents } from '../../platform/audit/tables';
import { addDays, todayIn } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { createTestOrganization, type TestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { refreshAnalytics } from './refresh';

/**
 * HR analytics end to end on a small organisation built by hand (numbers worked out below):
 *
 *   ceo ─ A (Engineering) ─ a1..a5, and x until 1 May 2026
 *       ├ B (Sales)       ─ b1..b3, and x from 1 May 2026
 *       ├ C (Ops)         ─ c1..c7 (c7 left voluntarily 30 days ago)
 *       └ hr (HR admin), e (an employee without reports)
 *
 * One released cycle launched on 3 March 2026: x's review carries Engineering and reviewer A (the
 * launch snapshot) though x is in Sales under B today.
 */
let server: TestServer;
let db: Db;
let org: TestOrganization;
const today = todayIn('UTC');
type Person = Awaited<ReturnType<TestOrganization['addPerson']>>;
let ceo: Person, a: Person, b: Person, c: Person, hr: Person, e: Person, x: Person;
const as = async (person: Person) =>
  new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
const metric = (page: AnalyticsPage, id: string) => page.metrics.find((m) => m.id === id)!;
const row = (result: AnalyticsMetricResult, label: string) => result.rows.find((r) => r.label === label)!;

beforeAll(async () => {
  server = await startTestServer();
  db = server.database.db;
  org = await createTestOrganization(db, 'Analytics Org');
  const organizationId = org.organizationId;
  const [sales] = await db.insert(departments).values({ organizationId, name: 'Sales' }).returning();
  const [ops] = await db.insert(departments).values({ organizationId, name: 'Ops' }).returning();
  const inDepartment = async (person: Person, departmentId: string) =>
    db.update(people).set({ departmentId }).where(eq(people.id, person.id));
  ceo = await org.addPerson({ givenName: 'Cleo', familyName: 'Chief' });
  a = await org.addPerson({ givenName: 'Ann', familyName: 'Alpha', managerId: ceo.id });
  b = await org.addPerson({ givenName: 'Ben', familyName: 'Beta', managerId: ceo.id });
  c = await org.addPerson({ givenName: 'Cai', familyName: 'Gamma', managerId: ceo.id });
  hr = await org.addPerson({ givenName: 'Hana', familyName: 'Hr', managerId: ceo.id, roles: ['hr_admin'] });
  e = await org.addPerson({ givenName: 'Eve', familyName: 'Plain', managerId: ceo.id });
  await inDepartment(b, sales!.id);
  await inDepartment(c, ops!.id);
  const team = async (manager: Person, count: number, departmentId: string) => {
    const members: Person[] = [];
    for (let i = 0; i < count; i++) {
      const member = await org.addPerson({ givenName: `M${i}`, managerId: manager.id });
      await inDepartment(member, departmentId);
      members.push(member);
    }
    return members;
  };
  const as_ = await team(a, 5, org.departmentId);
  const bs = await team(b, 3, sales!.id);
  const cs = await team(c, 7, ops!.id);
  x = await org.addPerson({ givenName: 'Xan', familyName: 'Mover', managerId: a.id });
  // x moves to B in Sales on 1 May 2026, after the launch.
  await db.update(reportingLines).set({ validTo: '2026-05-01' }).where(eq(reportingLines.personId, x.id));
  await db
    .insert(reportingLines)
    .values({ organizationId, personId: x.id, managerId: b.id, validFrom: '2026-05-01' });
  await db.update(people).set({ managerId: b.id, departmentId: sales!.id }).where(eq(people.id, x.id));
  // c7 left voluntarily 30 days ago.
  await db
    .update(people)
    .set({ status: 'terminated', terminatedOn: addDays(today, -30), terminationReason: 'voluntary' })
    .where(eq(people.id, cs[6]!.id));

  const cycleId = await createTestCycle(db, organizationId, 'Spring review');
  await db
    .update(reviewCycles)
    .set({ launchedAt: new Date('2026-03-03T09:00:00Z') })
    .where(eq(reviewCycles.id, cycleId));
  const review = (subject: Person, reviewer: Person, departmentId: string, proposed: number, final: number) =>
    addTestReview(db, {
      organizationId,
      cycleId,
      subjectId: subject.id,
      reviewerId: reviewer.id,
      departmentId,
      state: 'released',
      proposedRating: proposed,
      finalRating: final,
    });
  // Engineering (A): proposed 3 3 3 4 2 and x 4; final 3 3 4 5 2 and x 5.
  const engineering: [number, number][] = [
    [3, 3],
    [3, 3],
    [3, 4],
    [4, 5],
    [2, 2],
  ];
  for (const [i, [p, f]] of engineering.entries()) await review(as_[i]!, a, org.departmentId, p, f);
  await review(x, a, org.departmentId, 4, 5);
  // Sales (B): 3 people.
  for (const [i, f] of [3, 4, 4].entries()) await review(bs[i]!, b, sales!.id, 3, f);
  // Ops (C): final 1 2 3 3 3 4 5, proposed all 3.
  for (const [i, f] of [1, 2, 3, 3, 3, 4, 5].entries()) await review(cs[i]!, c, ops!.id, 3, f);
  // Development: a1..a3 have active plans.
  for (const member of as_.slice(0, 3))
    await insertPlan(db, { organizationId, ownerId: member.id, status: 'active' });
  await refreshAnalytics(db, { organizationId });
});
afterAll(() => server.close());

describe('HR analytics: Now', () => {
  it('groups a cycle by department at launch and withholds small groups with a complementary one', async () => {
    const response = await (await as(hr)).get('/api/insights/analytics/now');
    expect(response.status).toBe(200);
    const page = response.body as AnalyticsPage;
    expect(page.scope).toBe('org');
    expect(page.cycles.map((cycle) => cycle.launchedOn)).toEqual(['2026-03-03']);
    const distribution = metric(page, 'rating_distribution_department');
    expect(distribution.pointInTime?.sentence).toBe(
      "Department and manager as of 3 March 2026, the cycle's launch.",
    );
    // Engineering 6 (x at launch), Sales 3, Ops 7: Sales below 5, Engineering (next smallest) with it.
    expect(row(distribution, 'Sales').cells.rating_3).toEqual({ state: 'below_threshold' });
    expect(row(distribution, 'Engineering').cells.rating_3).toEqual({ state: 'complementary' });
    // Ops: ratings 1 2 3 3 3 4 5 → 3 of 7 at "Meets" = 42.9 %.
    expect(row(distribution, 'Ops').cells.rating_3).toEqual({ state: 'shown', value: 42.9, n: 7 });
    expect(distribution.columns.map((column) => column.label)).toEqual([
      'Far below',
      'Below',
      'Meets',
      'Above',
      'Far above',
    ]);
    // All 16: rating 5 held by a4, x, c7 → 18.8 %.
    expect(distribution.total?.cells.rating_5).toEqual({ state: 'shown', value: 18.8, n: 16 });
    // Calibration moved a3, a4, x up (proposed 3→4, 4→5, 4→5), b2 b3 up, Ops 1 2 4 5 moved: 9 of 16.
    const change = metric(page, 'calibration_change');
    expect(change.total?.cells.moved).toEqual({ state: 'shown', value: 56.3, n: 16 });
  });

  it('scopes a manager to the people under them on the day of launch', async () => {
    const annPage = (await (await as(a)).get('/api/insights/analytics/now')).body as AnalyticsPage;
    expect(annPage.scope).toBe('subtree');
    // A's subtree at launch: a1..a5 and x, all Engineering: 6 people, shown.
    const distribution = metric(annPage, 'rating_distribution_department');
    expect(distribution.rows.map((r) => r.label)).toEqual(['Engineering']);
    expect(distribution.total?.cells.rating_5).toEqual({ state: 'shown', value: 33.3, n: 6 });
    // HR-only metrics are not there for a manager.
    expect(annPage.metrics.map((m) => m.id)).not.toContain('manager_leniency');
    expect(annPage.metrics.map((m) => m.id)).not.toContain('promotion_rate');
    // B had 3 people at launch: everything withheld.
    const benPage = (await (await as(b)).get('/api/insights/analytics/now')).body as AnalyticsPage;
    expect(metric(benPage, 'rating_distribution_department').total?.cells.rating_3).toEqual({
      state: 'below_threshold',
    });
  });

  it('measures manager leniency against the population for HR', async () => {
    const page = (await (await as(hr)).get('/api/insights/analytics/now')).body as AnalyticsPage;
    const leniency = metric(page, 'manager_leniency');
    // Proposed: A 3 3 3 4 2 4 (mean 3.17), B 3 3 3 (3 reviews: withheld), C 3×7 (mean 3).
    // Population of 16: sum 49 → mean 3.0625; B below 5, so A (the next smallest, 6) goes with it.
    expect(row(leniency, 'Ben Beta').cells.mean_proposed).toEqual({ state: 'below_threshold' });
    expect(row(leniency, 'Ann Alpha').cells.mean_proposed).toEqual({ state: 'complementary' });
    const cai = row(leniency, 'Cai Gamma').cells;
    expect(cai.mean_proposed).toEqual({ state: 'shown', value: 3, n: 7 });
    expect(cai.difference).toEqual({ state: 'shown', value: -0.06, n: 7 });
    // Squares 63 + 27 + 63 = 153: variance 153/16 − 3.0625² = 0.1836, sd 0.4285;
    // z = −0.0625 / (0.4285 / √7) = −0.39.
    expect(cai.z_score).toEqual({ state: 'shown', value: -0.39, n: 7 });
    expect(leniency.total?.cells.mean_proposed).toEqual({ state: 'shown', value: 3.06, n: 16 });
  });

  it('counts turnover by reason over the average headcount', async () => {
    const page = (await (await as(hr)).get('/api/insights/analytics/now')).body as AnalyticsPage;
    const turnover = metric(page, 'turnover');
    // Ops: C and c1..c7 — 8 at the start, 7 at the end → 7.5; one voluntary separation → 13.3 %.
    expect(row(turnover, 'Ops').cells.voluntary).toEqual({ state: 'shown', value: 13.3, n: 8 });
    expect(row(turnover, 'Ops').cells.involuntary).toEqual({ state: 'shown', value: 0, n: 8 });
    expect(turnover.pointInTime?.basis).toBe('window');
  });

  it('exports the same suppressed cells as CSV and records the export', async () => {
    const response = await (await as(hr)).get(
      '/api/insights/analytics/now/rating_distribution_department.csv',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    // (fetch's text() drops the byte-order mark the writer puts first.)
    expect(response.text.startsWith('Group,Far below (%),Below (%),Meets (%)')).toBe(true);
    expect(response.text.endsWith('\r\n')).toBe(true);
    const lines = response.text.split('\r\n');
    expect(lines.find((line) => line.startsWith('Sales,'))).toContain('below threshold');
    expect(lines.find((line) => line.startsWith('Sales,'))).not.toMatch(/,3,/);
    expect(lines.find((line) => line.startsWith('Engineering,'))).toContain('withheld (complementary)');
    expect(lines.find((line) => line.startsWith('Ops,'))).toContain('42.9');
    expect(response.text).toContain("the cycle's launch");
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.organizationId, org.organizationId), eq(auditEvents.action, 'export.analytics')),
      );
    const exported = events.find((event) => event.targetId === 'rating_distribution_department');
    expect(exported).toMatchObject({
      targetType: 'analytics_metric',
      after: {
        format: 'csv',
        rows: lines.filter((line) => line !== '').length - 1,
        filters: { half: 'now', scope: 'org' },
      },
    });
  });

  it('answers 403 to callers without a scope and 404 for a metric they may not see', async () => {
    expect((await (await as(e)).get('/api/insights/analytics/now')).status).toBe(403);
    expect((await (await as(a)).get('/api/insights/analytics/now?scope=org')).status).toBe(403);
    expect((await (await as(a)).get('/api/insights/analytics/now/manager_leniency.csv')).status).toBe(404);
    expect((await (await as(hr)).get('/api/insights/analytics/next/turnover.csv')).status).toBe(404);
    expect((await (await as(hr)).get('/api/insights/analytics/later')).status).toBe(400);
    const unknownCycle = await (await as(hr)).get(
      '/api/insights/analytics/now?cycleId=00000000-0000-4000-8000-000000000000',
    );
    expect(unknownCycle.status).toBe(404);
    expect((await (await as(hr)).get('/api/insights/analytics/now?cycleId=nope')).status).toBe(400);
  });

  it('queues one refresh for HR and tells the page it is refreshing', async () => {
    expect((await (await as(a)).post('/api/insights/analytics/refresh')).status).toBe(403);
    const first = await (await as(hr)).post('/api/insights/analytics/refresh');
    expect(first.status).toBe(202);
    const second = await (await as(hr)).post('/api/insights/analytics/refresh');
    expect(second.body.jobId).toBe(first.body.jobId);
    const page = (await (await as(hr)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    expect(page.refreshing).toBe(true);
    await db.execute(sql`DELETE FROM job_queue WHERE id = ${first.body.jobId}`);
  });
});

describe('HR analytics: Next', () => {
  it('groups today’s figures under today’s managers', async () => {
    const annPage = (await (await as(a)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    // A's subtree today: a1..a5 (x moved to B); 3 of 5 with an active plan.
    const coverage = metric(annPage, 'development_coverage');
    expect(coverage.total?.cells.active_plan).toEqual({ state: 'shown', value: 60, n: 5 });
    expect(coverage.pointInTime?.basis).toBe('snapshot');
    expect(annPage.cycles).toEqual([]);
    // B's subtree today: b1..b3 and x = 4, withheld.
    const benPage = (await (await as(b)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    expect(metric(benPage, 'development_coverage').total?.cells.active_plan).toEqual({
      state: 'below_threshold',
    });
  });
});
