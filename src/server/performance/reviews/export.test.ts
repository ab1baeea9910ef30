import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { tableCsv } from '../../platform/export/table';
import { csvRecords } from '../../platform/export/testing';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { addTestReview, createTestCycle } from '../calibration/testing';
import { reviewStatusColumns, reviewStatusLineOf } from './exportRoutes';

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

describe('review status export', () => {
  it('equals HR’s review list over every page, with its filters, and is audited', async () => {
    const cycleId = await createTestCycle(db(), cast.org.organizationId, 'Status: H1');
    const base = { organizationId: cast.org.organizationId, cycleId, departmentId: cast.org.departmentId };
    await addTestReview(db(), {
      ...base,
      subjectId: cast.employee.id,
      reviewerId: cast.manager.id,
      proposedRating: 4,
    });
    await addTestReview(db(), {
      ...base,
      subjectId: cast.employee2.id,
      reviewerId: cast.manager.id,
      proposedRating: 2,
    });
    await addTestReview(db(), {
      ...base,
      subjectId: cast.peer.id,
      reviewerId: cast.peerManager.id,
      state: 'manager_review',
      proposedRating: null,
    });
    const hr = await as(cast.hr);
    const list = await hr.get(`/api/review-cycles/${cycleId}/reviews?pageSize=100`);
    expect(list.status, list.text).toBe(200);
    const csv = await hr.get(`/api/review-cycles/${cycleId}/reviews.csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="review-status-Status-H1.csv"');
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(reviewStatusColumns.map((c) => c.header));
    expect(records).toEqual(
      csvRecords(tableCsv(reviewStatusColumns, list.body.items.map(reviewStatusLineOf))).slice(1),
    );
    expect(records).toHaveLength(3);
    // Progress only: no rating column, no rating value.
    expect(header!.join(' ')).not.toMatch(/rating/i);

    const filtered = await hr.get(`/api/review-cycles/${cycleId}/reviews.csv?state=manager_review`);
    expect(
      csvRecords(filtered.text)
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['Pia Peer']);
    const bad = await hr.get(`/api/review-cycles/${cycleId}/reviews.csv?departmentId=nope`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('departmentId');

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, cycleId), eq(auditEvents.action, 'export.review_status')));
    expect(audits.map((a) => a.after)).toEqual(
      expect.arrayContaining([
        { format: 'csv', rows: 3, filters: {} },
        { format: 'csv', rows: 1, filters: { state: 'manager_review' } },
      ]),
    );

    // The HR tool's door: other roles 403, as on the cycle's own list.
    for (const person of [cast.manager, cast.employee, cast.approver])
      expect((await (await as(person)).get(`/api/review-cycles/${cycleId}/reviews.csv`)).status).toBe(403);
  });
});
