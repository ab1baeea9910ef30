import { inflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../../platform/audit/tables';
import { accounts } from '../../../platform/auth/tables';
import { pdfText } from '../../../platform/pdf/testing';
import { type Cast, createCast } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { compCycles } from '../cycles/tables';
import { insertApprovedOutcome, insertReleasedCycle } from './testing';

let server: TestServer;
let cast: Cast;
const db = () => server.database.db;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** A binary download: status, type and bytes. */
async function download(person: { accountId: string | null }, path: string) {
  const session = await cast.org.sessionFor(person.accountId!);
  const response = await fetch(server.baseUrl + path, {
    headers: { cookie: `trellis_session=${session.token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** The text of a compressed PDF: each content stream inflated, then read as `pdfText` reads. */
function compressedPdfText(pdf: Buffer): string {
  const source = pdf.toString('latin1');
  const parts: string[] = [];
  for (const match of source.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = source.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // Not a deflated stream (fonts of the built-in set have none).
    }
  }
  return pdfText(Buffer.from(parts.join('\n'), 'latin1')).replace(/\u00a0/g, ' ');
}

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(db());
});
afterAll(() => server.close());

const api = '/api/performance/compensation';

describe('letter template', () => {
  it('HR reads the default, saves with a version check and previews; others are refused', async () => {
    const hr = await as(cast.hr);
    const initial = await hr.get(`${api}/letter-templates/de`);
    expect(initial.status, initial.text).toBe(200);
    expect(initial.body).toMatchObject({ language: 'de', version: 0, isDefault: true });
    expect(initial.body.mergeFields).toContain('bandPlacement');

    const unknown = await hr.put(`${api}/letter-templates/de`, {
      version: 0,
      title: 'Gehalt',
      body: 'Neu: {{newBase}}\nGehalt: {{salary}}',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fieldIssues.body).toEqual({
      code: 'letterMergeFieldUnknown',
      params: { name: 'salary' },
    });

    const text = {
      title: 'Ihr Gehalt ab {{effectiveDate}}',
      body: 'Hallo {{givenName}},\n\nNeu: {{newBase}}',
    };
    const saved = await hr.put(`${api}/letter-templates/de`, { version: 0, ...text });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ version: 1, isDefault: false, ...text });
    const stale = await hr.put(`${api}/letter-templates/de`, { version: 0, ...text });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    expect(stale.body.error.message).toContain('(1)');

    const preview = await hr.post(`${api}/letter-templates/preview`, { language: 'de', ...text });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    const badPreview = await hr.post(`${api}/letter-templates/preview`, {
      language: 'en',
      title: '{{x}}',
      body: 'b',
    });
    expect(badPreview.status).toBe(400);
    expect(badPreview.body.error.fieldIssues.title).toMatchObject({ params: { name: 'x' } });

    for (const person of [cast.employee, cast.manager, cast.orgAdmin, cast.approver]) {
      const client = await as(person);
      expect((await client.get(`${api}/letter-templates/en`)).status).toBe(403);
      expect((await client.put(`${api}/letter-templates/en`, { version: 0, ...text })).status).toBe(403);
    }
  });
});

describe('letters', () => {
  it('the employee sees no letter before the visibility date, and their own in their language after', async () => {
    const cycle = await insertReleasedCycle(db(), {
      organizationId: cast.org.organizationId,
      name: 'Merit 2030',
      visibilityDate: '2099-01-15',
      effectiveDate: '2099-01-01',
    });
    await insertApprovedOutcome(db(), {
      organizationId: cast.org.organizationId,
      cycleId: cycle.id,
      personId: cast.employee2.id,
      bonusMinor: 150_000,
    });
    await db().update(accounts).set({ locale: 'de' }).where(eq(accounts.id, cast.employee2.accountId!));
    const employee = await as(cast.employee2);
    const before = await employee.get(`${api}/me/letters`);
    expect(before.status).toBe(200);
    expect(before.body.items).toEqual([]);
    expect((await download(cast.employee2, `${api}/me/letters/${cycle.id}`)).status).toBe(404);

    await db().update(compCycles).set({ visibilityDate: '2020-01-15' }).where(eq(compCycles.id, cycle.id));
    const after = await employee.get(`${api}/me/letters`);
    expect(after.body.items).toEqual([
      {
        cycleId: cycle.id,
        cycleName: 'Merit 2030',
        effectiveDate: '2099-01-01',
        visibilityDate: '2020-01-15',
      },
    ]);
    const pdf = await download(cast.employee2, `${api}/me/letters/${cycle.id}`);
    expect(pdf.status).toBe(200);
    expect(pdf.type).toBe('application/pdf');
    const text = compressedPdfText(pdf.bytes);
    // The organisation's German template (saved above), with German money and dates.
    expect(text).toContain('Ihr Gehalt ab 1. Januar 2099');
    expect(text).toContain('Hallo Ema,');
    expect(text).toContain('Neu: 56.222,24 €');

    // Nobody else has this letter as their own; the manager reads no letters at all.
    expect((await download(cast.employee, `${api}/me/letters/${cycle.id}`)).status).toBe(404);
    expect((await download(cast.manager, `${api}/cycles/${cycle.id}/letters.zip`)).status).toBe(404);
  });

  it('HR downloads a ZIP with one PDF per participant whose pay changed, and each read is logged', async () => {
    const cycle = await insertReleasedCycle(db(), {
      organizationId: cast.org.organizationId,
      name: 'Merit ZIP',
    });
    const organizationId = cast.org.organizationId;
    const raised = [cast.peer, cast.peerManager];
    const raisedIds: string[] = [];
    for (const person of raised) {
      const { participant: raisedOne } = await insertApprovedOutcome(db(), {
        organizationId,
        cycleId: cycle.id,
        personId: person.id,
      });
      raisedIds.push(raisedOne.id);
    }
    const { participant } = await insertApprovedOutcome(db(), {
      organizationId,
      cycleId: cycle.id,
      personId: cast.coach.id,
      meritPct: '0',
    });

    const zip = await download(cast.hr, `${api}/cycles/${cycle.id}/letters.zip`);
    expect(zip.status).toBe(200);
    expect(zip.type).toBe('application/zip');
    expect(zip.disposition).toContain('pay-letters-Merit-ZIP.zip');
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files).sort();
    expect(names).toHaveLength(2);
    expect(names[0]).toMatch(/^Peer-Pia-[0-9a-f]{8}\.pdf$/);
    expect(names[1]).toMatch(/^Peerlead-Pat-[0-9a-f]{8}\.pdf$/);
    for (const name of names) expect(Buffer.from(files[name]!).subarray(0, 5).toString()).toBe('%PDF-');
    // English (the default template): the people's accounts keep the default locale.
    const letter = compressedPdfText(Buffer.from(files[names[0]!]!));
    expect(letter).toContain('Dear Pia Peer,');
    expect(letter).toContain('New base salary: €56,222.24 per year');
    expect(letter).toContain('Total increase: 3.5%');
    expect(letter).not.toContain('bonus');

    const logged = await db()
      .select({ subject: accessLog.subjectPersonId })
      .from(accessLog)
      .where(and(eq(accessLog.resource, 'pay letter'), eq(accessLog.viewerAccountId, cast.hr.accountId!)));
    expect(logged.map((row) => row.subject)).toEqual(
      expect.arrayContaining(raised.map((person) => person.id)),
    );
    expect(logged.map((row) => row.subject)).not.toContain(cast.coach.id);

    // The unchanged person has no letter; a changed one's letter is HR's to read, and logged.
    expect((await download(cast.hr, `${api}/cycles/participants/${participant.id}/letter`)).status).toBe(404);
    const single = await download(cast.hr, `${api}/cycles/participants/${raisedIds[0]}/letter`);
    expect(single.status).toBe(200);
    expect(single.disposition).toMatch(/filename="Peer-Pia-[0-9a-f]{8}\.pdf"/);
    const singleLog = await db()
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.resource, 'pay letter'), eq(accessLog.subjectPersonId, cast.peer.id)));
    expect(singleLog).toHaveLength(2);

    for (const person of [cast.employee, cast.manager, cast.approver, cast.orgAdmin])
      expect((await download(person, `${api}/cycles/${cycle.id}/letters.zip`)).status).toBe(404);
  });

  it('refuses letters of a cycle that has not been released', async () => {
    const cycle = await insertReleasedCycle(db(), {
      organizationId: cast.org.organizationId,
      state: 'approved',
      releasedAt: null,
    });
    const { participant } = await insertApprovedOutcome(db(), {
      organizationId: cast.org.organizationId,
      cycleId: cycle.id,
      personId: cast.ceo.id,
    });
    const hr = await as(cast.hr);
    const zip = await hr.get(`${api}/cycles/${cycle.id}/letters.zip`);
    expect(zip.status).toBe(409);
    expect(zip.body.error.reason).toMatchObject({ code: 'compLettersNotReleased' });
    expect((await hr.get(`${api}/cycles/participants/${participant.id}/letter`)).status).toBe(409);
    expect((await (await as(cast.ceo)).get(`${api}/me/letters`)).body.items).toEqual([]);
  });
});
