import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { tableCsv } from '../../platform/export/table';
import { csvRecords } from '../../platform/export/testing';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { goalColumns, goalLineOf } from './exportRoutes';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

const goal = (ownerPersonId: string, title: string, visibility: 'public' | 'private') => ({
  level: 'personal',
  ownerPersonId,
  title,
  visibility,
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
  keyResults: [{ title: 'Done', kind: 'milestone', startValue: 0, targetValue: 1 }],
});

describe('goals export', () => {
  it('equals the goals list for the same caller and filters, and is audited without its contents', async () => {
    const employee = await as(cast.employee);
    for (const [title, visibility] of [
      ['=Grow the pipeline', 'public'],
      ['Private plan', 'private'],
    ] as const)
      expect((await employee.post('/api/goals', goal(cast.employee.id, title, visibility))).status).toBe(201);
    expect(
      (await (await as(cast.peer)).post('/api/goals', goal(cast.peer.id, 'Peer goal', 'public'))).status,
    ).toBe(201);

    const manager = await as(cast.manager);
    const list = await manager.get('/api/goals?scope=team&pageSize=100');
    expect(list.status).toBe(200);
    const csv = await manager.get('/api/goals.csv?scope=team');
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(goalColumns.map((c) => c.header));
    expect(records).toEqual(csvRecords(tableCsv(goalColumns, list.body.items.map(goalLineOf))).slice(1));
    // The manager reads their report's private goal (as on screen), never the peer's team.
    expect(records.map((r) => r[0]).sort()).toEqual(["'=Grow the pipeline", 'Private plan']);

    const [audit] = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'export.goals'), eq(auditEvents.targetId, cast.manager.id)));
    expect(audit?.after).toEqual({ format: 'csv', rows: 2, filters: { scope: 'team', current: false } });
    expect(JSON.stringify(audit)).not.toContain('pipeline');
  });

  it('keeps private goals of others out and refuses the signed-out', async () => {
    const peer = await as(cast.peer);
    const mine = await peer.get('/api/goals.csv');
    expect(
      csvRecords(mine.text)
        .slice(1)
        .map((r) => r[0]),
    ).not.toContain('Private plan');
    const team = await (await as(cast.employee)).get('/api/goals.csv?scope=team');
    expect(csvRecords(team.text)).toHaveLength(1);
    expect((await new ApiClient(server.baseUrl).get('/api/goals.csv')).status).toBe(401);
    expect((await peer.get('/api/goals.csv?scope=everyone')).status).toBe(400);
  });
});
