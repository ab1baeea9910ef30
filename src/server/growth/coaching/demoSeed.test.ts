import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoAspirations } from '../aspirations/demoSeed';
import { aspirations } from '../aspirations/tables';
import { seedDemoCoaching } from './demoSeed';
import { coachingProgrammes, coachProfiles } from './tables';

let server: TestServer;
let sofiaId: string;

async function clientFor(email: string) {
  const [account] = await server.database.db.select().from(accounts).where(eq(accounts.email, email));
  return new ApiClient(server.baseUrl).withSession(
    await createSession(server.database.db, account!, 'vitest'),
  );
}

beforeAll(async () => {
  server = await startTestServer();
  const db = server.database.db;
  const { organizationId } = await seedDemoOrganization(db);
  // Other files may have seeded the growth side already: start this part from empty.
  await db.delete(coachingProgrammes).where(eq(coachingProgrammes.organizationId, organizationId));
  await db.delete(coachProfiles).where(eq(coachProfiles.organizationId, organizationId));
  await db.delete(aspirations).where(eq(aspirations.organizationId, organizationId));
  const today = new Date().toISOString().slice(0, 10);
  await inTransaction(db, async (tx) => {
    await seedDemoAspirations(tx, { organizationId, today });
    await seedDemoCoaching(tx, { organizationId, today });
  });
  const [sofia] = await db
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, demoAccounts.employee)));
  sofiaId = sofia!.id;
}, 120_000);
afterAll(() => server.close());

describe('coaching demo', () => {
  it('Sofia has an active engagement with the demo coach: goals, 3 held + 1 scheduled sessions, 2 notes, a shared summary', async () => {
    const sofia = await clientFor(demoAccounts.employee);
    const [engagement] = (await sofia.get('/api/growth/coaching/engagements')).body.items;
    expect(engagement).toMatchObject({ status: 'active', stalled: false, sessionsHeld: 3 });
    const detail = (await sofia.get(`/api/growth/coaching/engagements/${engagement.id}`)).body;
    expect(detail.goals).toHaveLength(2);
    expect(detail.goals[0].aspiration).not.toBeNull();
    expect(detail.sessions.map((s: { status: string }) => s.status)).toEqual([
      'held',
      'held',
      'held',
      'scheduled',
    ]);
    expect(detail.summary).toMatchObject({ sharedWithManager: true });
    const coach = await clientFor(demoAccounts.coach);
    const notes = (await coach.get(`/api/growth/coaching/engagements/${engagement.id}/notes`)).body.items;
    expect(notes.map((n: { noteText: string }) => n.noteText)).toEqual([
      expect.stringContaining('ten-second pause'),
      expect.stringContaining('Session 3'),
    ]);
    const manager = await clientFor(demoAccounts.manager);
    expect((await manager.get(`/api/growth/coaching/people/${sofiaId}/summaries`)).body.items).toHaveLength(
      1,
    );
    expect((await manager.get(`/api/growth/coaching/engagements/${engagement.id}`)).status).toBe(404);
    const pool = (await sofia.get('/api/growth/coaching/coaches')).body.items;
    expect(pool.map((c: { kind: string }) => c.kind).sort()).toEqual(['external', 'internal']);
  });
});
