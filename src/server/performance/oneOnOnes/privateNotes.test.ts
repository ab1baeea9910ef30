import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/audit/tables';
import { plantCanary, textCarriesDataClass } from '../../platform/dataClasses/scanner';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

/**
 * SPEC S3.2 acceptance: private 1:1 notes are invisible to every role but their author — the other
 * participant, each participant's manager, the skip-level, HR, approver, coach and org admin —
 * in the series and meeting responses, in every list, and in the audit trail.
 */
let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

/** A series between `a` and `b` where each writes a private note on the current meeting. */
async function seriesWithNotes(a: { accountId: string | null }, b: { id: string; accountId: string | null }) {
  const clientA = await as(a);
  const clientB = await as(b);
  const created = await clientA.post('/api/one-on-ones', {
    withPersonId: b.id,
    cadence: 'weekly',
    firstMeetingOn: '2026-11-23',
  });
  expect(created.status).toBe(201);
  const meetingId = created.body.currentMeeting.id as string;
  const noteA = plantCanary('confidential', 'note-a');
  const noteB = plantCanary('confidential', 'note-b');
  const savedA = await clientA.put(`/api/one-on-ones/meetings/${meetingId}/private-note`, {
    version: 0,
    body: noteA,
  });
  expect(savedA.status).toBe(200);
  expect(savedA.body.privateNote.body).toBe(noteA);
  const savedB = await clientB.put(`/api/one-on-ones/meetings/${meetingId}/private-note`, {
    version: 0,
    body: noteB,
  });
  expect(savedB.status).toBe(200);
  expect(savedB.body.privateNote.body).toBe(noteB);
  return { seriesId: created.body.id as string, meetingId, noteA, noteB, clientA, clientB };
}

describe('private 1:1 notes', () => {
  it('each participant reads only their own note, before and after the meeting is completed', async () => {
    const { seriesId, meetingId, noteA, noteB, clientA, clientB } = await seriesWithNotes(
      cast.employee,
      cast.peer,
    );
    for (const [client, own, other] of [
      [clientA, noteA, noteB],
      [clientB, noteB, noteA],
    ] as const) {
      const series = await client.get(`/api/one-on-ones/${seriesId}`);
      expect(series.status).toBe(200);
      expect(series.body.currentMeeting.privateNote.body).toBe(own);
      expect(series.text).not.toContain(other);
      const meeting = await client.get(`/api/one-on-ones/meetings/${meetingId}`);
      expect(meeting.body.privateNote.body).toBe(own);
      expect(meeting.text).not.toContain(other);
    }
    const completed = await clientA.post(`/api/one-on-ones/meetings/${meetingId}/complete`, { version: 1 });
    expect(completed.status).toBe(200);
    // Private notes stay with their meeting: the next meeting starts without any.
    expect(completed.body.privateNote).toBeNull();
    for (const [client, own, other] of [
      [clientA, noteA, noteB],
      [clientB, noteB, noteA],
    ] as const) {
      const past = await client.get(`/api/one-on-ones/meetings/${meetingId}`);
      expect(past.body.privateNote.body).toBe(own);
      expect(past.text).not.toContain(other);
      for (const path of [
        '/api/one-on-ones',
        `/api/one-on-ones/${seriesId}/meetings`,
        `/api/one-on-ones/${seriesId}`,
      ]) {
        const list = await client.get(path);
        expect(list.status).toBe(200);
        expect(list.text).not.toContain(other);
      }
    }
  });

  it('no other role reads the series, its meetings or the notes: managers, skip-level, HR, approver, coach, org admin', async () => {
    const { seriesId, meetingId } = await seriesWithNotes(cast.employee2, cast.peer);
    const outsiders = {
      'manager of the employee': cast.manager,
      'manager of the peer': cast.peerManager,
      'skip-level of the employee': cast.skip,
      'top of both chains': cast.ceo,
      'HR admin': cast.hr,
      approver: cast.approver,
      coach: cast.coach,
      'org admin': cast.orgAdmin,
      'a teammate': cast.employee,
    };
    for (const [label, person] of Object.entries(outsiders)) {
      const client = await as(person);
      for (const path of [
        `/api/one-on-ones/${seriesId}`,
        `/api/one-on-ones/${seriesId}/meetings`,
        `/api/one-on-ones/meetings/${meetingId}`,
      ]) {
        const response = await client.get(path);
        expect(response.status, `${label} GET ${path}`).toBe(404);
        expect(textCarriesDataClass(response.text, 'confidential'), label).toBe(false);
      }
      // Writing a "private note" of one's own on someone else's meeting is refused the same way.
      const write = await client.put(`/api/one-on-ones/meetings/${meetingId}/private-note`, {
        version: 0,
        body: 'x',
      });
      expect(write.status, `${label} PUT private-note`).toBe(404);
      const list = await client.get('/api/one-on-ones');
      expect(
        list.body.items.map((s: { id: string }) => s.id),
        label,
      ).not.toContain(seriesId);
    }
  });

  it('no GET route of the API shows a note to anyone but its author', async () => {
    const { noteA, noteB } = await seriesWithNotes(cast.manager, cast.employee);
    const parameterless = server.routes
      .filter((route) => route.method === 'GET' && route.url.startsWith('/api/') && !route.url.includes(':'))
      .map((route) => route.url);
    expect(parameterless.length).toBeGreaterThan(5);
    const everyone = [
      cast.ceo,
      cast.skip,
      cast.manager,
      cast.employee,
      cast.employee2,
      cast.peerManager,
      cast.peer,
      cast.hr,
      cast.approver,
      cast.coach,
      cast.orgAdmin,
    ];
    for (const person of everyone) {
      const client = await as(person);
      for (const path of parameterless) {
        const response = await client.get(path);
        if (person !== cast.manager) expect(response.text, `${path} as ${person.id}`).not.toContain(noteA);
        if (person !== cast.employee) expect(response.text, `${path} as ${person.id}`).not.toContain(noteB);
      }
    }
  });

  it('the audit trail records that a note changed, never what it says', async () => {
    const { noteA, noteB } = await seriesWithNotes(cast.employee2, cast.coach);
    const events = await server.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, cast.org.organizationId));
    const noteEvents = events.filter((e) => e.action === 'one_on_one.private_note_saved');
    expect(noteEvents.length).toBeGreaterThanOrEqual(2);
    const trail = JSON.stringify(events);
    expect(trail).not.toContain(noteA);
    expect(trail).not.toContain(noteB);
    const admin = await (await as(cast.orgAdmin)).get('/api/admin/audit?pageSize=100');
    expect(admin.text).not.toContain(noteA);
  });

  it('a stale private-note save gets 409 with the current version and keeps the newer text', async () => {
    const { meetingId, clientA } = await seriesWithNotes(cast.skip, cast.peerManager);
    const first = await clientA.put(`/api/one-on-ones/meetings/${meetingId}/private-note`, {
      version: 1,
      body: 'second draft',
    });
    expect(first.status).toBe(200);
    const stale = await clientA.put(`/api/one-on-ones/meetings/${meetingId}/private-note`, {
      version: 1,
      body: 'lost edit',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const now = await clientA.get(`/api/one-on-ones/meetings/${meetingId}`);
    expect(now.body.privateNote).toMatchObject({ body: 'second draft', version: 2 });
  });
});
