import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../platform/clock';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { PIP_AGENDA_SOURCE } from './agenda';
import { sendMissedCheckInReminders } from './reminders';
import { improvementPlanCheckIns } from './tables';
import { insertPriorFeedback, insertTestPlan } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const today = todayIn('UTC');

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

interface AgendaItem {
  id: string;
  section: string;
  source: string;
  text: string;
  discussed: boolean;
}
const pipItems = (series: { currentMeeting: { agenda: AgendaItem[] } }) =>
  series.currentMeeting.agenda.filter((item) => item.source === PIP_AGENDA_SOURCE);

describe('improvement plan check-ins', () => {
  it('appear in the "Now" section of the manager’s 1:1 with the employee, and are ticked when recorded', async () => {
    const [manager, hr, employee] = await Promise.all([as(cast.manager), as(cast.hr), as(cast.employee)]);
    // A weekly 1:1 whose next meeting is in six days.
    const series = await manager.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: addDays(today, 6),
    });
    expect(series.status, series.text).toBe(201);
    await insertPriorFeedback(server.database.db, {
      organizationId: cast.org.organizationId,
      personId: cast.employee.id,
      writerId: cast.manager.id,
    });
    const draft = await manager.post('/api/improvement-plans', {
      employeeId: cast.employee.id,
      reason: 'Handovers keep getting lost',
      startDate: addDays(today, -3),
      durationDays: 30,
      checkInSchedule: { kind: 'weekly' },
      expectations: [
        { statement: 'Write handover notes', measure: 'Notes present', dueOn: addDays(today, 20) },
      ],
    });
    // Nothing on the agenda while it is a draft: the employee does not know of it.
    expect(pipItems((await manager.get(`/api/one-on-ones/${series.body.id}`)).body)).toEqual([]);
    const plan = await hr.post(`/api/improvement-plans/${draft.body.id}/publish`, { version: 1 });
    expect(plan.status, plan.text).toBe(200);

    // Check-ins on days 4 and 11 fall due before the meeting after this one (day 13): both are on
    // this agenda; day 18 waits for a later meeting.
    const seen = await employee.get(`/api/one-on-ones/${series.body.id}`);
    const items = pipItems(seen.body);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ section: 'now', discussed: false, author: null });
    expect(items[0]!.text).toMatch(/^Improvement plan check-in, due \d+ \w+ \d{4}$/);
    expect(items.map((item) => item.text).join()).not.toContain('Handovers');

    // Recording the check-in ticks the item off.
    const [first] = plan.body.checkIns.items;
    expect(first.scheduledOn).toBe(addDays(today, 4));
    await manager.post(`/api/improvement-plans/${draft.body.id}/check-ins/${first.id}`, {
      version: 1,
      summary: 'Notes written for both handovers this week',
    });
    const ticked = pipItems((await manager.get(`/api/one-on-ones/${series.body.id}`)).body);
    expect(ticked.map((item) => item.discussed)).toEqual([true, false]);

    // Closing the plan takes away the items of the check-ins that will not happen; the held one stays.
    const current = (await hr.get(`/api/improvement-plans/${draft.body.id}`)).body;
    await hr.post(`/api/improvement-plans/${draft.body.id}/close`, {
      version: current.version,
      outcome: 'cancelled',
      rationale: 'The employee moved teams',
    });
    const left = pipItems((await manager.get(`/api/one-on-ones/${series.body.id}`)).body);
    expect(left.map((item) => [item.id, item.discussed])).toEqual([[ticked[0]!.id, true]]);
  });

  it('remind the manager the day after a missed check-in, and HR three days after that, once each', async () => {
    const db = server.database.db;
    const { plan, checkIns } = await insertTestPlan(db, {
      organizationId: cast.org.organizationId,
      employeeId: cast.employee2.id,
      managerId: cast.manager.id,
      state: 'acknowledged',
      startDate: addDays(today, -16),
      days: 60,
    });
    // Biweekly: day 14 (two days ago) has passed unrecorded; day 28 is ahead.
    expect(checkIns.map((c) => c.scheduledOn)).toContain(addDays(today, -2));
    const { organizationId } = cast.org;
    const noticesOf = async (kind: string) =>
      db
        .select()
        .from(notifications)
        .where(
          and(
            eq(notifications.kind, kind),
            eq(notifications.link, `/performance/improvement-plans/${plan.id}`),
          ),
        );

    const now = new Date();
    expect(await sendMissedCheckInReminders({ db, organizationId, now })).toBe(1);
    const toManager = await noticesOf('improvement_plan.check_in_missed');
    expect(toManager.map((n) => n.recipientId)).toEqual([cast.manager.id]);
    expect(toManager[0]!.params).toEqual({ name: 'Ema Employee', due: addDays(today, -2) });
    expect(toManager[0]!.emailState).toBe('pending');
    // Run again the same day: nothing new. Two days on: HR still waits.
    expect(await sendMissedCheckInReminders({ db, organizationId, now })).toBe(0);
    const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
    expect(await sendMissedCheckInReminders({ db, organizationId, now: inDays(2) })).toBe(0);
    expect(await noticesOf('improvement_plan.check_in_overdue')).toEqual([]);
    // Three days after the manager's reminder: every HR admin (here one) hears of it, once.
    expect(await sendMissedCheckInReminders({ db, organizationId, now: inDays(3) })).toBe(1);
    expect((await noticesOf('improvement_plan.check_in_overdue')).map((n) => n.recipientId)).toEqual([
      cast.hr.id,
    ]);
    expect(await sendMissedCheckInReminders({ db, organizationId, now: inDays(4) })).toBe(0);

    // A closed plan, and a running one whose check-in was recorded, remind nobody.
    await insertTestPlan(db, {
      organizationId,
      employeeId: cast.peer.id,
      state: 'closed',
      startDate: addDays(today, -16),
    });
    const { checkIns: recorded } = await insertTestPlan(db, {
      organizationId,
      employeeId: cast.employee.id,
      state: 'acknowledged',
      startDate: addDays(today, -16),
    });
    await db
      .update(improvementPlanCheckIns)
      .set({ recordedAt: new Date() })
      .where(
        inArray(
          improvementPlanCheckIns.id,
          recorded.filter((c) => c.scheduledOn < today).map((c) => c.id),
        ),
      );
    expect(await sendMissedCheckInReminders({ db, organizationId, now: inDays(5) })).toBe(0);
  });
});
