import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../../../../contracts/import';
import { levels, people } from '../../../../org/tables';
import { accessLog, auditEvents } from '../../../../platform/audit/tables';
import { createTestOrganization, type TestOrganization } from '../../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../../testing/http';
import { compBands, payRecords } from '../tables';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const api = '/api/performance/compensation';

/** An organisation of its own with an HR admin, two people (one with an employee id) and a level. */
async function setUp() {
  const org: TestOrganization = await createTestOrganization(server.database.db, 'Pay Import Org');
  const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
  const ada = await org.addPerson({ givenName: 'Ada' });
  const bo = await org.addPerson({ givenName: 'Bo' });
  await server.database.db.update(people).set({ employeeId: 'E-200' }).where(eq(people.id, bo.id));
  const hr = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hrPerson.accountId!));
  const employee = new ApiClient(server.baseUrl).withSession(await org.sessionFor(ada.accountId!));
  return { org, hrPerson, ada, bo, hr, employee };
}

const storedPay = (personIds: string[]) =>
  server.database.db.select().from(payRecords).where(inArray(payRecords.personId, personIds));

const errorsOf = (report: ImportReport) =>
  report.rows.flatMap((row) => row.errors.map((e) => `${row.line}:${e.field}:${e.code}`));

describe('pay import', () => {
  it('checks every row on a dry run and writes nothing; applying writes each row once, audited and logged', async () => {
    const { ada, bo, hr, hrPerson } = await setUp();
    const csv = [
      'email,employee_id,effective_from,base,currency,frequency,fte,variable_target_percent,job_family,pay_zone,note',
      `${ada.email},,2024-01-01,85000.50,EUR,annual,0.8,10,Engineering,Berlin,Hired in`,
      `,E-200,2024-01-01,650000,JPY,Monthly,,,Sales,,`,
    ].join('\n');

    const dry = await hr.post(`${api}/pay-records/import`, { csv, dryRun: true });
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toMatchObject({ created: 2, updated: 0, invalid: 0, applied: false });
    expect(dry.body.rows.map((r: { email: string }) => r.email)).toEqual([ada.email, 'E-200']);
    expect(await storedPay([ada.id, bo.id])).toEqual([]);

    const applied = await hr.post(`${api}/pay-records/import`, { csv });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({ created: 2, applied: true });
    const stored = await storedPay([ada.id, bo.id]);
    expect(
      stored.map((r) => [
        r.personId,
        r.baseMinor,
        r.currency,
        r.frequency,
        r.ftePermille,
        r.variableTargetBps,
        r.payZone,
        r.reason,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [ada.id, 8_500_050, 'EUR', 'annual', 800, 1000, 'Berlin', 'import'],
        [bo.id, 650_000, 'JPY', 'monthly', 1000, null, null, 'import'],
      ]),
    );
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        inArray(
          auditEvents.targetId,
          stored.map((r) => r.id),
        ),
      );
    expect(events.map((e) => e.action)).toEqual(['pay_record.imported', 'pay_record.imported']);
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.viewerPersonId, hrPerson.id), eq(accessLog.dataClass, 'compensation')));
    expect(logged.map((row) => row.subjectPersonId)).toEqual(expect.arrayContaining([ada.id, bo.id]));
  });

  it('is all or nothing: one bad row refuses the file with a report naming each line and column', async () => {
    const { ada, bo, hr } = await setUp();
    const csv = [
      'email,employee_id,effective_from,base,currency,frequency,fte,job_family',
      `${ada.email},,2024-01-01,70000,EUR,annual,1,Engineering`, // valid, not written either
      `${bo.email},,2024-01-01,1000.5,JPY,annual,1,Engineering`, // yen have no decimals
      `${bo.email},,2024-02-01,1000.001,USD,annual,1,Engineering`, // cents, not mills
      `${bo.email},,2024-03-01,1000,ABC,annual,1,Engineering`, // no such currency
      `${bo.email},,2024-04-31,1000,EUR,yearly,1.2,`, // no 31 April, unknown frequency, FTE, family
      `nobody@example.test,E-999,2024-01-01,1000,EUR,annual,1,Engineering`, // unknown person
      `${ada.email},E-200,2024-05-01,1000,EUR,annual,1,Engineering`, // two different people
      `,,2024-01-01,1000,EUR,annual,1,Engineering`, // nobody named
      `${ada.email},,2024-01-01,71000,EUR,annual,1,Engineering`, // same person and date as line 2
    ].join('\n');
    const refused = await hr.post(`${api}/pay-records/import`, { csv });
    expect(refused.status, refused.text).toBe(422);
    expect(refused.body.error.code).toBe('import_invalid');
    const report: ImportReport = refused.body.error.report;
    expect(report).toMatchObject({ applied: false, invalid: 8, created: 1 });
    expect(errorsOf(report)).toEqual([
      '3:base:compensationAmountTooPrecise',
      '4:base:compensationAmountTooPrecise',
      '5:currency:compensationCurrencyUnknown',
      '6:effective_from:dateInvalid',
      '6:frequency:frequencyInvalid',
      '6:fte:fteInvalid',
      '6:job_family:jobFamilyRequired',
      '7:email:importPersonEmailUnknown',
      '7:employee_id:importPersonIdUnknown',
      '8:employee_id:importPersonMismatch',
      '9:email:importPersonRequired',
      '10:effective_from:importSamePayDate',
    ]);
    const tooPrecise = report.rows.find((row) => row.line === 3)!.errors[0]!;
    expect(tooPrecise.params).toEqual({ currency: 'JPY', places: 0 });
    expect(report.rows.find((row) => row.line === 10)!.errors[0]!.params).toEqual({ line: 2 });
    expect(await storedPay([ada.id, bo.id])).toEqual([]);
  });

  it('refuses a file whose header is wrong, naming the column', async () => {
    const { hr } = await setUp();
    const refused = async (csv: string) => {
      const response = await hr.post(`${api}/pay-records/import`, { csv });
      expect(response.status, response.text).toBe(422);
      return errorsOf(response.body.error.report);
    };
    expect(
      await refused('email,effective_from,base,currency,frequency,job_family,bonus\nx,y,z,a,b,c,d'),
    ).toEqual(['1:bonus:importUnknownColumn']);
    expect(await refused('email,effective_from,base,frequency,job_family\nx,y,z,a,b')).toEqual([
      '1:currency:importColumnRequired',
    ]);
    expect(
      await refused('effective_from,base,currency,frequency,job_family\n2024-01-01,1,EUR,annual,X'),
    ).toEqual(['1:email:importPersonRequired']);
    expect(await refused('email,effective_from,base,currency,frequency,job_family\n')).toEqual([
      '1:file:importNoRows',
    ]);
  });

  it('writes nothing for a row already on file; a changed row is a correction and the old record stays', async () => {
    const { ada, hr } = await setUp();
    const header = 'email,effective_from,base,currency,frequency,job_family';
    const first = `${header}\n${ada.email},2024-01-01,70000,EUR,annual,Engineering\n`;
    expect((await hr.post(`${api}/pay-records/import`, { csv: first })).status).toBe(200);

    const again = await hr.post(`${api}/pay-records/import`, { csv: first });
    expect(again.body).toMatchObject({ created: 0, updated: 1, applied: true });
    expect(again.body.rows[0]).toMatchObject({ status: 'update', changes: [] });
    expect(await storedPay([ada.id])).toHaveLength(1);

    const changed = `${header}\n${ada.email},2024-01-01,72000,EUR,annual,Engineering\n`;
    const corrected = await hr.post(`${api}/pay-records/import`, { csv: changed });
    expect(corrected.body.rows[0]).toMatchObject({ status: 'update', changes: ['base'] });
    const stored = await storedPay([ada.id]);
    expect(stored.map((r) => [r.baseMinor, r.reason]).sort()).toEqual([
      [7_000_000, 'import'],
      [7_200_000, 'correction'],
    ]);
    const pay = (await hr.get(`${api}/people/${ada.id}/pay`)).body;
    expect(pay.current.baseMinor).toBe(7_200_000);
  });

  it('is for HR admins only', async () => {
    const { ada, employee } = await setUp();
    const csv = `email,effective_from,base,currency,frequency,job_family\n${ada.email},2024-01-01,1,EUR,annual,X\n`;
    expect((await employee.post(`${api}/pay-records/import`, { csv, dryRun: true })).status).toBe(403);
    expect((await employee.post(`${api}/bands/import`, { csv: 'x', dryRun: true })).status).toBe(403);
  });
});

describe('band import', () => {
  it('resolves levels by code, checks amounts exactly and in order, and applies all or nothing', async () => {
    const { org, hr } = await setUp();
    const header = 'job_family,level,pay_zone,currency,min,target,max,effective_from';
    const bad = [
      header,
      'Engineering,IC2,,EUR,60000,70000,80000,2024-01-01',
      'Engineering,IC9,,EUR,60000,70000,80000,2024-01-01', // no such level
      'Engineering,ic2,Berlin,KWD,60000.0005,,80000,2024-01-01', // dinars have three decimals
      'Engineering,IC2,Munich,EUR,80000,,80000,2024-01-01', // min not below max
      'Engineering,IC2,Paris,EUR,60000,90000,80000,2024-01-01', // target outside
      'engineering,IC2,,EUR,61000,,81000,2024-01-01', // same band and date as line 2
    ].join('\n');
    const refused = await hr.post(`${api}/bands/import`, { csv: bad });
    expect(refused.status, refused.text).toBe(422);
    const report: ImportReport = refused.body.error.report;
    expect(errorsOf(report)).toEqual([
      '3:level:importUnknownLevel',
      '4:min:compensationAmountTooPrecise',
      '5:max:bandMinBelowMax',
      '6:target:bandTargetInside',
      '7:effective_from:importSameBand',
    ]);
    expect(report.rows[1]!.errors[0]!.params).toEqual({ level: 'IC9', levels: 'IC2' });
    expect(report.rows[0]!.email).toBe('Engineering IC2');
    const stored = () =>
      server.database.db.select().from(compBands).where(eq(compBands.organizationId, org.organizationId));
    expect(await stored()).toEqual([]);

    await server.database.db
      .insert(levels)
      .values({ organizationId: org.organizationId, code: 'IC3', name: 'Senior', rank: 3 });
    const good = [
      header,
      'Engineering,IC2,,EUR,60000,70000,80000,2024-01-01',
      'Engineering,ic3,Berlin,KWD,60000.125,,80000,2024-01-01',
    ].join('\n');
    const applied = await hr.post(`${api}/bands/import`, { csv: good });
    expect(applied.status, applied.text).toBe(200);
    expect(applied.body).toMatchObject({ created: 2, applied: true });
    expect((await stored()).map((b) => [b.currency, b.minMinor, b.targetMinor, b.maxMinor]).sort()).toEqual([
      ['EUR', 6_000_000, 7_000_000, 8_000_000],
      ['KWD', 60_000_125, null, 80_000_000],
    ]);

    // The same file again writes nothing; a changed maximum is a new version from the same date.
    const again = await hr.post(`${api}/bands/import`, { csv: good });
    expect(again.body).toMatchObject({ created: 0, updated: 2 });
    expect(await stored()).toHaveLength(2);
    const raised = await hr.post(`${api}/bands/import`, {
      csv: `${header}\nENGINEERING,IC2,,EUR,60000,70000,85000,2024-01-01\n`,
    });
    expect(raised.body.rows[0]).toMatchObject({ status: 'update', changes: ['max'] });
    expect(await stored()).toHaveLength(3);
    const current = (await hr.get(`${api}/bands?levelId=${org.levelId}`)).body.items;
    expect(current.map((b: { maxMinor: number }) => b.maxMinor)).toEqual([8_500_000]);
  });
});
