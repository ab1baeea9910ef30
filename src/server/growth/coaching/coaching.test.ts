import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { accounts } from '../../platform/auth/tables';
import { DecryptionFailed, openText, unwrapDataKey } from '../../platform/crypto/envelope';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { aspirations } from '../aspirations/tables';
import { sendStalledCoachingNudges } from './nudges';
import { coachingEngagements, coachingNotes, coachingSessions } from './tables';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const base = '/api/growth/coaching';
const secret = 'I freeze when my manager challenges my estimates';

let programmeId: string;
let engagementId: string;

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  const hr = await as(cast.hr);
  const programme = await hr.post(`${base}/programmes`, { name: 'Leaders', maxChemistry: 2 });
  expect(programme.status).toBe(201);
  programmeId = programme.body.id;
  const profile = await hr.put(`${base}/hr/coaches/${cast.coach.id}`, {
    kind: 'internal',
    specialties: ['Leadership', 'Career transitions'],
    languages: ['English', 'German'],
    capacity: 3,
  });
  expect(profile.status).toBe(200);
}, 60_000);
afterAll(() => server.close());

describe('coaching', () => {
  it('the employee asks, the coach accepts, both write notes, the manager reads only the shared summary', async () => {
    const employee = await as(cast.employee);
    const pool = await employee.get(`${base}/coaches?specialty=leader`);
    expect(pool.body.items.map((c: { personId: string }) => c.personId)).toEqual([cast.coach.id]);
    expect((await employee.get(`${base}/coaches?language=french`)).body.items).toEqual([]);

    const [value] = await server.database.db
      .insert(aspirations)
      .values({
        organizationId: cast.org.organizationId,
        ownerId: cast.employee.id,
        kind: 'value',
        aspirationText: 'Candour',
      })
      .returning({ id: aspirations.id });
    const requested = await employee.post(`${base}/engagements`, { programmeId, coachId: cast.coach.id });
    expect(requested.status).toBe(201);
    expect(requested.body).toMatchObject({ status: 'requested', yourRole: 'coachee' });
    engagementId = requested.body.id;
    expect((await employee.post(`${base}/engagements`, { programmeId, coachId: cast.coach.id })).status).toBe(
      409,
    );

    const goals = await employee.put(`${base}/engagements/${engagementId}/goals`, {
      version: 1,
      goals: [{ goalText: 'Hold my ground in estimate discussions', aspirationId: value!.id }],
    });
    expect(goals.body.goals[0].aspiration).toMatchObject({ kind: 'value', aspirationText: 'Candour' });
    const foreign = await employee.put(`${base}/engagements/${engagementId}/goals`, {
      version: 2,
      goals: [{ goalText: 'x', aspirationId: engagementId }],
    });
    expect(foreign.body.error.fields).toHaveProperty(['goals.0.aspirationId']);

    const coach = await as(cast.coach);
    const inbox = await coach.get(`${base}/coachees`);
    expect(inbox.body.items[0]).toMatchObject({
      id: engagementId,
      yourRole: 'coach',
      abilities: { respond: true },
    });
    const accepted = await coach.post(`${base}/engagements/${engagementId}/response`, {
      version: 2,
      accept: true,
    });
    expect(accepted.body).toMatchObject({ status: 'active', endsOn: expect.any(String) });
    expect(accepted.body.goals).toHaveLength(1);

    const note = await employee.post(`${base}/engagements/${engagementId}/notes`, { noteText: secret });
    expect(note.status).toBe(201);
    const coachNote = await coach.post(`${base}/engagements/${engagementId}/notes`, {
      noteText: 'Try the pause',
    });
    expect(
      (await coach.get(`${base}/engagements/${engagementId}/notes`)).body.items.map(
        (n: { noteText: string }) => n.noteText,
      ),
    ).toEqual(['Try the pause', secret]);
    // Only the author changes a note.
    expect((await coach.patch(`${base}/notes/${note.body.id}`, { version: 1, noteText: 'x' })).status).toBe(
      403,
    );
    expect(
      (await coach.patch(`${base}/notes/${coachNote.body.id}`, { version: 1, noteText: 'Try the pause.' }))
        .status,
    ).toBe(200);

    const session = await coach.post(`${base}/engagements/${engagementId}/sessions`, {
      scheduledAt: '2026-12-20T09:00:00Z',
    });
    expect(session.status).toBe(201);
    const ics = await employee.get(`${base}/sessions/${session.body.sessions[0].id}/invite.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('SUMMARY:Coaching session');
    expect(ics.text).not.toContain('Employee');

    const shared = await employee.put(`${base}/engagements/${engagementId}/summary`, {
      summaryText: 'Working on speaking up in planning',
      sharedWithManager: true,
    });
    expect(shared.body.summary).toMatchObject({ sharedWithManager: true });
    const manager = await as(cast.manager);
    const summaries = await manager.get(`${base}/people/${cast.employee.id}/summaries`);
    expect(summaries.body.items).toEqual([
      expect.objectContaining({ summaryText: 'Working on speaking up in planning' }),
    ]);
    expect(summaries.text).not.toContain(secret);
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.resource, 'coaching summary')),
      );
    expect(logged.map((row) => row.viewerPersonId)).toEqual([cast.manager.id]);
    const told = await server.database.db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, cast.manager.id));
    expect(JSON.stringify(told)).not.toContain('speaking up');

    // Revoking ends the manager's view at once.
    await employee.put(`${base}/engagements/${engagementId}/summary`, {
      summaryText: 'Working on speaking up in planning',
      sharedWithManager: false,
    });
    expect((await manager.get(`${base}/people/${cast.employee.id}/summaries`)).body.items).toEqual([]);
    expect((await (await as(cast.skip)).get(`${base}/people/${cast.employee.id}/summaries`)).status).toBe(
      404,
    );
  });

  it('a coach in the pool cannot ask for themself, alone or among chemistry coaches', async () => {
    const coach = await as(cast.coach);
    const own = await coach.post(`${base}/engagements`, { programmeId, coachId: cast.coach.id });
    expect(own.status).toBe(400);
    expect(own.body.error.fieldIssues.coachId.code).toBe('coachingCoachUnavailable');
    const chemistry = await coach.post(`${base}/engagements`, {
      programmeId,
      chemistryCoachIds: [cast.coach.id],
    });
    expect(chemistry.status).toBe(400);
    expect(chemistry.body.error.fieldIssues['chemistryCoachIds.0'].code).toBe('coachingCoachUnavailable');
  });

  it('notes: exactly the coachee and the coach, on every route; everyone else 404', async () => {
    const [note] = await server.database.db
      .select({ id: coachingNotes.id })
      .from(coachingNotes)
      .where(eq(coachingNotes.engagementId, engagementId));
    const other = await cast.org.addPerson({ givenName: 'Otto', familyName: 'Othercoach', roles: ['coach'] });
    await (await as(cast.hr)).put(`${base}/hr/coaches/${other.id}`, { kind: 'external' });
    for (const outsider of [
      cast.manager,
      cast.skip,
      cast.hr,
      cast.orgAdmin,
      cast.approver,
      cast.employee2,
      other,
    ]) {
      const client = await as(outsider);
      for (const path of [`${base}/engagements/${engagementId}`, `${base}/engagements/${engagementId}/notes`])
        expect((await client.get(path)).status, `${path}`).toBe(404);
      expect((await client.post(`${base}/engagements/${engagementId}/notes`, { noteText: 'x' })).status).toBe(
        404,
      );
      expect((await client.patch(`${base}/notes/${note!.id}`, { version: 1, noteText: 'x' })).status).toBe(
        404,
      );
      expect((await client.request('DELETE', `${base}/notes/${note!.id}`)).status).toBe(404);
      expect((await client.get(`${base}/engagements`)).text).not.toContain(engagementId);
      expect((await client.get(`${base}/coachees`)).text).not.toContain(engagementId);
    }
  });

  it('stores notes only as ciphertext; another application key cannot open them', async () => {
    const raw = await server.database.db.execute(sql`SELECT * FROM coaching_notes`);
    const dump = JSON.stringify(raw, (_k, v) =>
      v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v,
    );
    expect(dump).not.toContain(secret);
    expect(dump).not.toContain('freeze');
    const [engagement] = await server.database.db
      .select()
      .from(coachingEngagements)
      .where(eq(coachingEngagements.id, engagementId));
    const notes = await server.database.db
      .select()
      .from(coachingNotes)
      .where(eq(coachingNotes.engagementId, engagementId));
    expect(() => unwrapDataKey(randomBytes(32), engagement!.wrappedKey, `coaching:${engagementId}`)).toThrow(
      DecryptionFailed,
    );
    const wrongDataKey = randomBytes(32);
    expect(() => openText(wrongDataKey, notes[0]!, `coaching-note:${engagementId}:${notes[0]!.id}`)).toThrow(
      DecryptionFailed,
    );
  });

  it('a coach out of the pool, or without the coach role, loses every engagement at once', async () => {
    const coach = await as(cast.coach);
    const hr = await as(cast.hr);
    expect((await coach.get(`${base}/engagements/${engagementId}/notes`)).status).toBe(200);
    await hr.put(`${base}/hr/coaches/${cast.coach.id}`, { kind: 'internal', inPool: false });
    expect((await coach.get(`${base}/engagements/${engagementId}/notes`)).status).toBe(404);
    expect((await coach.get(`${base}/coachees`)).body.items).toEqual([]);
    await hr.put(`${base}/hr/coaches/${cast.coach.id}`, { kind: 'internal', inPool: true, capacity: 3 });
    expect((await coach.get(`${base}/engagements/${engagementId}`)).status).toBe(200);
    await server.database.db
      .update(accounts)
      .set({ roles: [] })
      .where(eq(accounts.id, cast.coach.accountId!));
    // The same session, on its next request: the role is read with the account each time.
    const withoutRole = await coach.get(`${base}/engagements/${engagementId}/notes`);
    await server.database.db
      .update(accounts)
      .set({ roles: ['coach'] })
      .where(eq(accounts.id, cast.coach.accountId!));
    expect(withoutRole.status).toBe(404);
    expect((await coach.get(`${base}/engagements/${engagementId}`)).status).toBe(200);
  });

  it('invitations: the sender only ever sees "sent"; the recipient may dismiss without anyone knowing', async () => {
    const manager = await as(cast.manager);
    const sent = await manager.post(`${base}/invitations`, { recipientId: cast.employee2.id });
    expect(sent.status).toBe(201);
    const before = await manager.get(`${base}/invitations/sent`);
    const recipient = await as(cast.employee2);
    const received = await recipient.get(`${base}/invitations/received`);
    expect(received.body.items).toHaveLength(1);
    expect((await recipient.post(`${base}/invitations/${sent.body.id}/dismiss`, {})).status).toBe(204);
    expect((await recipient.get(`${base}/invitations/received`)).body.items).toEqual([]);
    const after = await manager.get(`${base}/invitations/sent`);
    expect(after.body).toEqual(before.body);
    expect(after.body.items[0]).toEqual({
      id: sent.body.id,
      recipient: { id: cast.employee2.id, name: 'Ema Employee' },
      sentAt: expect.any(String),
      state: 'sent',
    });
    expect((await (await as(cast.hr)).get(`${base}/invitations/sent`)).text).not.toContain(sent.body.id);
    // Not the sender's business to dismiss, and nobody outside the chain invites.
    expect((await manager.post(`${base}/invitations/${sent.body.id}/dismiss`, {})).status).toBe(404);
    expect(
      (await (await as(cast.peer)).post(`${base}/invitations`, { recipientId: cast.employee2.id })).status,
    ).toBe(404);
  });

  it('a stalled engagement nudges the coachee only', async () => {
    const { db } = server.database;
    await db.delete(coachingSessions).where(eq(coachingSessions.engagementId, engagementId));
    await db
      .update(coachingEngagements)
      .set({ startedOn: '2026-01-01' })
      .where(eq(coachingEngagements.id, engagementId));
    const now = new Date('2026-03-01T12:00:00Z');
    expect(await sendStalledCoachingNudges({ db, now, organizationId: cast.org.organizationId })).toBe(1);
    expect(await sendStalledCoachingNudges({ db, now, organizationId: cast.org.organizationId })).toBe(0);
    const sent = await db.select().from(notifications).where(eq(notifications.kind, 'coaching.stalled'));
    expect(sent.map((n) => n.recipientId)).toEqual([cast.employee.id]);
  });

  it('HR sees counts per programme with small groups withheld, and no names, goals or notes', async () => {
    const logistics = await (await as(cast.hr)).get(`${base}/hr/logistics`);
    expect(logistics.status).toBe(200);
    const leaders = logistics.body.items.find(
      (i: { programme: { id: string } }) => i.programme.id === programmeId,
    );
    expect(leaders.byStatus.active).toEqual({ count: null, suppressed: 'below_threshold' });
    expect(leaders.engagements).toEqual({ count: null, suppressed: 'below_threshold' });
    expect(logistics.text).not.toContain('Employee');
    expect(logistics.text).not.toContain('estimate');
    expect((await (await as(cast.manager)).get(`${base}/hr/logistics`)).status).toBe(403);
  });

  it('the coachee gets their notes, decrypted, in their own export; erasure removes the engagement', async () => {
    const session = await cast.org.sessionFor(cast.employee.accountId!);
    const response = await fetch(`${server.baseUrl}/api/me/export`, {
      headers: { cookie: `trellis_session=${session.token}` },
    });
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const all = Object.values(files)
      .map((data) => strFromU8(data))
      .join('\n');
    expect(all).toContain(secret);
    expect(all).toContain('Try the pause.');
    const hr = await as(cast.hr);
    const plan = await hr.get(`/api/people/${cast.employee.id}/erasure-plan`);
    expect(plan.status).toBe(200);
    expect(JSON.stringify(plan.body)).toContain('coaching_engagements');
  });
});
