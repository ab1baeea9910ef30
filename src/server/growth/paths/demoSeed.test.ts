import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoOrganization } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { createSession } from '../../platform/auth/sessions';
import { accounts } from '../../platform/auth/tables';
import { inTransaction } from '../../platform/db/tx';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { seedDemoLearning } from '../learning/demoSeed';
import { sendDueCertificationReminders } from '../learning/reminders';
import { certifications, learningItems } from '../learning/tables';
import { seedDemoPaths } from './demoSeed';
import { careerTracks, competencies, competencyScales } from './tables';

let server: TestServer;
let demoOrganizationId: string;
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
  const { organizationId } = await seedDemoOrganization(db);
  demoOrganizationId = organizationId;
  // The demo organisation may be shared with other test files: start these parts from nothing.
  await db.delete(certifications).where(eq(certifications.organizationId, organizationId));
  await db.delete(learningItems).where(eq(learningItems.organizationId, organizationId));
  await db.delete(careerTracks).where(eq(careerTracks.organizationId, organizationId));
  await db.delete(competencies).where(eq(competencies.organizationId, organizationId));
  await db.delete(competencyScales).where(eq(competencyScales.organizationId, organizationId));
  await inTransaction(db, async (tx) => {
    await seedDemoPaths(tx, { organizationId, today });
    await seedDemoLearning(tx, { organizationId, today });
  });
}, 60_000);
afterAll(() => server.close());

describe('demo career paths and learning', () => {
  it('places the employee on the IC track with assessments and a gap to Senior', async () => {
    const employee = await clientFor(demoAccounts.employee);
    const me = (await employee.get('/api/auth/me')).body;
    const personId = me.person?.id ?? me.personId;
    const path = (await employee.get(`/api/growth/paths/people/${personId}`)).body;
    expect(path.position).toMatchObject({
      source: 'set',
      track: { name: 'Individual contributor' },
      level: { name: 'Professional' },
    });
    expect(path.nextLevel.name).toBe('Senior');
    expect(path.assessments).toHaveLength(8);
    expect(path.assessments.filter((a: { self: unknown }) => a.self).length).toBe(8);
    expect(path.assessments.filter((a: { manager: unknown }) => a.manager).length).toBe(5);
    const gap = (await employee.get(`/api/growth/paths/people/${personId}/gap`)).body;
    expect(gap.target.level.name).toBe('Senior');
    expect(gap.biggestGaps.length).toBeGreaterThan(0);

    // The manager sees only the five shared self-assessments.
    const manager = await clientFor(demoAccounts.manager);
    const seen = (await manager.get(`/api/growth/paths/people/${personId}`)).body;
    expect(seen.assessments.filter((a: { self: unknown }) => a.self).length).toBe(5);
  });

  it('has about ten catalogue items with enrolment counts for HR and an expiring certification', async () => {
    const hr = await clientFor(demoAccounts.hr);
    const items = (await hr.get('/api/growth/learning/items?pageSize=50')).body;
    expect(items.total).toBe(10);
    expect(items.items.some((i: { enrolledCount: number }) => i.enrolledCount > 0)).toBe(true);
    const employee = await clientFor(demoAccounts.employee);
    const me = (await employee.get('/api/auth/me')).body;
    const personId = me.person?.id ?? me.personId;
    const certs = (await employee.get(`/api/growth/learning/people/${personId}/certifications`)).body;
    expect(certs.items[0]).toMatchObject({ state: expect.any(String), expiresOn: '2026-12-08' });
    const run = {
      db: server.database.db,
      organizationId: demoOrganizationId,
      now: new Date(`${today}T12:00:00Z`),
    };
    expect(await sendDueCertificationReminders(run)).toBeGreaterThanOrEqual(1);
    expect(await sendDueCertificationReminders(run)).toBe(0);
  });
});
