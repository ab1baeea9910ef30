import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { levels, people } from '../../../org/tables';
import { auditEvents } from '../../../platform/audit/tables';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { type compCycleParticipants, compCycles } from '../cycles/tables';
import { insertTestCycle } from '../cycles/testing';
import { payRecords } from '../payData/tables';
import { insertTestBand, insertTestPayRecord } from '../payData/testing';
import type { compProposals } from '../proposals/tables';
import { insertSnapshot, insertTestProposal } from '../proposals/testing';
import { outcomeOf, outcomesOfCycle, outcomeVisibleToEmployee } from './outcome';
import { payrollCsv, payrollLineOf, payrollXlsx } from './payroll';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const api = '/api/performance/compensation';
const db = () => server.database.db;
const sessionOf = (person: { accountId: string | null }) => cast.org.sessionFor(person.accountId!);
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await sessionOf(person));
const approved = { state: 'approved' as const, submittedAt: new Date(), approvedAt: new Date() };

/**
 * An approved cycle (effective 2026-01-01) with four participants:
 * - Eli Employee, EUR 54,321.00, 0.8 FTE and a 10 % variable target: merit 3.5 % → 56,222.24;
 * - Ema Employee, JPY 6,000,000: promoted to a new level (band 6–8 M JPY) at 6,500,000 plus a market
 *   adjustment of 50,000 and a bonus of 200,000;
 * - Mia Manager, EUR 70,000.00: approved with only a bonus of 1,000.00 (no new base);
 * - Pia Peer: submitted, not approved — nothing.
 */
async function approvedCycle(values: Partial<typeof compCycles.$inferInsert> = {}) {
  const organizationId = cast.org.organizationId;
  const cycle = await insertTestCycle(db(), {
    organizationId,
    name: `Merit ${Math.random().toString(36).slice(2, 8)}`,
    state: 'approved',
    launchedAt: new Date(),
    fxFrozenAt: new Date(),
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    effectiveDate: '2026-01-01',
    visibilityDate: '2099-12-31',
    fxTable: { base: 'EUR', asOf: '2025-12-01', source: 'Test rates', rates: { JPY: '160' } },
    ...values,
  });
  const [senior] = await db()
    .insert(levels)
    .values({
      organizationId,
      code: `S${Math.random().toString(36).slice(2, 6)}`,
      name: 'Senior engineer',
      rank: 3,
    })
    .returning();
  const band = await insertTestBand(db(), {
    organizationId,
    levelId: senior!.id,
    currency: 'JPY',
    minMinor: 6_000_000,
    targetMinor: 7_000_000,
    maxMinor: 8_000_000,
  });
  const snapshot = (personId: string, extra: Partial<typeof compCycleParticipants.$inferInsert>) =>
    insertSnapshot(db(), { organizationId, cycleId: cycle.id, personId, managerId: null, ...extra });
  const eli = await snapshot(cast.employee.id, {});
  const ema = await snapshot(cast.employee2.id, {
    baseMinor: 6_000_000,
    payCurrency: 'JPY',
    bandCurrency: 'JPY',
    bandMinMinor: 5_000_000,
    bandTargetMinor: 6_000_000,
    bandMaxMinor: 7_000_000,
  });
  const mia = await snapshot(cast.manager.id, { baseMinor: 7_000_000 });
  const pia = await snapshot(cast.peer.id, {});
  const proposal = (participantId: string, extra: Partial<typeof compProposals.$inferInsert>) =>
    insertTestProposal(db(), { organizationId, cycleId: cycle.id, participantId, ...extra });
  await proposal(eli.id, approved);
  await proposal(ema.id, {
    ...approved,
    meritInput: null,
    meritPct: null,
    meritNewBaseMinor: null,
    promotionLevelId: senior!.id,
    promotionBandId: band.id,
    promotionNewBaseMinor: 6_500_000,
    marketMinor: 50_000,
    bonusMinor: 200_000,
  });
  await proposal(mia.id, {
    ...approved,
    meritInput: null,
    meritPct: null,
    meritNewBaseMinor: null,
    bonusMinor: 100_000,
  });
  await proposal(pia.id, { state: 'submitted', submittedAt: new Date() });
  return { cycle, senior: senior!, eli, ema, mia, pia };
}

const cycleRecords = (cycleId: string) =>
  db().select().from(payRecords).where(eq(payRecords.compCycleId, cycleId));

async function release(cycleId: string) {
  const [row] = await db().select().from(compCycles).where(eq(compCycles.id, cycleId));
  const hr = await as(cast.hr);
  return hr.post(`${api}/cycles/${cycleId}/transitions`, { to: 'released', version: row!.version });
}

describe('releasing a cycle', () => {
  it('writes one new pay record per approved change, at the effective date, keeping FTE and variable target; audited once', async () => {
    const organizationId = cast.org.organizationId;
    await insertTestPayRecord(db(), {
      organizationId,
      personId: cast.employee.id,
      baseMinor: 5_432_100,
      ftePermille: 800,
      variableTargetBps: 1000,
      payZone: 'North',
    });
    const { cycle, senior } = await approvedCycle();
    const hr = await as(cast.hr);
    const summary = await hr.get(`${api}/cycles/${cycle.id}/release`);
    expect(summary.status, summary.text).toBe(200);
    expect(summary.body).toMatchObject({
      approved: 3,
      payChanges: 2,
      promotions: 1,
      bonuses: 2,
      payrollAvailable: true,
    });

    const released = await release(cycle.id);
    expect(released.status, released.text).toBe(200);
    const records = await cycleRecords(cycle.id);
    expect(records).toHaveLength(2);
    const eli = records.find((r) => r.personId === cast.employee.id)!;
    expect(eli).toMatchObject({
      baseMinor: 5_622_224,
      currency: 'EUR',
      frequency: 'annual',
      effectiveFrom: '2026-01-01',
      ftePermille: 800,
      variableTargetBps: 1000,
      payZone: 'North',
      reason: 'cycle',
      createdByAccountId: cast.hr.accountId,
    });
    const ema = records.find((r) => r.personId === cast.employee2.id)!;
    expect(ema).toMatchObject({ baseMinor: 6_550_000, currency: 'JPY', effectiveFrom: '2026-01-01' });
    // Reporting data is not changed by a release: the promotion's level stays on the proposal.
    const [person] = await db().select().from(people).where(eq(people.id, cast.employee2.id));
    expect(person!.levelId).not.toBe(senior.id);
    const events = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, cycle.id), eq(auditEvents.action, 'comp_cycle.released')));
    expect(events).toHaveLength(1);
    expect(events[0]!.after).toMatchObject({ approved: 3, payRecords: 2, promotions: 1, bonuses: 2 });
  });

  it('a sandbox never releases and writes nothing; a cycle not yet approved cannot release', async () => {
    const { cycle } = await approvedCycle({ sandbox: true });
    const refused = await release(cycle.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invalid_state');
    expect(await cycleRecords(cycle.id)).toHaveLength(0);
    const { cycle: inReview } = await approvedCycle({ state: 'review' });
    expect((await release(inReview.id)).status).toBe(409);
    expect(await cycleRecords(inReview.id)).toHaveLength(0);
  });
});

describe('what the employee sees', () => {
  it('nothing of the cycle before its visibility date — their manager and HR see it; from the date on, the employee too', async () => {
    const { cycle } = await approvedCycle();
    expect((await release(cycle.id)).status).toBe(200);
    const [record] = (await cycleRecords(cycle.id)).filter((r) => r.personId === cast.employee.id);
    const mine = await (await as(cast.employee)).get(`${api}/me/pay?limit=50`);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).not.toContain(record!.id);
    expect(mine.body.current?.compCycleId ?? null).not.toBe(cycle.id);
    expect(mine.text).not.toContain(cycle.id);
    const own = await (await as(cast.employee)).get(`${api}/people/${cast.employee.id}/pay?limit=50`);
    expect(own.text).not.toContain(cycle.id);
    for (const reader of [cast.manager, cast.hr]) {
      const seen = await (await as(reader)).get(`${api}/people/${cast.employee.id}/pay?limit=50`);
      expect(seen.status, seen.text).toBe(200);
      expect(seen.body.items.map((r: { id: string }) => r.id)).toContain(record!.id);
    }

    await db().update(compCycles).set({ visibilityDate: '2026-01-02' }).where(eq(compCycles.id, cycle.id));
    const after = await (await as(cast.employee)).get(`${api}/me/pay?limit=50`);
    expect(after.body.items.map((r: { id: string }) => r.id)).toContain(record!.id);
  });
});

describe('outcomes and the payroll export', () => {
  it('presents each approved participant’s outcome exactly', async () => {
    const { cycle, ema, pia } = await approvedCycle();
    const { items } = await outcomesOfCycle(db(), { cycleId: cycle.id, limit: 10 });
    expect(items.map((o) => `${o.givenName} ${o.familyName}`)).toEqual([
      'Eli Employee',
      'Ema Employee',
      'Mia Manager',
    ]);
    expect(items[0]).toMatchObject({
      oldBaseMinor: 5_432_100,
      newBaseMinor: 5_622_224,
      increasePercent: '3.50',
      meritPercent: '3.50',
      baseChanged: true,
      promotion: null,
      placementAfter: { compaRatio: '1.1244' },
    });
    const promoted = await outcomeOf(db(), {
      organizationId: cast.org.organizationId,
      participantId: ema.id,
    });
    expect(promoted).toMatchObject({
      currency: 'JPY',
      newBaseMinor: 6_550_000,
      changeMinor: 550_000,
      increasePercent: '9.17',
      meritPercent: null,
      marketMinor: 50_000,
      bonusMinor: 200_000,
      promotion: { levelName: 'Senior engineer', band: { currency: 'JPY', minMinor: 6_000_000 } },
      placementAfter: { compaRatio: '0.9357' },
      cycleName: cycle.name,
      effectiveDate: '2026-01-01',
    });
    expect(
      await outcomeOf(db(), { organizationId: cast.org.organizationId, participantId: pia.id }),
    ).toBeNull();
    // Approved, not released: never the employee's; released, from the visibility date on.
    expect(outcomeVisibleToEmployee(promoted!, '2100-01-01')).toBe(false);
    const released = { cycleState: 'released', visibilityDate: '2026-02-01' };
    expect(outcomeVisibleToEmployee(released, '2026-01-31')).toBe(false);
    expect(outcomeVisibleToEmployee(released, '2026-02-01')).toBe(true);
    const firstPage = await outcomesOfCycle(db(), { cycleId: cycle.id, limit: 2 });
    const secondPage = await outcomesOfCycle(db(), {
      cycleId: cycle.id,
      limit: 2,
      cursor: firstPage.nextCursor,
    });
    expect(secondPage.items.map((o) => o.givenName)).toEqual(['Mia']);
    expect(secondPage.nextCursor).toBeNull();
  });

  it('CSV and XLSX list each change in its currency’s digits, for HR only and only once decided', async () => {
    const { cycle } = await approvedCycle();
    await db().update(people).set({ employeeId: 'E-100' }).where(eq(people.id, cast.employee.id));
    const hr = await as(cast.hr);
    const csv = await hr.get(`${api}/cycles/${cycle.id}/payroll.csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="payroll-Merit-\w+\.csv"/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toEqual([
      'Employee number,Family name,Given name,Department,Currency,Pay frequency,Old base,New base,Change,Increase %,Bonus,Market adjustment,Promotion level,Effective date',
      'E-100,Employee,Eli,Engineering,EUR,annual,54321.00,56222.24,1901.24,3.50,0.00,0.00,,2026-01-01',
      ',Employee,Ema,Engineering,JPY,annual,6000000,6550000,550000,9.17,200000,50000,Senior engineer,2026-01-01',
      ',Manager,Mia,Engineering,EUR,annual,70000.00,70000.00,0.00,0.00,1000.00,0.00,,2026-01-01',
    ]);

    const session = await sessionOf(cast.hr);
    const response = await fetch(`${server.baseUrl}${api}/cycles/${cycle.id}/payroll.xlsx`, {
      headers: { cookie: `trellis_session=${session.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(7).value).toBe('Old base');
    const eli = sheet.getRow(2);
    expect([eli.getCell(1).value, eli.getCell(7).value, eli.getCell(8).value, eli.getCell(10).value]).toEqual(
      ['E-100', 54321, 56222.24, 3.5],
    );
    expect(eli.getCell(8).numFmt).toBe('0.00');
    const ema = sheet.getRow(3);
    expect([
      ema.getCell(5).value,
      ema.getCell(8).value,
      ema.getCell(8).numFmt,
      ema.getCell(13).value,
    ]).toEqual(['JPY', 6550000, '0', 'Senior engineer']);

    // Each download is in the audit trail: format and line count, never the lines.
    const exports = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, cycle.id), eq(auditEvents.action, 'export.payroll')));
    expect(exports.map((event) => event.after)).toEqual(
      expect.arrayContaining([
        { format: 'csv', rows: 3 },
        { format: 'xlsx', rows: 3 },
      ]),
    );
    for (const other of [cast.employee, cast.manager, cast.approver]) {
      expect((await (await as(other)).get(`${api}/cycles/${cycle.id}/payroll.csv`)).status).toBe(404);
      expect((await (await as(other)).get(`${api}/cycles/${cycle.id}/release`)).status).toBe(404);
    }
    const { cycle: planning } = await approvedCycle({ state: 'planning' });
    const early = await hr.get(`${api}/cycles/${planning.id}/payroll.csv`);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/approved/);
  });

  it('a text cell a spreadsheet would run as a formula is defused', () => {
    const line = payrollLineOf({
      participantId: 'p',
      personId: 'x',
      employeeId: '=cmd',
      givenName: 'A, "B"',
      familyName: '@Sum',
      departmentName: null,
      cycleId: 'c',
      cycleName: 'n',
      cycleState: 'approved',
      effectiveDate: '2026-01-01',
      visibilityDate: '2026-01-01',
      currency: 'BHD',
      payFrequency: 'monthly',
      oldBaseMinor: 1_000_000,
      newBaseMinor: 1_050_000,
      changeMinor: 50_000,
      increasePercent: '5.00',
      meritPercent: '5.00',
      marketMinor: 0,
      bonusMinor: 0,
      promotion: null,
      baseChanged: true,
      placementAfter: null,
    });
    expect(payrollCsv([line]).split('\r\n')[1]).toBe(
      '\'=cmd,\'@Sum,"A, ""B""",,BHD,monthly,1000.000,1050.000,50.000,5.00,0.000,0.000,,2026-01-01',
    );
    return payrollXlsx([line], 'Cycle: 2026/1').then((buffer) => expect(buffer.length).toBeGreaterThan(1000));
  });
});
