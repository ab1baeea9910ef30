import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levels, organizations } from '../../../org/tables';
import { accessLog, auditEvents } from '../../../platform/audit/tables';
import { type Cast, createCast, createTestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { payRecords } from './tables';
import { insertTestBand } from './testing';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }, from: Cast = cast) =>
  new ApiClient(server.baseUrl).withSession(await from.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const api = '/api/performance/compensation';
const payOf = (personId: string) => `${api}/people/${personId}/pay`;
const recordsOf = (personId: string) => `${api}/people/${personId}/pay-records`;

const annual = (effectiveFrom: string, base: string, extra: Record<string, unknown> = {}) => ({
  effectiveFrom,
  base,
  currency: 'EUR',
  frequency: 'annual',
  jobFamily: 'Engineering',
  reason: 'merit',
  ...extra,
});

async function showPlacementToEmployees(organizationId: string, on: boolean) {
  await server.database.db
    .update(organizations)
    .set({ settings: sql`settings || jsonb_build_object('showBandPlacementToEmployees', ${on}::boolean)` })
    .where(eq(organizations.id, organizationId));
}

describe('pay records', () => {
  it('HR adds a record; the person, their manager chain and HR read it; everyone else gets 404; others’ reads are logged', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    const hr = await as(cast.hr);
    const added = await hr.post(
      recordsOf(subject.id),
      annual('2020-03-01', '72000.50', { fte: '0.8', variableTargetPercent: '12.5', note: 'Hired' }),
    );
    expect(added.status, added.text).toBe(201);
    expect(added.body).toMatchObject({
      personId: subject.id,
      baseMinor: 7_200_050,
      currency: 'EUR',
      ftePermille: 800,
      variableTargetBps: 1250,
      reason: 'merit',
      payZone: null,
      superseded: false,
    });

    const audit = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, added.body.id), eq(auditEvents.action, 'pay_record.added')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorAccountId).toBe(cast.hr.accountId);

    const own = await (await as(subject)).get(`${api}/me/pay`);
    expect(own.status, own.text).toBe(200);
    expect(own.body).toMatchObject({
      personId: subject.id,
      current: { id: added.body.id },
      placement: null,
      abilities: { addRecord: false, seePlacement: false },
    });
    expect(own.body.items.map((r: { id: string }) => r.id)).toEqual([added.body.id]);

    for (const reader of [cast.manager, cast.skip, cast.hr]) {
      const read = await (await as(reader)).get(payOf(subject.id));
      expect(read.status, read.text).toBe(200);
      expect(read.body.current.id).toBe(added.body.id);
      expect(read.body.abilities.seePlacement).toBe(true);
      expect(read.body.placement).toEqual({ status: 'no_band' });
    }
    for (const outsider of [
      cast.peer,
      cast.peerManager,
      cast.approver,
      cast.coach,
      cast.orgAdmin,
      cast.employee,
    ]) {
      const read = await (await as(outsider)).get(payOf(subject.id));
      expect(read.status).toBe(404);
      expect(read.text).not.toContain('7200050');
    }
    const other = await createCast(server.database.db);
    expect((await (await as(other.hr, other)).get(payOf(subject.id))).status).toBe(404);

    const logged = await server.database.db
      .select({
        viewer: accessLog.viewerPersonId,
        dataClass: accessLog.dataClass,
        resource: accessLog.resource,
      })
      .from(accessLog)
      .where(eq(accessLog.subjectPersonId, subject.id));
    const payReads = logged.filter((row) => row.dataClass === 'compensation' && row.resource === 'pay');
    // HR's write (a change to their record by someone else) and the three reads; never the person's own.
    expect(payReads.map((row) => row.viewer).sort()).toEqual(
      [cast.hr.id, cast.manager.id, cast.skip.id, cast.hr.id].sort(),
    );
  });

  it('only HR adds records: a manager who reads the pay gets 403, a colleague 404', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    expect(
      (await (await as(cast.manager)).post(recordsOf(subject.id), annual('2024-01-01', '1'))).status,
    ).toBe(403);
    expect((await (await as(cast.peer)).post(recordsOf(subject.id), annual('2024-01-01', '1'))).status).toBe(
      404,
    );
    expect((await (await as(subject)).post(recordsOf(subject.id), annual('2024-01-01', '1'))).status).toBe(
      403,
    );
    const stored = await server.database.db
      .select()
      .from(payRecords)
      .where(eq(payRecords.personId, subject.id));
    expect(stored).toEqual([]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    const hr = await as(cast.hr);
    const refused = async (body: Record<string, unknown>) => {
      const response = await hr.post(recordsOf(subject.id), body);
      expect(response.status, response.text).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      return response.body.error.fieldIssues as Record<string, { code: string; params?: unknown }>;
    };
    expect(await refused(annual('2024-01-01', '1000.5', { currency: 'JPY' }))).toEqual({
      base: { code: 'compensationAmountTooPrecise', params: { currency: 'JPY', places: 0 } },
    });
    expect((await refused(annual('2024-01-01', '10.0001', { currency: 'BHD' }))).base).toMatchObject({
      params: { places: 3 },
    });
    expect((await refused(annual('2024-01-01', '1000', { currency: 'XYZ' }))).currency).toEqual({
      code: 'compensationCurrencyUnknown',
      params: { currency: 'XYZ' },
    });
    expect((await refused(annual('2024-01-01', '12,000'))).base?.code).toBe('compensationAmountInvalid');
    expect((await refused(annual('2024-01-01', '0'))).base?.code).toBe('amountAboveZero');
    expect((await refused(annual('2024-01-01', '1000', { fte: '1.5' }))).fte?.code).toBe('fteInvalid');
    expect((await refused(annual('2024-01-01', '1000', { fte: '0.0005' }))).fte?.code).toBe('fteInvalid');
    expect(
      (await refused(annual('2024-01-01', '1000', { variableTargetPercent: '10.125' }))).variableTargetPercent
        ?.code,
    ).toBe('variablePercentInvalid');
    expect((await refused(annual('2024-02-30', '1000'))).effectiveFrom?.code).toBe('dateInvalid');
    expect((await refused(annual('2024-01-01', '1000', { jobFamily: '  ' }))).jobFamily?.code).toBe(
      'jobFamilyRequired',
    );
    // `import` and `cycle` records come from the import and from cycles, not from this form.
    expect(Object.keys(await refused(annual('2024-01-01', '1000', { reason: 'cycle' })))).toEqual(['reason']);
    // Beyond what a number holds exactly: refused, not rounded.
    expect((await refused(annual('2024-01-01', '90071992547409.92'))).base?.code).toBe(
      'compensationAmountUnsafe',
    );
    const stored = await server.database.db
      .select()
      .from(payRecords)
      .where(eq(payRecords.personId, subject.id));
    expect(stored).toEqual([]);
  });

  it('never overwrites history: a correction is a new record, "current" is the latest on or before today', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    const hr = await as(cast.hr);
    const add = async (body: Record<string, unknown>) => {
      const response = await hr.post(recordsOf(subject.id), body);
      expect(response.status, response.text).toBe(201);
      return response.body.id as string;
    };
    const hire = await add(annual('2021-01-01', '60000', { reason: 'hire' }));
    const raise = await add(annual('2023-04-01', '65000'));
    const future = await add(annual('2999-01-01', '99000'));
    expect((await hr.get(payOf(subject.id))).body.current.id).toBe(raise);

    // The raise was entered wrong: a correction on the same date replaces it; the wrong one stays.
    const correction = await add(annual('2023-04-01', '66000', { reason: 'correction' }));
    const pay = (await hr.get(payOf(subject.id))).body;
    expect(pay.current).toMatchObject({ id: correction, baseMinor: 6_600_000, reason: 'correction' });
    expect(pay.items.map((r: { id: string; superseded: boolean }) => [r.id, r.superseded])).toEqual([
      [future, false],
      [correction, false],
      [raise, true],
      [hire, false],
    ]);
    const stored = await server.database.db
      .select()
      .from(payRecords)
      .where(eq(payRecords.personId, subject.id));
    expect(stored.find((row) => row.id === raise)!.baseMinor).toBe(6_500_000);

    // No route changes or removes a pay record or a band version.
    const payPaths = /^\/api\/performance\/compensation\/(people\/[^/]+\/pay|me\/pay|pay-records|bands)/;
    const writes = server.routes.filter(
      (route) => payPaths.test(route.url) && ['PUT', 'PATCH', 'DELETE'].includes(route.method),
    );
    expect(server.routes.filter((route) => payPaths.test(route.url)).length).toBeGreaterThanOrEqual(7);
    expect(writes).toEqual([]);

    // Cursor pages, newest first, that do not drift when a record is added between pages.
    const first = (await hr.get(`${payOf(subject.id)}?limit=2`)).body;
    expect(first.items.map((r: { id: string }) => r.id)).toEqual([future, correction]);
    await add(annual('2022-01-01', '62000'));
    const second = (await hr.get(`${payOf(subject.id)}?limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.items.map((r: { id: string }) => r.id)).toEqual([raise, expect.any(String)]);
    const third = (await hr.get(`${payOf(subject.id)}?limit=2&cursor=${second.nextCursor}`)).body;
    expect(third.items.map((r: { id: string }) => r.id)).toEqual([hire]);
    expect(third.nextCursor).toBeNull();

    const forged = await hr.get(`${payOf(subject.id)}?cursor=${Buffer.from('["x"]').toString('base64url')}`);
    expect(forged.status).toBe(400);
    expect(forged.body.error.fieldIssues.cursor.code).toBe('listPositionInvalid');
  });
});

describe('salary bands and placement', () => {
  it('HR adds band versions and lists the current ones or every version; other roles are refused', async () => {
    const org = await createTestOrganization(server.database.db, 'Band Org');
    const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
    const hr = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hrPerson.accountId!));
    const [senior] = await server.database.db
      .insert(levels)
      .values({ organizationId: org.organizationId, code: 'IC3', name: 'Senior', rank: 3 })
      .returning();
    const band = (extra: Record<string, unknown>) => ({
      jobFamily: 'Engineering',
      levelId: org.levelId,
      currency: 'EUR',
      min: '50000',
      target: '60000',
      max: '70000',
      effectiveFrom: '2022-01-01',
      ...extra,
    });
    const first = await hr.post(`${api}/bands`, band({}));
    expect(first.status, first.text).toBe(201);
    expect(first.body).toMatchObject({
      levelCode: 'IC2',
      minMinor: 5_000_000,
      targetMinor: 6_000_000,
      maxMinor: 7_000_000,
      midpointMinor: 6_000_000,
    });
    const newer = await hr.post(
      `${api}/bands`,
      band({ min: '52000', target: null, max: '73000.01', effectiveFrom: '2023-01-01' }),
    );
    expect(newer.body).toMatchObject({ targetMinor: null, midpointMinor: 6_250_000 });
    // "engineering" is the same family; a zone makes another band.
    await hr.post(
      `${api}/bands`,
      band({ jobFamily: 'engineering', payZone: 'Berlin', effectiveFrom: '2023-06-01' }),
    );
    await hr.post(`${api}/bands`, band({ levelId: senior!.id, min: '70000', target: '', max: '90000' }));
    await hr.post(`${api}/bands`, band({ jobFamily: 'Sales', effectiveFrom: '2999-01-01' }));

    const current = (await hr.get(`${api}/bands`)).body;
    expect(current.items.map((b: { id: string }) => b.id)).toContain(newer.body.id);
    expect(
      current.items.map((b: { levelCode: string; payZone: string | null }) => `${b.levelCode}/${b.payZone}`),
    ).toEqual(['IC2/null', 'IC2/Berlin', 'IC3/null']);
    const history = (await hr.get(`${api}/bands?view=history&jobFamily=ENGINEERING&levelId=${org.levelId}`))
      .body;
    expect(history.items.map((b: { id: string; superseded: boolean }) => [b.id, b.superseded])).toEqual([
      [newer.body.id, false],
      [first.body.id, true],
      [expect.any(String), false],
    ]);
    const past = (await hr.get(`${api}/bands?asOf=2022-06-01`)).body;
    expect(past.items.map((b: { id: string }) => b.id)).toEqual([first.body.id, expect.any(String)]);

    // Keyset pages cover every version once.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await hr.get(`${api}/bands?view=history&limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).body;
      seen.push(...page.items.map((b) => b.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);

    const employee = await org.addPerson();
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(employee.accountId!));
    expect((await client.get(`${api}/bands`)).status).toBe(403);
    expect((await client.post(`${api}/bands`, band({}))).status).toBe(403);
  });

  it('refuses a band with its amounts out of order or another organisation’s level, naming the field', async () => {
    const hr = await as(cast.hr);
    const other = await createTestOrganization(server.database.db, 'Elsewhere');
    const band = (extra: Record<string, unknown>) => ({
      jobFamily: 'Design',
      levelId: cast.org.levelId,
      currency: 'USD',
      min: '100',
      max: '200',
      effectiveFrom: '2024-01-01',
      ...extra,
    });
    const fields = async (body: Record<string, unknown>) => {
      const response = await hr.post(`${api}/bands`, body);
      expect(response.status, response.text).toBe(400);
      return response.body.error.fieldIssues;
    };
    expect((await fields(band({ min: '200', max: '200' }))).max.code).toBe('bandMinBelowMax');
    expect((await fields(band({ target: '250' }))).target.code).toBe('bandTargetInside');
    expect((await fields(band({ min: '100.001' }))).min.code).toBe('compensationAmountTooPrecise');
    expect((await fields(band({ levelId: other.levelId }))).levelId.code).toBe('levelForeign');
  });

  it('places the current pay in the band: compa-ratio against the target (or midpoint), position in range, flag', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    const { db } = server.database;
    const { organizationId, levelId } = cast.org;
    const family = `Placement ${subject.id.slice(0, 6)}`;
    await insertTestBand(db, { organizationId, levelId, jobFamily: family, effectiveFrom: '2020-01-01' });
    const hr = await as(cast.hr);
    await hr.post(recordsOf(subject.id), annual('2021-01-01', '90000', { jobFamily: family }));

    const manager = await as(cast.manager);
    const placed = (await manager.get(payOf(subject.id))).body.placement;
    expect(placed).toMatchObject({
      status: 'placed',
      annualBaseMinor: 9_000_000,
      compaRatio: { decimal: '0.9000', value: 0.9 },
      positionInRange: { decimal: '0.2500', value: 0.25 },
      flag: 'within',
      band: { jobFamily: family, minMinor: 8_000_000, targetMinor: 10_000_000, maxMinor: 12_000_000 },
    });

    // A monthly base compares as twelve months; below the minimum is flagged.
    await hr.post(
      recordsOf(subject.id),
      annual('2022-01-01', '6000', { jobFamily: family, frequency: 'monthly' }),
    );
    expect((await manager.get(payOf(subject.id))).body.placement).toMatchObject({
      annualBaseMinor: 7_200_000,
      positionInRange: { decimal: '-0.2000' },
      flag: 'below_min',
    });
    // Another currency is not compared without a cycle's rates; an hourly rate is not either.
    await hr.post(
      recordsOf(subject.id),
      annual('2023-01-01', '90000', { jobFamily: family, currency: 'USD' }),
    );
    expect((await manager.get(payOf(subject.id))).body.placement.status).toBe('currency_differs');
    await hr.post(
      recordsOf(subject.id),
      annual('2023-06-01', '55', { jobFamily: family, frequency: 'hourly' }),
    );
    expect((await manager.get(payOf(subject.id))).body.placement.status).toBe('hourly');

    // The person sees their placement only once the organisation shows it.
    await hr.post(recordsOf(subject.id), annual('2024-01-01', '130000', { jobFamily: family }));
    const self = await as(subject);
    expect((await self.get(`${api}/me/pay`)).body.placement).toBeNull();
    await showPlacementToEmployees(organizationId, true);
    try {
      const own = (await self.get(`${api}/me/pay`)).body;
      expect(own.abilities.seePlacement).toBe(true);
      expect(own.placement).toMatchObject({
        status: 'placed',
        flag: 'above_max',
        compaRatio: { decimal: '1.3000' },
      });
    } finally {
      await showPlacementToEmployees(organizationId, false);
    }
  });
});
