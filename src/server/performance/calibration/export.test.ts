import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { csvRecords, xlsxRows } from '../../platform/export/testing';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { moveColumns, moveLineOf, ratingColumns, ratingLineOf } from './exportRoutes';
import { addTestReview, createTestCycle } from './testing';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const db = () => server.database.db;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** A session over the manager's two reports, one of them moved up with a rationale. */
async function movedSession() {
  const cycleId = await createTestCycle(db(), cast.org.organizationId, `H1 ${Math.random()}`);
  const base = { organizationId: cast.org.organizationId, cycleId, departmentId: cast.org.departmentId };
  const employeeReview = await addTestReview(db(), {
    ...base,
    subjectId: cast.employee.id,
    reviewerId: cast.manager.id,
    proposedRating: 3,
  });
  await addTestReview(db(), {
    ...base,
    subjectId: cast.employee2.id,
    reviewerId: cast.manager.id,
    proposedRating: 2,
  });
  const hr = await as(cast.hr);
  const created = await hr.post('/api/calibration/sessions', {
    cycleId,
    name: 'Eng: H1/2026',
    approverIds: [cast.approver.id],
  });
  expect(created.status, created.text).toBe(201);
  const sessionId = created.body.session.id as string;
  const grid = (await hr.get(`/api/calibration/sessions/${sessionId}/grid`)).body;
  const card = grid.cards.find((c: { reviewId: string }) => c.reviewId === employeeReview);
  const moved = await hr.post(`/api/calibration/sessions/${sessionId}/moves`, {
    reviewId: employeeReview,
    toRating: 4,
    rationale: '=Led the migration, "ahead" of plan',
    version: card.version,
  });
  expect(moved.status, moved.text).toBe(201);
  return { sessionId, hr };
}

describe('calibration exports', () => {
  it('the ratings CSV and XLSX hold exactly the grid the same caller sees, logged and audited', async () => {
    const { sessionId, hr } = await movedSession();
    const grid = (await hr.get(`/api/calibration/sessions/${sessionId}/grid`)).body;
    const expected = grid.cards.map((card: Parameters<typeof ratingLineOf>[0]) =>
      ratingColumns.map(({ key }) => ratingLineOf(card, grid.ratingLabels)[key]),
    );
    const csv = await hr.get(`/api/calibration/sessions/${sessionId}/ratings.csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      'attachment; filename="calibrated-ratings-Eng-H1-2026.csv"',
    );
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(ratingColumns.map(({ header }) => header));
    expect(records).toEqual(expected.map((row: unknown[]) => row.map((v) => (v === null ? '' : String(v)))));
    expect(records.map((r) => [r[0], r[4], r[5], r[6], r[7], r[9]])).toEqual(
      expect.arrayContaining([['Eli Employee', '3', 'Meets', '4', 'Above', 'yes']]),
    );

    const session = await cast.org.sessionFor(cast.approver.accountId!);
    const xlsx = await fetch(`${server.baseUrl}/api/calibration/sessions/${sessionId}/ratings.xlsx`, {
      headers: { cookie: `trellis_session=${session.token}` },
    });
    expect(xlsx.status).toBe(200);
    const rows = await xlsxRows(await xlsx.arrayBuffer());
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row[6])).toEqual(expected.map((row: unknown[]) => row[6]));

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, sessionId), eq(auditEvents.action, 'export.calibrated_ratings')));
    expect(audits.map((a) => a.after)).toEqual(
      expect.arrayContaining([
        { format: 'csv', rows: 2 },
        { format: 'xlsx', rows: 2 },
      ]),
    );
    const logged = await db()
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee2.id), eq(accessLog.viewerPersonId, cast.approver.id)),
      );
    expect(logged.some((entry) => entry.resource === 'calibration grid')).toBe(true);
  });

  it('the moves CSV lists each move with direction and rationale, defused, as the moves list shows it', async () => {
    const { sessionId, hr } = await movedSession();
    const list = (await hr.get(`/api/calibration/sessions/${sessionId}/moves?pageSize=100`)).body;
    const csv = await hr.get(`/api/calibration/sessions/${sessionId}/moves.csv`);
    expect(csv.status, csv.text).toBe(200);
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(moveColumns.map(({ header }) => header));
    expect(records).toHaveLength(list.total);
    const line = moveLineOf(list.items[0], ['Far below', 'Below', 'Meets', 'Above', 'Far above']);
    expect(line).toMatchObject({ fromRating: 3, toRating: 4, direction: 'up', toLabel: 'Above' });
    expect(records[0]).toEqual([
      line.person,
      '3',
      'Meets',
      '4',
      'Above',
      'up',
      `'${line.rationale}`,
      line.movedBy,
      line.movedAt,
    ]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, sessionId), eq(auditEvents.action, 'export.calibration_moves')));
    expect(audit?.after).toEqual({ format: 'csv', rows: 1 });
    expect(JSON.stringify(audit)).not.toContain('migration');
  });

  it('nobody but HR and the session’s approvers may download (404)', async () => {
    const { sessionId } = await movedSession();
    for (const person of [cast.manager, cast.employee, cast.peer])
      for (const file of ['ratings.csv', 'ratings.xlsx', 'moves.csv'])
        expect((await (await as(person)).get(`/api/calibration/sessions/${sessionId}/${file}`)).status).toBe(
          404,
        );
  });
});
