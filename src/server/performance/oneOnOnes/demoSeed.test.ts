import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoFeedback } from '../feedback/demoSeed';
import { feedbackItems, feedbackRequests } from '../feedback/tables';
import { seedDemoOneOnOnes } from './demoSeed';
import { oneOnOneMeetings, oneOnOnePrivateNotes, oneOnOneSeries } from './tables';

let server: TestServer;
let organizationId: string;
const today = '2026-11-20';

async function clientFor(email: string) {
  const [account] = await server.database.db.select().from(accounts).where(eq(accounts.email, email));
  return new ApiClient(server.baseUrl).withSession(
    await createSession(server.database.db, account!, 'vitest'),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  ({ organizationId } = await seedDemoOrganization(db));
  // The demo organisation may be shared with other test files: start these parts from nothing.
  await db.delete(oneOnOneSeries).where(eq(oneOnOneSeries.organizationId, organizationId));
  await db.delete(feedbackItems).where(eq(feedbackItems.organizationId, organizationId));
  await db.delete(feedbackRequests).where(eq(feedbackRequests.organizationId, organizationId));
  await inTransaction(db, async (tx) => {
    await seedDemoOneOnOnes(tx, { organizationId, today });
    await seedDemoFeedback(tx, { organizationId, today });
  });
}, 60_000);
afterAll(() => server.close());

describe('demo 1:1s and feedback', () => {
  it('gives the manager and the employee a weekly series with six held meetings and one upcoming', async () => {
    const employee = await clientFor(demoAccounts.employee);
    const list = await employee.get('/api/one-on-ones');
    expect(list.body.total).toBeGreaterThanOrEqual(2);
    const withManager = list.body.items.find(
      (s: { cadence: string; withPerson: { displayName: string } }) =>
        s.withPerson.displayName === 'Daniel Mensah',
    );
    expect(withManager).toMatchObject({ cadence: 'weekly', nextMeeting: { scheduledOn: '2026-11-20' } });
    const past = await employee.get(`/api/one-on-ones/${withManager.id}/meetings?status=completed`);
    expect(past.body.total).toBe(6);
    const series = await employee.get(`/api/one-on-ones/${withManager.id}`);
    const current = series.body.currentMeeting;
    expect(current.agenda.some((i: { section: string }) => i.section === 'next')).toBe(true);
    // The last held meeting left an action open: it is on the upcoming agenda.
    expect(current.actionItems.filter((a: { done: boolean }) => !a.done).length).toBeGreaterThanOrEqual(1);

    const held = await employee.get(`/api/one-on-ones/meetings/${past.body.items[0].id}`);
    expect(held.body.sharedNotes).not.toBe('');
    expect(held.body.agenda.length).toBeGreaterThan(0);
    expect(held.body.actionItems.length).toBeGreaterThan(0);
    // Both sides wrote a private note; the employee reads exactly one: their own.
    const notes = await server.database.db
      .select()
      .from(oneOnOnePrivateNotes)
      .where(eq(oneOnOnePrivateNotes.meetingId, held.body.id));
    expect(notes).toHaveLength(2);
    const me = series.body.participants.find(
      (p: { displayName: string }) => p.displayName === 'Sofia Almeida',
    );
    const mine = notes.find((n) => n.authorId === me.id)!;
    const theirs = notes.find((n) => n.authorId !== me.id)!;
    expect(held.body.privateNote.body).toBe(mine.body);
    expect(held.text).not.toContain(theirs.body);
  });

  it('has several other series, every one with exactly one upcoming meeting', async () => {
    const series = await server.database.db
      .select()
      .from(oneOnOneSeries)
      .where(eq(oneOnOneSeries.organizationId, organizationId));
    expect(series.length).toBeGreaterThanOrEqual(3);
    const upcoming = await server.database.db
      .select()
      .from(oneOnOneMeetings)
      .where(
        and(
          inArray(
            oneOnOneMeetings.seriesId,
            series.map((s) => s.id),
          ),
          eq(oneOnOneMeetings.status, 'upcoming'),
        ),
      );
    expect(upcoming).toHaveLength(series.length);
  });

  it('fills the praise feed and leaves an open request in the employee’s inbox', async () => {
    const employee = await clientFor(demoAccounts.employee);
    const feed = await employee.get('/api/feedback/praise');
    expect(feed.body.total).toBeGreaterThanOrEqual(8);
    const inbox = await employee.get('/api/feedback/requests?direction=incoming&status=open');
    expect(inbox.body.items.length).toBeGreaterThanOrEqual(1);
    expect(inbox.body.items[0].abilities.answer).toBe(true);
    const received = await employee.get('/api/feedback/received');
    expect(
      received.body.items.some((i: { visibility: string }) => i.visibility === 'recipient_and_manager'),
    ).toBe(true);
  });
});
