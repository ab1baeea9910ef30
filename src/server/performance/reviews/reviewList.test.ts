import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments, people } from '../../org/tables';
import { queryRows } from '../../platform/db/client';
import { createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { reviews } from './tables';
import { sampleCycle, sampleTemplate } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/**
 * A launched cycle over the cast plus people who share a name (the review id breaks their tie), some
 * in a second department, and some reviews moved on to the manager's part.
 */
async function launchedCycle() {
  const db = server.database.db;
  const cast = await createCast(db);
  const twins = [];
  for (let i = 0; i < 4; i++) twins.push(await cast.org.addPerson({ givenName: 'Sam', familyName: 'Same' }));
  const others = [];
  for (const familyName of ['Able', 'Zed', 'Same', 'Mid'])
    others.push(await cast.org.addPerson({ familyName }));
  const [design] = await db
    .insert(departments)
    .values({ organizationId: cast.org.organizationId, name: 'Design' })
    .returning();
  const designers = [twins[1]!.id, twins[2]!.id, others[0]!.id, others[3]!.id, cast.peer.id];
  await db.update(people).set({ departmentId: design!.id }).where(inArray(people.id, designers));

  const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
  const template = await hr.post('/api/review-templates', sampleTemplate());
  const cycle = await hr.post('/api/review-cycles', sampleCycle(template.body.id));
  const launched = await hr.post(`/api/review-cycles/${cycle.body.id}/launch`, { version: 1 });
  expect(launched.status).toBe(200);
  const cycleId: string = cycle.body.id;
  await db
    .update(reviews)
    .set({ state: 'manager_review' })
    .where(
      and(
        eq(reviews.cycleId, cycleId),
        inArray(reviews.subjectId, [twins[0]!.id, twins[2]!.id, others[3]!.id, cast.employee.id]),
      ),
    );
  return { hr, cycleId, designId: design!.id as string };
}

/** The order the list promises, straight from the database: subject's family, given name, review id. */
async function expectedIds(cycleId: string, filter: { state?: string; departmentId?: string } = {}) {
  const rows = await queryRows<{ id: string }>(
    server.database.db,
    sql`SELECT r.id FROM reviews r JOIN people p ON p.id = r.subject_id
         WHERE r.cycle_id = ${cycleId}
           ${filter.state ? sql`AND r.state = ${filter.state}` : sql``}
           ${filter.departmentId ? sql`AND r.department_id = ${filter.departmentId}` : sql``}
         ORDER BY p.family_name, p.given_name, r.id`,
  );
  return rows.map((row) => row.id);
}

/** Follows `nextCursor` from the first page to the last. */
async function chain(hr: ApiClient, cycleId: string, filter: string, pageSize: number) {
  const ids: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const cursor: string = after ? `&after=${after}` : '';
    const page = await hr.get(`/api/review-cycles/${cycleId}/reviews?pageSize=${pageSize}${filter}${cursor}`);
    expect(page.status).toBe(200);
    ids.push(...page.body.items.map((item: { id: string }) => item.id));
    totals.add(page.body.total);
    after = page.body.nextCursor;
    if (after === null) return { ids, totals: [...totals], pages: pages + 1 };
    expect(page.body.items).toHaveLength(pageSize);
  }
  throw new Error('the cursor never reached the last page');
}

describe('HR’s list of a cycle’s reviews', () => {
  it('pages chained by cursor cover every review exactly once, in name order, ties by review id', async () => {
    const { hr, cycleId } = await launchedCycle();
    const expected = await expectedIds(cycleId);
    expect(expected.length).toBe(19);
    for (const pageSize of [1, 3, 5, 19, 100]) {
      const { ids, totals, pages } = await chain(hr, cycleId, '', pageSize);
      expect(ids).toEqual(expected);
      expect(totals).toEqual([expected.length]);
      expect(pages).toBe(Math.max(1, Math.ceil(expected.length / pageSize)));
    }
    // Numbered pages give the same order, and their cursor continues where they end.
    const page2 = await hr.get(`/api/review-cycles/${cycleId}/reviews?pageSize=4&page=2`);
    expect(page2.body.items.map((item: { id: string }) => item.id)).toEqual(expected.slice(4, 8));
    const next = await hr.get(
      `/api/review-cycles/${cycleId}/reviews?pageSize=4&after=${page2.body.nextCursor}`,
    );
    expect(next.body.items.map((item: { id: string }) => item.id)).toEqual(expected.slice(8, 12));
    const past = await hr.get(`/api/review-cycles/${cycleId}/reviews?pageSize=4&page=9`);
    expect(past.body).toMatchObject({ items: [], total: expected.length, nextCursor: null });
  });

  it('a filter by state, department or both works with the cursor, and totals count the filter', async () => {
    const { hr, cycleId, designId } = await launchedCycle();
    const filters = [
      { query: '&state=manager_review', filter: { state: 'manager_review' } },
      { query: `&departmentId=${designId}`, filter: { departmentId: designId } },
      {
        query: `&departmentId=${designId}&state=manager_review`,
        filter: { departmentId: designId, state: 'manager_review' },
      },
      { query: '&state=released', filter: { state: 'released' } },
    ];
    for (const { query, filter } of filters) {
      const expected = await expectedIds(cycleId, filter);
      const { ids, totals } = await chain(hr, cycleId, query, 2);
      expect(ids).toEqual(expected);
      expect(totals).toEqual([expected.length]);
    }
    expect((await expectedIds(cycleId, { departmentId: designId, state: 'manager_review' })).length).toBe(2);
  });

  it('follows a rename: the names the list sorts by are the person’s, however they change', async () => {
    const { hr, cycleId } = await launchedCycle();
    const before = await expectedIds(cycleId);
    const lastReview = before.at(-1)!;
    const [subject] = await queryRows<{ id: string; version: number }>(
      server.database.db,
      sql`SELECT p.id, p.version FROM reviews r JOIN people p ON p.id = r.subject_id WHERE r.id = ${lastReview}`,
    );
    // HR renames the last person in the list so that they sort first.
    const renamed = await hr.patch(`/api/people/${subject!.id}`, {
      familyName: 'Aaberg',
      version: subject!.version,
    });
    expect(renamed.status).toBe(200);
    const after = await expectedIds(cycleId);
    expect(after[0]).toBe(lastReview);
    expect((await chain(hr, cycleId, '', 5)).ids).toEqual(after);
    // Nobody can write other names onto a review: the database puts the person's back.
    await server.database.db
      .update(reviews)
      .set({ subjectFamilyName: 'Zzz', subjectGivenName: 'Zzz' })
      .where(eq(reviews.id, lastReview));
    const [copy] = await queryRows<{ subject_family_name: string }>(
      server.database.db,
      sql`SELECT subject_family_name FROM reviews WHERE id = ${lastReview}`,
    );
    expect(copy!.subject_family_name).toBe('Aaberg');
    expect((await chain(hr, cycleId, '', 19)).ids).toEqual(after);
  });

  it('answers 400 for a cursor that is not one of its own', async () => {
    const { hr, cycleId } = await launchedCycle();
    const forged = Buffer.from(JSON.stringify(['a', 'b', 'not-a-uuid'])).toString('base64url');
    for (const after of ['%00', 'not*base64', forged, Buffer.from('{}').toString('base64url')]) {
      const answer = await hr.get(`/api/review-cycles/${cycleId}/reviews?after=${after}`);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({
        code: 'validation_failed',
        fields: { after: expect.any(String) },
      });
    }
  });
});
