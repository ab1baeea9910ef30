import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../../platform/audit/tables';
import { tableCsv } from '../../../platform/export/table';
import { csvRecords, xlsxRows } from '../../../platform/export/testing';
import { createTestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { outcomeColumns, outcomeLineOf } from './exportRoutes';
import { insertPlanningCycle, insertSnapshot, insertTestProposal } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const db = () => server.database.db;
const cycles = '/api/performance/compensation/cycles';

/** Lead → (one, two), other lead → stranger, all in the launch snapshot; one has a proposal. */
async function plannedCycle() {
  const org = await createTestOrganization(db());
  const add = (givenName: string, roles: ('hr_admin' | 'approver')[] = []) =>
    org.addPerson({ givenName, familyName: 'Planned', roles });
  const lead = await add('Lead');
  const one = await add('One');
  const two = await add('Two');
  const otherLead = await add('Other');
  const stranger = await add('Stranger');
  const hr = await add('Hr', ['hr_admin']);
  const cycle = await insertPlanningCycle(db(), { organizationId: org.organizationId, name: 'Merit 2026' });
  const snap = (personId: string, managerId: string | null) =>
    insertSnapshot(db(), { organizationId: org.organizationId, cycleId: cycle.id, personId, managerId });
  const oneSnap = await snap(one.id, lead.id);
  await snap(two.id, lead.id);
  await snap(stranger.id, otherLead.id);
  await insertTestProposal(db(), {
    organizationId: org.organizationId,
    cycleId: cycle.id,
    participantId: oneSnap.id,
    justification: '+strong year',
    bonusMinor: 150_000,
  });
  const as = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
  return { org, cycle, lead, one, two, stranger, hr, as };
}

/** The grid's rows written by the shared writer and read back: what the download must equal. */
const asRecords = (items: Parameters<typeof outcomeLineOf>[0][]) =>
  csvRecords(tableCsv(outcomeColumns, items.map(outcomeLineOf))).slice(1);

describe('pay outcomes export (the planning grid)', () => {
  it('a manager downloads exactly their grid: their subtree, each person logged, the download audited', async () => {
    const s = await plannedCycle();
    const lead = await s.as(s.lead);
    const grid = await lead.get(`${cycles}/${s.cycle.id}/proposals?limit=500`);
    expect(grid.status, grid.text).toBe(200);
    const csv = await lead.get(`${cycles}/${s.cycle.id}/proposals.csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="pay-outcomes-Merit-2026.csv"');
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(outcomeColumns.map((c) => c.header));
    expect(records).toEqual(asRecords(grid.body.items));
    expect(records.map((r) => r[1])).toEqual(['One', 'Two']);
    const one = records[0]!;
    expect(one.slice(5, 13)).toEqual([
      '54321.00',
      'draft',
      '3.5000',
      '56222.24',
      '',
      '',
      '1500.00',
      '56222.24',
    ]);
    expect(one.at(-1)).toBe("'+strong year");

    const logged = await db()
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, s.two.id), eq(accessLog.viewerPersonId, s.lead.id)));
    expect(logged.length).toBeGreaterThanOrEqual(2);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, s.cycle.id), eq(auditEvents.action, 'export.pay_outcomes')));
    expect(audits.map((a) => a.after)).toEqual([{ format: 'csv', rows: 2, filters: {} }]);
  });

  it('HR gets everyone, as XLSX too, with the grid’s filters; an employee and an outsider get 404', async () => {
    const s = await plannedCycle();
    const session = await s.org.sessionFor(s.hr.accountId!);
    const xlsx = await fetch(`${server.baseUrl}${cycles}/${s.cycle.id}/proposals.xlsx`, {
      headers: { cookie: `trellis_session=${session.token}` },
    });
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(await xlsx.arrayBuffer());
    expect(rows.slice(1).map((r) => r[1])).toEqual(['One', 'Stranger', 'Two']);
    expect(rows[1]![5]).toBe(54321);
    const drafts = await (await s.as(s.hr)).get(`${cycles}/${s.cycle.id}/proposals.csv?state=draft`);
    expect(
      csvRecords(drafts.text)
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['One']);
    const bad = await (await s.as(s.hr)).get(`${cycles}/${s.cycle.id}/proposals.csv?state=nonsense`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('state');
    for (const person of [s.one, s.stranger])
      expect((await (await s.as(person)).get(`${cycles}/${s.cycle.id}/proposals.csv`)).status).toBe(404);
  });
});
