import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TeamViewPage } from '../../../contracts/teamView';
import { careerConversations } from '../../growth/conversations/tables';
import { insertPlan } from '../../growth/plans/testing';
import { addTestReview, createTestCycle } from '../../performance/calibration/testing';
import { feedbackRequests } from '../../performance/feedback/tables';
import { goals } from '../../performance/goals/tables';
import { oneOnOneMeetings, oneOnOneSeries } from '../../performance/oneOnOnes/tables';
import { accessLog } from '../../platform/audit/tables';
import { addDays, todayIn } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
let db: Db;
let cast: Cast;
const as = async (person: { accountId: string | null }, org = cast.org) =>
  new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
const today = todayIn('UTC');

/** Text written into development records no one but their owner may read from here. */
const unsharedPlanCanary = 'cnry-team-unshared-plan-7f3a';
const sharedPlanCanary = 'cnry-team-shared-plan-title-91c2';
const outcomeCanary = 'cnry-team-outcome-4d1e';

async function personalGoal(
  ownerId: string,
  health: 'on_track' | 'at_risk' | 'off_track' | null,
  extra = {},
) {
  await db.insert(goals).values({
    organizationId: cast.org.organizationId,
    level: 'personal',
    ownerPersonId: ownerId,
    title: 'Ship the thing',
    periodStart: addDays(today, -30),
    periodEnd: addDays(today, 60),
    visibility: 'private',
    health,
    ...extra,
  });
}

async function series(a: string, b: string, meetings: { on: string; status: 'upcoming' | 'completed' }[]) {
  const [row] = await db
    .insert(oneOnOneSeries)
    .values({ organizationId: cast.org.organizationId, organizerId: a, attendeeId: b, cadence: 'weekly' })
    .returning({ id: oneOnOneSeries.id });
  for (const meeting of meetings)
    await db.insert(oneOnOneMeetings).values({
      organizationId: cast.org.organizationId,
      seriesId: row!.id,
      scheduledOn: meeting.on,
      status: meeting.status,
      completedAt: meeting.status === 'completed' ? new Date(`${meeting.on}T10:00:00Z`) : null,
    });
  return row!.id;
}

const byName = (page: TeamViewPage) => new Map(page.items.map((item) => [item.person.id, item]));

let reviewId: string;
let sharedPlanId: string;
let employeeSeries: string;

beforeAll(async () => {
  server = await startTestServer();
  db = server.database.db;
  cast = await createCast(db);
  const org = cast.org.organizationId;
  // Goals: the employee has one of each health and a completed one; a cancelled one never counts.
  await personalGoal(cast.employee.id, 'on_track');
  await personalGoal(cast.employee.id, 'at_risk');
  await personalGoal(cast.employee.id, 'off_track');
  await personalGoal(cast.employee.id, null);
  await personalGoal(cast.employee.id, 'on_track', { status: 'completed' });
  await personalGoal(cast.employee.id, 'off_track', { status: 'cancelled' });
  // A review waiting on the manager, in an active cycle.
  const cycle = await createTestCycle(db, org, 'Team view cycle');
  reviewId = await addTestReview(db, {
    organizationId: org,
    cycleId: cycle,
    subjectId: cast.employee.id,
    reviewerId: cast.manager.id,
    state: 'manager_review',
  });
  // 1:1s: the manager meets the employee; the skip-level meets nobody below.
  employeeSeries = await series(cast.manager.id, cast.employee.id, [
    { on: addDays(today, -7), status: 'completed' },
    { on: addDays(today, 7), status: 'upcoming' },
  ]);
  // Feedback requests: the employee asked the manager; the manager asked employee2; employee asked a peer.
  await db.insert(feedbackRequests).values([
    {
      organizationId: org,
      requesterId: cast.employee.id,
      responderId: cast.manager.id,
      question: 'How was my demo?',
    },
    {
      organizationId: org,
      requesterId: cast.manager.id,
      responderId: cast.employee2.id,
      question: 'Thoughts?',
    },
    {
      organizationId: org,
      requesterId: cast.employee.id,
      responderId: cast.peer.id,
      question: 'Any advice?',
    },
  ]);
  // Career conversations: the employee held one a month ago (its outcome is theirs).
  await db.insert(careerConversations).values({
    organizationId: org,
    employeeId: cast.employee.id,
    managerId: cast.manager.id,
    status: 'completed',
    scheduledAt: new Date(Date.now() - 30 * 86_400_000),
    completedAt: new Date(Date.now() - 30 * 86_400_000),
    outcomeSummary: outcomeCanary,
    outcomeShared: true,
  });
  // Plans: the employee shares one with the manager; employee2 keeps theirs private.
  sharedPlanId = (
    await insertPlan(db, {
      organizationId: org,
      ownerId: cast.employee.id,
      shared: true,
      title: sharedPlanCanary,
    })
  ).planId;
  await insertPlan(db, {
    organizationId: org,
    ownerId: cast.employee2.id,
    shared: false,
    title: unsharedPlanCanary,
  });
  // The manager shares a plan with the skip-level: the skip-level sees it, as their direct report's.
  await insertPlan(db, {
    organizationId: org,
    ownerId: cast.manager.id,
    shared: true,
    title: 'Managers plan',
  });
});
afterAll(() => server.close());

describe('the team view', () => {
  it("shows the manager each direct report's real status, with the next thing to do", async () => {
    const manager = await as(cast.manager);
    const response = await manager.get('/api/insights/team');
    expect(response.status).toBe(200);
    const page = response.body as TeamViewPage;
    expect(page).toMatchObject({ scope: 'direct', total: 2, nextCursor: null, today });
    const rows = byName(page);
    expect([...rows.keys()].sort()).toEqual([cast.employee.id, cast.employee2.id].sort());
    const employee = rows.get(cast.employee.id)!;
    expect(employee).toMatchObject({
      depth: 1,
      manager: { id: cast.manager.id },
      goals: { onTrack: 1, atRisk: 1, offTrack: 1, noCheckIn: 1, done: 1 },
      review: {
        reviewId,
        cycleName: 'Team view cycle',
        state: 'manager_review',
        nextStep: 'manager_review',
        waitsOn: 'you',
        due: '2026-07-24',
        reviewer: null,
      },
      oneOnOne: { seriesId: employeeSeries, lastMetOn: addDays(today, -7), nextMeetingOn: addDays(today, 7) },
      conversation: { nextScheduledAt: null, overdue: false, dueSoon: false },
      plan: {
        planId: sharedPlanId,
        status: 'active',
        actionsDone: 0,
        actionsTotal: 1,
        stale: false,
        more: 0,
      },
      feedback: { awaitingYou: 1, awaitingThem: 0 },
      action: { kind: 'write_review', targetId: reviewId },
    });
    expect(employee.review!.overdue).toBe(employee.review!.due! < today);
    const employee2 = rows.get(cast.employee2.id)!;
    expect(employee2).toMatchObject({
      goals: { onTrack: 0, atRisk: 0, offTrack: 0, noCheckIn: 0, done: 0 },
      review: null,
      oneOnOne: null,
      plan: null,
      feedback: { awaitingYou: 0, awaitingThem: 1 },
      action: { kind: 'set_up_one_on_one', targetId: null },
    });
    // Never held: due a cadence after they joined (or got this manager), overdue once that passed.
    expect(employee2.conversation).toMatchObject({ lastHeldAt: null, nextConversationId: null });
  });

  it('shows only shared plans, and no text of any development record (canaries)', async () => {
    const manager = await as(cast.manager);
    for (const scope of ['direct', 'subtree']) {
      const response = await manager.get(`/api/insights/team?scope=${scope}`);
      expect(response.text).not.toContain(unsharedPlanCanary);
      expect(response.text).not.toContain(sharedPlanCanary);
      expect(response.text).not.toContain(outcomeCanary);
      expect(byName(response.body).get(cast.employee2.id)!.plan).toBeNull();
    }
  });

  it('gives a skip-level the subtree with performance status, but nothing shared with someone else', async () => {
    const skip = await as(cast.skip);
    const direct = (await skip.get('/api/insights/team')).body as TeamViewPage;
    expect(direct.items.map((item) => item.person.id)).toEqual([cast.manager.id]);
    // The manager shared a plan with the skip-level, their direct manager.
    expect(direct.items[0]!.plan).toMatchObject({ status: 'active' });
    const subtree = (await skip.get('/api/insights/team?scope=subtree')).body as TeamViewPage;
    expect(subtree.total).toBe(3);
    const employee = byName(subtree).get(cast.employee.id)!;
    expect(employee).toMatchObject({
      depth: 2,
      manager: { id: cast.manager.id },
      goals: { onTrack: 1, atRisk: 1, offTrack: 1 },
      review: { reviewId, waitsOn: 'reviewer', reviewer: { id: cast.manager.id } },
      // The employee's 1:1s, conversation and shared plan are theirs and their direct manager's.
      oneOnOne: null,
      conversation: null,
      plan: null,
      // Requests between the employee and others are theirs.
      feedback: { awaitingYou: 0, awaitingThem: 0 },
      action: { kind: 'check_goals', targetId: cast.employee.id },
    });
    expect(JSON.stringify(subtree)).not.toContain(sharedPlanId);
  });

  it('shows peers, HR, the org admin and people without reports nobody else’s team', async () => {
    for (const someone of [
      cast.peerManager,
      cast.hr,
      cast.orgAdmin,
      cast.approver,
      cast.coach,
      cast.employee,
    ]) {
      const client = await as(someone);
      for (const scope of ['direct', 'subtree']) {
        const page = (await client.get(`/api/insights/team?scope=${scope}`)).body as TeamViewPage;
        const ids = page.items.map((item) => item.person.id);
        for (const id of [cast.employee.id, cast.employee2.id, cast.manager.id])
          expect(ids).not.toContain(id);
      }
    }
    const peerLead = (await (await as(cast.peerManager)).get('/api/insights/team')).body as TeamViewPage;
    expect(peerLead.items.map((item) => item.person.id)).toEqual([cast.peer.id]);
    // The employee's request to the peer is between those two: not the peer's manager's business.
    expect(peerLead.items[0]!.feedback).toEqual({ awaitingYou: 0, awaitingThem: 0 });
  });

  it("writes each read on the person's access log: performance for all, development where shown", async () => {
    const skip = await as(cast.skip);
    await skip.get('/api/insights/team?scope=subtree');
    const logged = await db
      .select({ subject: accessLog.subjectPersonId, dataClass: accessLog.dataClass })
      .from(accessLog)
      .where(and(eq(accessLog.viewerPersonId, cast.skip.id), eq(accessLog.resource, 'team overview')));
    const classes = (id: string) => new Set(logged.filter((l) => l.subject === id).map((l) => l.dataClass));
    expect(classes(cast.employee.id)).toEqual(new Set(['performance']));
    expect(classes(cast.manager.id)).toEqual(new Set(['performance', 'development']));
  });

  it('pages the subtree by a stable cursor, and refuses a forged one', async () => {
    const ceo = await as(cast.ceo);
    const all = (await ceo.get('/api/insights/team?scope=subtree&pageSize=100')).body as TeamViewPage;
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `/api/insights/team?scope=subtree&pageSize=3${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await ceo.get(query)).body as TeamViewPage;
      expect(page.total).toBe(all.total);
      seen.push(...page.items.map((item) => item.person.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.person.id));
    expect(new Set(seen).size).toBe(all.total);
    const forged = await ceo.get('/api/insights/team?cursor=bm90LWEtY3Vyc29y');
    expect(forged.status).toBe(400);
  });

  it('answers a team of 50 in the same handful of statements as a team of 2 (no N+1)', async () => {
    const org = await createTestOrganization(db);
    const lead = await org.addPerson({ givenName: 'Lena', familyName: 'Lead' });
    const small = await org.addPerson({ givenName: 'Solo', familyName: 'Lead' });
    for (let i = 0; i < 2; i += 1) await org.addPerson({ managerId: small.id });
    for (let i = 0; i < 50; i += 1) {
      const report = await org.addPerson({
        managerId: lead.id,
        familyName: `Report ${String(i).padStart(2, '0')}`,
      });
      await db.insert(goals).values({
        organizationId: org.organizationId,
        level: 'personal',
        ownerPersonId: report.id,
        title: 'A goal',
        periodStart: addDays(today, -10),
        periodEnd: addDays(today, 10),
        health: 'at_risk',
      });
    }
    const statements = async (who: { accountId: string | null }) => {
      const client = await as(who, org);
      await client.get('/api/insights/team'); // the first call sets up the organisation's conversation rules
      const spy = vi.spyOn(db._.session, 'prepareQuery');
      const response = await client.get('/api/insights/team');
      const count = spy.mock.calls.length;
      spy.mockRestore();
      return { count, items: (response.body as TeamViewPage).items.length };
    };
    const fifty = await statements(lead);
    const two = await statements(small);
    expect(fifty.items).toBe(50);
    expect(two.items).toBe(2);
    expect(fifty.count).toBe(two.count);
    expect(fifty.count).toBeGreaterThan(4);
    expect(fifty.count).toBeLessThanOrEqual(12);
  });
});
