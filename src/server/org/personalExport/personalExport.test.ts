import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { plantPersonalRecords } from '../../testing/personalRecords';

/**
 * The export's leak proof with canaries: a value the subject sees in the app is planted in a record
 * of every kind the export covers (`own`), and a value they must never see is planted in records
 * about them or next to theirs (`foreign`): another person's private note about them, an unreleased
 * review, a 360 answer below the anonymity threshold and a rater's name, another person's private
 * goal and aspiration, a calibration rationale (HR-only). Then the archive is unzipped and read.
 */
let server: TestServer;
let cast: Cast;
const own: Record<string, string> = {};
const foreign: Record<string, string> = {};
const tag = (kind: string) => `${kind}-${Math.random().toString(36).slice(2, 10)}`;
const ownCanary = (kind: string) => (own[kind] = `own-${tag(kind)}`);
const foreignCanary = (kind: string) => (foreign[kind] = `foreign-${tag(kind)}`);

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** Sends a request as `person` and returns the body as bytes (the API client reads text; a ZIP is not). */
async function download(
  person: { accountId: string | null },
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
) {
  const session = await cast.org.sessionFor(person.accountId!);
  const response = await fetch(server.baseUrl + path, {
    method,
    headers: {
      cookie: `trellis_session=${session.token}`,
      ...(method === 'POST' ? { 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

function unzip(bytes: Uint8Array) {
  const files = Object.fromEntries(
    Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
  );
  return {
    files,
    all: Object.values(files).join('\n'),
    manifest: JSON.parse(files['manifest.json'] ?? '{}'),
  };
}

const plantRecords = () => plantPersonalRecords(server, cast, { own: ownCanary, foreign: foreignCanary });

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  await plantRecords();
}, 60_000);
afterAll(() => server.close());

describe('Download my data', () => {
  it('holds every record kind the person sees, in JSON and the report, and nothing of what they may not see', async () => {
    const response = await download(cast.employee, 'GET', '/api/me/export');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="trellis-data-\d{4}-\d\d-\d\d\.zip"$/,
    );
    const { files, all, manifest } = unzip(response.bytes);
    // Stored, not deflated: the authorization matrix's text scan of 2xx bodies reads the records.
    expect(new TextDecoder().decode(response.bytes)).toContain(own.aspiration);

    expect(manifest).toMatchObject({ audience: 'self', subject: { id: cast.employee.id }, request: null });
    expect(manifest.appVersion).toMatch(/^\d+\.\d+\.\d+/);
    for (const name of [
      'profile.json',
      'reporting-history.json',
      'goals.json',
      'check-ins.json',
      'one-on-ones.json',
      'one-on-one-private-notes.json',
      'feedback-received.json',
      'feedback-given.json',
      'feedback-requests.json',
      'reviews.json',
      'aspirations.json',
      'career-conversations.json',
      'development-plans.json',
      'career-path.json',
      'learning-enrolments.json',
      'certifications.json',
      '360-feedback.json',
      '360-reports.json',
      'access-log.json',
      'report.html',
    ])
      expect(files, name).toHaveProperty([name]);
    // The manifest counts what each file holds.
    for (const file of manifest.files)
      expect(JSON.parse(files[file.name]!).length, file.name).toBe(file.records);
    expect(manifest.forHrReview).toEqual([]);

    const json = Object.entries(files)
      .filter(([name]) => name.endsWith('.json'))
      .map(([, text]) => text)
      .join('\n');
    const report = files['report.html']!;
    for (const [kind, canary] of Object.entries(own)) {
      expect(json, `${kind} in the JSON files`).toContain(canary);
      expect(report, `${kind} in the report`).toContain(canary);
    }
    for (const [kind, canary] of Object.entries(foreign)) expect(all, kind).not.toContain(canary);

    expect(JSON.parse(files['profile.json']!)[0]).toMatchObject({ id: cast.employee.id });
    expect(JSON.parse(files['access-log.json']!)).toContainEqual(
      expect.objectContaining({
        dataClass: 'development',
        viewer: expect.objectContaining({ displayName: 'Mia Manager' }),
      }),
    );
    // The report is inert: markup in a record is text, and the page has no script at all.
    expect(report).not.toMatch(/<script/i);
    expect(report).toContain('&lt;script&gt;alert(&quot;');
    expect(report).toContain("default-src 'none'");
  });

  it('is everyone’s own: an account reads only its own person', async () => {
    const peerExport = unzip((await download(cast.peer, 'GET', '/api/me/export')).bytes);
    expect(peerExport.manifest.subject.id).toBe(cast.peer.id);
    expect(peerExport.all).toContain(foreign.peerPrivateGoal);
    expect(peerExport.all).not.toContain(own.privateNote);
    expect(peerExport.all).not.toContain(own.aspiration);
    expect((await new ApiClient(server.baseUrl).get('/api/me/export')).status).toBe(401);
  });
});

describe("HR's export on a written request", () => {
  const request = {
    reference: 'DSAR-2026-017',
    reason: 'Letter of 1 December asking for a copy of all data.',
  };

  it('holds what the person sees of performance and profile, plus HR-visible records apart; audited, logged, notified', async () => {
    const response = await download(cast.hr, 'POST', `/api/people/${cast.employee.id}/exports`, request);
    expect(response.status).toBe(200);
    const { files, all, manifest } = unzip(response.bytes);
    expect(manifest).toMatchObject({
      audience: 'hr',
      subject: { id: cast.employee.id },
      request: { reference: request.reference },
    });

    // What the subject sees, less the classes no admin reads as content (SPEC S1): private notes
    // (confidential), development records, the 360 report (anonymous). A canary is expected exactly
    // when a file of the person's own export that holds it is of a class HR may receive.
    const withheldClasses = new Set(manifest.withheld.map((file: { dataClass: string }) => file.dataClass));
    expect(withheldClasses).toEqual(new Set(['confidential', 'development', 'anonymous']));
    for (const file of manifest.files) expect(withheldClasses.has(file.dataClass), file.name).toBe(false);
    const mine = unzip((await download(cast.employee, 'GET', '/api/me/export')).bytes);
    const classOf = new Map(
      mine.manifest.files.map((f: { name: string; dataClass: string }) => [f.name, f.dataClass]),
    );
    let shared = 0;
    for (const [kind, canary] of Object.entries(own)) {
      const holders = Object.entries(mine.files)
        .filter(([name, text]) => name.endsWith('.json') && text.includes(canary))
        .map(([name]) => name);
      const forHr = holders.some((name) => !withheldClasses.has(classOf.get(name)));
      if (forHr) shared++;
      if (forHr) expect(all, kind).toContain(canary);
      else expect(all, kind).not.toContain(canary);
    }
    // Performance and profile records do reach HR (goals, check-ins, feedback, the released review).
    expect(shared).toBeGreaterThanOrEqual(5);
    for (const name of [
      'one-on-one-private-notes.json',
      'aspirations.json',
      'development-plans.json',
      '360-reports.json',
    ])
      expect(files, name).not.toHaveProperty([name]);

    // The unreleased review is listed apart, and only there.
    expect(manifest.forHrReview).toEqual([
      expect.objectContaining({ name: 'for-hr-review/reviews-not-released.json', records: 1 }),
      expect.objectContaining({ name: 'for-hr-review/calibration-moves.json', records: 1 }),
    ]);
    expect(files['for-hr-review/reviews-not-released.json']).toContain(foreign.unreleasedReview);
    expect(files['for-hr-review/calibration-moves.json']).toContain(foreign.calibrationRationale);
    const outsideHrFolder = Object.entries(files)
      .filter(([name]) => !name.startsWith('for-hr-review/') && name !== 'report.html')
      .map(([, text]) => text)
      .join('\n');
    for (const hrOnly of [foreign.unreleasedReview, foreign.calibrationRationale])
      expect(outsideHrFolder).not.toContain(hrOnly);
    // Never other people's private notes, 360 raw answers or rater names, others' records; the
    // HR-only records nowhere but in their folder (and the report's section of that folder).
    for (const [kind, canary] of Object.entries(foreign))
      if (kind !== 'unreleasedReview' && kind !== 'calibrationRationale')
        expect(all, kind).not.toContain(canary);

    // Audited, on the person's access log with the reference, and the person is told.
    const { db } = server.database;
    const [event] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'person.data_exported'), eq(auditEvents.targetId, cast.employee.id)));
    expect(event).toMatchObject({ actorAccountId: cast.hr.accountId, targetType: 'person' });
    expect(event!.after).toMatchObject({ reference: request.reference, reason: request.reason });
    const log = await (await as(cast.employee)).get('/api/access-log/me?pageSize=100');
    const entries = log.body.items.filter((e: { resource: string }) => e.resource === 'personal data export');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.viewer.displayName).toBe('Hana Hr');
      expect(entry.reason).toContain(request.reference);
    }
    const notices = await db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.recipientId, cast.employee.id), eq(notifications.kind, 'privacy.data_exported')),
      );
    expect(notices).toHaveLength(1);
    // The notice names no content: who and why are on the access log, for the person only.
    expect(JSON.stringify(notices)).not.toContain(request.reason);
  });

  it('is HR’s alone, for someone else, in the organisation, with a written reason', async () => {
    const path = (personId: string) => `/api/people/${personId}/exports`;
    for (const who of [cast.manager, cast.skip, cast.orgAdmin, cast.employee, cast.approver, cast.coach])
      expect((await (await as(who)).post(path(cast.employee2.id), request)).status, who.email).toBe(403);
    const hr = await as(cast.hr);
    expect((await hr.post(path(cast.hr.id), request)).status).toBe(403);
    const elsewhere = await (await createTestOrganization(server.database.db, 'Elsewhere')).addPerson();
    expect((await hr.post(path(elsewhere.id), request)).status).toBe(404);
    const missingReason = await hr.post(path(cast.employee2.id), { reference: 'X', reason: '  ' });
    expect(missingReason.status).toBe(400);
    expect(missingReason.body.error.fields).toHaveProperty('reason');
    // Refusals leave no trace on the person's log and no audit event.
    const [event] = await server.database.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.action, 'person.data_exported'), eq(auditEvents.targetId, cast.employee2.id)),
      );
    expect(event).toBeUndefined();
  });
});
