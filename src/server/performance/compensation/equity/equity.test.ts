import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { departments } from '../../../org/tables';
import { accessLog } from '../../../platform/audit/tables';
import { createTestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { insertTestCycle } from '../cycles/testing';
import { insertPlanningCycle, insertSnapshot, insertTestProposal } from '../proposals/testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const db = () => server.database.db;
const url = (cycleId: string, query = '') => `/api/performance/compensation/cycles/${cycleId}/equity${query}`;
const BASE = 5_000_000;

/**
 * Sixteen eligible people paid 50,000 EUR at compa-ratio 1.0 (band 40,000–50,000–60,000):
 * Engineering 7 proposed at 1 … 7 %, Sales 3 at 3 %, Operations 5 approved at 2 % and one on
 * 39,000 EUR (compa 0.78, below the band) with only a draft; one ineligible person is left out.
 */
async function fixture() {
  const org = await createTestOrganization(db());
  const organizationId = org.organizationId;
  const [hr, approver, manager, employee] = await Promise.all([
    org.addPerson({ givenName: 'Hana', familyName: 'Hr', roles: ['hr_admin'] }),
    org.addPerson({ givenName: 'Abe', familyName: 'Approver', roles: ['approver'] }),
    org.addPerson({ givenName: 'Mia', familyName: 'Manager' }),
    org.addPerson({ givenName: 'Eve', familyName: 'Employee' }),
  ]);
  const [sales, ops] = await db()
    .insert(departments)
    .values([
      { organizationId, name: 'Sales' },
      { organizationId, name: 'Operations' },
    ])
    .returning();
  const cycle = await insertPlanningCycle(db(), { organizationId });
  const add = async (
    departmentId: string,
    proposal: { pct: number; state: 'draft' | 'submitted' | 'approved' } | null,
    extra: Parameters<typeof insertSnapshot>[1] extends infer T ? Partial<T> : never = {},
    givenName = 'Pat',
  ) => {
    const person = await org.addPerson({ givenName, familyName: 'Person', withAccount: false });
    const participant = await insertSnapshot(db(), {
      organizationId,
      cycleId: cycle.id,
      personId: person.id,
      managerId: manager!.id,
      departmentId,
      levelId: org.levelId,
      baseMinor: BASE,
      compaRatio: '1.0000',
      ...extra,
    });
    if (proposal) {
      const base = participant.baseMinor!;
      await insertTestProposal(db(), {
        organizationId,
        cycleId: cycle.id,
        participantId: participant.id,
        meritPct: String(proposal.pct),
        meritNewBaseMinor: base + (base * proposal.pct) / 100,
        state: proposal.state,
        submittedAt: proposal.state === 'draft' ? null : new Date(),
        approvedAt: proposal.state === 'approved' ? new Date() : null,
      });
    }
    return person;
  };
  for (const pct of [1, 2, 3, 4, 5, 6, 7]) await add(org.departmentId, { pct, state: 'submitted' });
  for (let i = 0; i < 3; i += 1) await add(sales!.id, { pct: 3, state: 'submitted' });
  for (let i = 0; i < 5; i += 1) await add(ops!.id, { pct: 2, state: 'approved' });
  const below = await add(
    ops!.id,
    { pct: 1, state: 'draft' },
    { baseMinor: 3_900_000, compaRatio: '0.7800' },
    'Lowe',
  );
  await add(
    org.departmentId,
    { pct: 50, state: 'submitted' },
    {
      eligibility: 'ineligible',
      ruleEligibility: 'ineligible',
    },
  );
  const as = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
  return { org, cycle, hr, approver, manager, employee, below, ids: { sales: sales!.id, ops: ops!.id }, as };
}

describe('pay-equity check', () => {
  it('answers HR with figures by group, small groups withheld with a complement, and the list', async () => {
    const { cycle, hr, below, org, ids, as } = await fixture();
    const response = await (await as(hr)).get(url(cycle.id));
    expect(response.status).toBe(200);
    const body = response.body;
    expect(body).toMatchObject({ cycleState: 'planning', minGroupSize: 5, genderRecorded: false });
    expect(body.total).toEqual({
      key: null,
      name: null,
      suppressed: false,
      suppression: null,
      headcount: 16,
      proposed: 15,
      // (28 + 9 + 10) / 15 = 3.1333…; median of 1,2,2,2,2,2,2,3,3,3,3,4,5,6,7
      meanIncreasePct: '3.13',
      medianIncreasePct: '3.00',
      // (15 + 0.78) / 16 = 0.98625 → half to even; after (7.28 + 3.09 + 5.10 + 0.78) / 16
      meanCompaBefore: '0.9862',
      meanCompaAfter: '1.0156',
    });
    const department = body.dimensions.find((d: { dimension: string }) => d.dimension === 'department');
    expect(department.complementary).toBe(true);
    const byKey = Object.fromEntries(department.groups.map((g: { key: string }) => [g.key, g]));
    expect(byKey[org.departmentId]).toMatchObject({
      name: 'Engineering',
      suppressed: false,
      headcount: 7,
      proposed: 7,
      meanIncreasePct: '4.00',
      medianIncreasePct: '4.00',
      meanCompaBefore: '1.0000',
      meanCompaAfter: '1.0400',
    });
    expect(byKey[ids.sales]).toMatchObject({ suppressed: true, suppression: 'small', headcount: null });
    expect(byKey[ids.ops]).toMatchObject({
      suppressed: true,
      suppression: 'complementary',
      meanIncreasePct: null,
    });
    const level = body.dimensions.find((d: { dimension: string }) => d.dimension === 'level');
    expect(level.groups).toHaveLength(1);
    expect(level.groups[0]).toMatchObject({ headcount: 16, meanIncreasePct: '3.13', suppressed: false });
    expect(body.distribution.suppressed).toBe(false);
    expect(
      body.distribution.buckets.map((b: { before: number; after: number }) => [b.before, b.after]),
    ).toEqual([
      [1, 1],
      [0, 0],
      [0, 0],
      [15, 15],
      [0, 0],
      [0, 0],
    ]);
    expect(body.belowMinimumCount).toBe(1);
    expect(body.belowMinimum).toEqual({
      page: 1,
      pageSize: 25,
      total: 1,
      items: [
        expect.objectContaining({
          personId: below.id,
          givenName: 'Lowe',
          departmentName: 'Operations',
          newBaseMinor: 3_900_000,
          currency: 'EUR',
          bandMinMinor: 4_000_000,
          bandCurrency: 'EUR',
          proposed: false,
        }),
      ],
    });
    const logged = await db()
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, below.id), eq(accessLog.resource, 'comp_equity_below_minimum')),
      );
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ viewerAccountId: hr!.accountId, dataClass: 'compensation' });
  });

  it('gives the approval team the same groups, no names and a histogram without small counts', async () => {
    const { cycle, approver, below, as } = await fixture();
    const response = await (await as(approver)).get(url(cycle.id));
    expect(response.status).toBe(200);
    expect(response.body.total.meanIncreasePct).toBe('3.13');
    expect(response.body.belowMinimum).toBeNull();
    expect(response.body.belowMinimumCount).toBe(1);
    expect(response.body.distribution.suppressed).toBe(true);
    expect(response.body.distribution.buckets.map((b: { before: number | null }) => b.before)).toEqual([
      null,
      0,
      0,
      null,
      0,
      0,
    ]);
    expect(JSON.stringify(response.body)).not.toContain('Lowe');
    const logged = await db().select().from(accessLog).where(eq(accessLog.subjectPersonId, below.id));
    expect(logged).toHaveLength(0);
  });

  it('is not there for employees, managers, or anyone before launch; bad paging is a 400', async () => {
    const { org, cycle, hr, manager, employee, as } = await fixture();
    expect((await (await as(employee)).get(url(cycle.id))).status).toBe(404);
    expect((await (await as(manager)).get(url(cycle.id))).status).toBe(404);
    const draft = await insertTestCycle(db(), { organizationId: org.organizationId });
    const hrClient = await as(hr);
    expect((await hrClient.get(url(draft.id))).status).toBe(404);
    const bad = await hrClient.get(url(cycle.id, '?pageSize=0'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('pageSize');
  });

  it('places the new base at the frozen rate, monthly pay as twelve months, and pages the list', async () => {
    const org = await createTestOrganization(db());
    const hr = await org.addPerson({ roles: ['hr_admin'] });
    const cycle = await insertPlanningCycle(db(), {
      organizationId: org.organizationId,
      fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'Test rates', rates: { USD: '1.1' } },
    });
    // 5,000 USD a month = 60,000 USD a year = 54,545.45 EUR; +10 % → 66,000 USD = 60,000 EUR,
    // 0.9231 of a 65,000 EUR target, still below a 61,000 EUR minimum.
    for (let i = 0; i < 5; i += 1) {
      const person = await org.addPerson({ givenName: `P${i}`, familyName: 'Usd', withAccount: false });
      const participant = await insertSnapshot(db(), {
        organizationId: org.organizationId,
        cycleId: cycle.id,
        personId: person.id,
        managerId: null,
        baseMinor: 500_000,
        payCurrency: 'USD',
        payFrequency: 'monthly',
        bandMinMinor: 6_100_000,
        bandTargetMinor: 6_500_000,
        bandMaxMinor: 7_000_000,
        compaRatio: '1.0909',
      });
      await insertTestProposal(db(), {
        organizationId: org.organizationId,
        cycleId: cycle.id,
        participantId: participant.id,
        meritPct: '10',
        meritNewBaseMinor: 550_000,
        state: 'submitted',
        submittedAt: new Date(),
      });
    }
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hr.accountId!));
    const response = await client.get(url(cycle.id, '?page=2&pageSize=2'));
    expect(response.status).toBe(200);
    expect(response.body.total).toMatchObject({
      headcount: 5,
      meanIncreasePct: '10.00',
      meanCompaBefore: '1.0909',
      meanCompaAfter: '0.9231',
    });
    expect(response.body.belowMinimum.total).toBe(5);
    expect(response.body.belowMinimum.items.map((item: { givenName: string }) => item.givenName)).toEqual([
      'P2',
      'P3',
    ]);
    expect(response.body.belowMinimum.items[0]).toMatchObject({
      newBaseMinor: 550_000,
      currency: 'USD',
      payFrequency: 'monthly',
      bandMinMinor: 6_100_000,
      bandCurrency: 'EUR',
      proposed: true,
    });
  });

  it('checks a cycle of 10,000 people in one answer (its speed is a benchmark, not a test)', async () => {
    const org = await createTestOrganization(db());
    const hr = await org.addPerson({ roles: ['hr_admin'] });
    const cycle = await insertPlanningCycle(db(), { organizationId: org.organizationId });
    const organizationId = org.organizationId;
    // Ten departments, bases 40,000–59,999 EUR, two in three proposed for at 0–5.9 %.
    await db().execute(sql`
      INSERT INTO people (id, organization_id, email, given_name, family_name, job_title, hire_date)
      SELECT gen_random_uuid(), ${organizationId}, 'bulk' || n || '@bulk.test', 'Bulk', 'Person ' || n, 'Engineer', '2020-01-01'
      FROM generate_series(1, 10000) AS n`);
    await db().execute(sql`
      INSERT INTO comp_cycle_participants (organization_id, cycle_id, person_id, department_id, level_id,
        hire_date, eligibility, rule_eligibility, base_minor, pay_currency, pay_frequency, band_currency,
        band_min_minor, band_target_minor, band_max_minor, compa_ratio, eligible_days, period_days)
      SELECT ${organizationId}, ${cycle.id}, p.id, ${org.departmentId}, ${org.levelId}, '2020-01-01',
        'eligible', 'eligible', 4000000 + (n * 7919) % 2000000, 'EUR', 'annual', 'EUR',
        4000000, 5000000, 6000000, round((4000000 + (n * 7919) % 2000000) / 5000000.0, 4), 365, 365
      FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM people
            WHERE organization_id = ${organizationId} AND email LIKE '%@bulk.test') AS p`);
    await db().execute(sql`
      INSERT INTO comp_proposals (organization_id, cycle_id, participant_id, merit_input, merit_pct,
        merit_new_base_minor, state, submitted_at)
      SELECT organization_id, cycle_id, id, 'percent', (base_minor % 60) / 10.0,
        base_minor + base_minor * (base_minor % 60) / 1000, 'submitted', now()
      FROM comp_cycle_participants WHERE cycle_id = ${cycle.id} AND base_minor % 3 <> 0`);
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hr.accountId!));
    const response = await client.get(url(cycle.id));
    expect(response.status).toBe(200);
    expect(response.body.total.headcount).toBe(10_000);
  }, 60_000);
});
