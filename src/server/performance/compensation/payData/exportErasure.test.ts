import { eq, inArray, sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../../org/tables';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { compBands, payRecords } from './tables';
import { insertTestBand, insertTestPayRecord } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const as = async (cast: Cast, person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** The JSON files of a person's "Download my data" archive, by name. */
async function ownExport(cast: Cast, person: { accountId: string | null }): Promise<Record<string, unknown>> {
  const session = await cast.org.sessionFor(person.accountId!);
  const response = await fetch(`${server.baseUrl}/api/me/export`, {
    headers: { cookie: `trellis_session=${session.token}` },
  });
  expect(response.status).toBe(200);
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.json'))
      .map(([name, bytes]) => [name.split('/').at(-1)!, JSON.parse(strFromU8(bytes))]),
  );
}

describe('pay in the personal export', () => {
  it('holds every pay record of the person, and their placement only when the organisation shows it', async () => {
    const cast = await createCast(server.database.db);
    const { db } = server.database;
    const { organizationId, levelId } = cast.org;
    await insertTestBand(db, { organizationId, levelId, effectiveFrom: '2020-01-01' });
    const first = await insertTestPayRecord(db, { organizationId, personId: cast.employee.id });
    const correction = await insertTestPayRecord(db, {
      organizationId,
      personId: cast.employee.id,
      baseMinor: 9_100_000,
      reason: 'correction',
    });
    await insertTestPayRecord(db, { organizationId, personId: cast.employee2.id, baseMinor: 4_242_424 });

    const files = await ownExport(cast, cast.employee);
    const records = files['pay-records.json'] as { id: string; superseded: boolean; baseMinor: number }[];
    expect(records.map((r) => [r.id, r.superseded])).toEqual([
      [first.id, true],
      [correction.id, false],
    ]);
    expect(JSON.stringify(files)).not.toContain('4242424');
    expect(files['band-placement.json']).toBeUndefined();

    await db
      .update(organizations)
      .set({ settings: sql`settings || '{"showBandPlacementToEmployees": true}'::jsonb` })
      .where(eq(organizations.id, organizationId));
    const withPlacement = await ownExport(cast, cast.employee);
    expect(withPlacement['band-placement.json']).toEqual([
      expect.objectContaining({ status: 'placed', annualBaseMinor: 9_100_000, flag: 'within' }),
    ]);
  });
});

describe('pay in an erasure', () => {
  it('keeps the person’s pay records for the retention period without the note, and forgets who entered others’', async () => {
    const cast = await createCast(server.database.db);
    const { db } = server.database;
    const { organizationId, levelId } = cast.org;
    const leaver = await cast.org.addPerson({ managerId: cast.manager.id, roles: ['hr_admin'] });
    const own = await insertTestPayRecord(db, {
      organizationId,
      personId: leaver.id,
      note: 'Negotiated at offer',
    });
    // As HR, the leaver entered a colleague's pay and a band: those stay the organisation's.
    const entered = await insertTestPayRecord(db, {
      organizationId,
      personId: cast.employee.id,
      createdByAccountId: leaver.accountId,
    });
    const band = await insertTestBand(db, { organizationId, levelId, createdByAccountId: leaver.accountId });

    const hr = await as(cast, cast.hr);
    const today = new Date().toISOString().slice(0, 10);
    const { body: person } = await hr.get(`/api/people/${leaver.id}`);
    expect(
      (await hr.post(`/api/people/${leaver.id}/deactivate`, { terminatedOn: today, version: person.version }))
        .status,
    ).toBe(200);
    const plan = await hr.get(`/api/people/${leaver.id}/erasure-plan`);
    expect(plan.status, plan.text).toBe(200);
    const payLines = plan.body.lines.filter((line: { domain: string }) => line.domain === 'pay');
    expect(
      payLines.map((line: { kind: string; action: string; rows: number }) => [
        line.kind,
        line.action,
        line.rows,
      ]),
    ).toEqual([
      ['Their pay records', 'anonymise', 1],
      ['Pay records they entered for others', 'anonymise', 1],
      ['Salary band versions they entered', 'anonymise', 1],
    ]);
    const requested = await hr.post(`/api/people/${leaver.id}/erasure-requests`, {
      reference: 'ERASE-PAY-1',
      reason: 'Written request to erase.',
    });
    expect(requested.status, requested.text).toBe(201);
    const second = await cast.org.addPerson({ roles: ['hr_admin'] });
    const approved = await (await as(cast, second)).post(
      `/api/erasure-requests/${requested.body.id}/approve`,
      {},
    );
    expect(approved.status, approved.text).toBe(200);

    const kept = await db
      .select()
      .from(payRecords)
      .where(inArray(payRecords.id, [own.id, entered.id]));
    expect(kept.find((r) => r.id === own.id)).toMatchObject({
      personId: leaver.id,
      baseMinor: own.baseMinor,
      effectiveFrom: own.effectiveFrom,
      note: '',
      createdByAccountId: null,
    });
    expect(kept.find((r) => r.id === entered.id)).toMatchObject({
      personId: cast.employee.id,
      note: entered.note,
      createdByAccountId: null,
    });
    const [bandAfter] = await db.select().from(compBands).where(eq(compBands.id, band.id));
    expect(bandAfter).toMatchObject({ minMinor: band.minMinor, createdByAccountId: null });
  });
});
