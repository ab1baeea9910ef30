import { randomUUID } from 'node:crypto';
import { demoAccounts } from '../../org/seed/demoRoster';
import { addDays, SeededRandom } from '../../org/seed/random';
import type { Db } from '../../platform/db/client';
import { type DemoContext, type DemoPerson, demoStaff, workFamily } from '../../seed/demoContext';
import { demoOneOnOneContent, type SeriesRelation } from './demoContent';
import { nextOccurrence } from './schedule';
import {
  type Cadence,
  oneOnOneActionItems,
  oneOnOneAgendaItems,
  oneOnOneMeetings,
  oneOnOnePrivateNotes,
  oneOnOneSeries,
} from './tables';

type AgendaRow = typeof oneOnOneAgendaItems.$inferInsert;
type ActionRow = typeof oneOnOneActionItems.$inferInsert;

interface SeriesPlan {
  organizerId: string;
  attendeeId: string;
  /** Who meets whom, which decides what they talk and write about. */
  relation: SeriesRelation;
  cadence: Cadence;
  pastMeetings: number;
}

/** The i-th entry, round and round: a series has more meetings than some lists have lines. */
const nth = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

/** Stepping back from the upcoming date by whole cadence steps (monthly steps keep the day). */
function pastDates(upcoming: string, cadence: Cadence, count: number): string[] {
  let first = upcoming;
  for (let i = 0; i < count; i++) first = previousOccurrence(first, cadence);
  const dates = [first];
  while (dates.length < count) dates.push(nextOccurrence(dates.at(-1)!, cadence));
  return dates;
}
function previousOccurrence(iso: string, cadence: Cadence): string {
  if (cadence === 'weekly') return addDays(iso, -7);
  if (cadence === 'biweekly') return addDays(iso, -14);
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 2, Math.min(d, 28))).toISOString().slice(0, 10);
}

/**
 * Writes one series as if its meetings had been held: each completed meeting has agenda items in
 * both sections, action items, shared notes and a private note by each side; what was not
 * discussed or done is copied to the following meeting, as completeMeeting does.
 */
async function seedSeries(
  tx: Db,
  organizationId: string,
  plan: SeriesPlan,
  upcoming: string,
  random: SeededRandom,
) {
  const seriesId = randomUUID();
  const content = demoOneOnOneContent[plan.relation];
  await tx.insert(oneOnOneSeries).values({
    id: seriesId,
    organizationId,
    organizerId: plan.organizerId,
    attendeeId: plan.attendeeId,
    cadence: plan.cadence,
    createdAt: new Date(`${pastDates(upcoming, plan.cadence, plan.pastMeetings)[0] ?? upcoming}T09:00:00Z`),
  });
  const dates = [...pastDates(upcoming, plan.cadence, plan.pastMeetings), upcoming];
  let carriedAgenda: AgendaRow[] = [];
  let carriedActions: ActionRow[] = [];
  for (const [index, date] of dates.entries()) {
    const upcomingMeeting = index === dates.length - 1;
    const meetingId = randomUUID();
    const at = new Date(`${date}T10:00:00Z`);
    await tx.insert(oneOnOneMeetings).values({
      id: meetingId,
      organizationId,
      seriesId,
      scheduledOn: date,
      status: upcomingMeeting ? 'upcoming' : 'completed',
      sharedNotes: upcomingMeeting ? '' : nth(content.sharedNotes, index),
      completedAt: upcomingMeeting ? null : new Date(`${date}T11:00:00Z`),
      completedBy: upcomingMeeting ? null : plan.organizerId,
      createdAt: at,
    });
    const authors = [plan.organizerId, plan.attendeeId];
    const agenda: AgendaRow[] = carriedAgenda.map((item, i) => ({
      ...item,
      id: randomUUID(),
      meetingId,
      carriedFromId: item.id,
      position: i + 1,
      discussed: false,
    }));
    const newTopics = upcomingMeeting ? 1 : random.int(2, 3);
    for (let i = 0; i < newTopics; i++) {
      agenda.push({
        id: randomUUID(),
        organizationId,
        meetingId,
        section: 'now',
        text: random.pick(content.nowTopics),
        authorId: random.pick(authors),
        position: agenda.length + 1,
        createdAt: at,
      });
    }
    if (index % 2 === 0 || upcomingMeeting) {
      agenda.push({
        id: randomUUID(),
        organizationId,
        meetingId,
        section: 'next',
        text: nth(content.nextTopics, index),
        authorId: plan.attendeeId,
        position: agenda.length + 1,
        createdAt: at,
      });
    }
    // In a held meeting most topics get discussed; one left open now and then moves on.
    const leftOpen = upcomingMeeting ? -1 : random.chance(0.5) ? agenda.length - 1 : -1;
    for (const [i, item] of agenda.entries()) item.discussed = !upcomingMeeting && i !== leftOpen;
    const actions: ActionRow[] = carriedActions.map((item) => ({
      ...item,
      id: randomUUID(),
      meetingId,
      carriedFromId: item.id,
      doneAt: null,
    }));
    if (!upcomingMeeting) {
      for (let i = 0; i < random.int(1, 2); i++) {
        actions.push({
          id: randomUUID(),
          organizationId,
          meetingId,
          text: random.pick(content.actions),
          ownerId: random.pick(authors),
          dueOn: addDays(date, random.int(3, 10)),
          createdAt: at,
        });
      }
      // Older actions are done; the last meeting leaves one open for the next.
      const lastHeld = index === dates.length - 2;
      for (const [i, item] of actions.entries()) {
        item.doneAt = lastHeld && i === actions.length - 1 ? null : new Date(`${date}T12:00:00Z`);
      }
    }
    if (agenda.length > 0) await tx.insert(oneOnOneAgendaItems).values(agenda);
    if (actions.length > 0) await tx.insert(oneOnOneActionItems).values(actions);
    if (!upcomingMeeting) {
      await tx.insert(oneOnOnePrivateNotes).values([
        {
          organizationId,
          meetingId,
          authorId: plan.organizerId,
          body: nth(content.privateNotes.organizer, index),
          updatedAt: at,
        },
        {
          organizationId,
          meetingId,
          authorId: plan.attendeeId,
          body: nth(content.privateNotes.attendee, index),
          updatedAt: at,
        },
      ]);
    }
    carriedAgenda = agenda.filter((item) => !item.discussed);
    carriedActions = actions.filter((item) => !item.doneAt);
  }
}

/**
 * Demo 1:1s: the manager ↔ employee weekly series with six held meetings, and a few others around
 * them. The texts are about engineering work, so only engineers take part (seed/demoContext.ts).
 */
export async function seedDemoOneOnOnes(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const isEngineer = (person: DemoPerson | undefined): person is DemoPerson =>
    person !== undefined && workFamily(person.departmentName) === 'engineering';
  const staff = await demoStaff(tx, organizationId);
  const byEmail = (email: string) => staff.find((p) => p.email === email);
  const manager = byEmail(demoAccounts.manager);
  const employee = byEmail(demoAccounts.employee);
  if (!isEngineer(manager) || !isEngineer(employee)) return;
  const byName = (given: string, family: string) =>
    staff.find((p) => p.givenName === given && p.familyName === family);
  const otherReports = staff.filter(
    (p) => p.managerId === manager.id && p.id !== employee.id && isEngineer(p),
  );
  const kenji = [byName('Kenji', 'Watanabe'), otherReports[0]].find(isEngineer);
  const managersManager = staff.find((p) => p.id === manager.managerId);
  const teammate = otherReports.find((p) => p.id !== kenji?.id);
  const random = new SeededRandom(3_2);
  const plans: SeriesPlan[] = [
    {
      organizerId: manager.id,
      attendeeId: employee.id,
      relation: 'managerAndReport',
      cadence: 'weekly',
      pastMeetings: 6,
    },
  ];
  if (kenji)
    plans.push({
      organizerId: manager.id,
      attendeeId: kenji.id,
      relation: 'managerAndReport',
      cadence: 'biweekly',
      pastMeetings: 3,
    });
  if (isEngineer(managersManager))
    plans.push({
      organizerId: managersManager.id,
      attendeeId: manager.id,
      relation: 'directorAndManager',
      cadence: 'monthly',
      pastMeetings: 2,
    });
  if (teammate)
    plans.push({
      organizerId: employee.id,
      attendeeId: teammate.id,
      relation: 'peers',
      cadence: 'monthly',
      pastMeetings: 1,
    });
  // The manager ↔ employee meeting is today (it can be held and completed now); the others fall
  // in the coming days, so the demo always has something upcoming.
  for (const [index, plan] of plans.entries()) {
    await seedSeries(tx, organizationId, plan, addDays(today, index === 0 ? 0 : 1 + index), random);
  }
}
