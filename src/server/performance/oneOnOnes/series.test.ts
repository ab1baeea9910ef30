import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../platform/db/tx';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { NEXT_SUGGESTION_CAP, suggestNextAgendaItems } from './nextSection';

let server: TestServer;
let cast: Cast;
let manager: ApiClient;
let employee: ApiClient;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  manager = await as(cast.manager);
  employee = await as(cast.employee);
});
afterAll(() => server.close());

type Item = {
  id: string;
  text: string;
  section: string;
  discussed: boolean;
  carriedOver: boolean;
  version: number;
  done: boolean;
};
const agendaText = (meeting: { agenda: Item[] }) => meeting.agenda.map((i) => i.text).sort();
const find = (items: Item[], text: string) => items.find((i) => i.text === text)!;
const coach = () => as(cast.coach);

describe('1:1 series', () => {
  it('creates a weekly series, shares the agenda and carries open items over on completion', async () => {
    const created = await manager.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ cadence: 'weekly', withPerson: { id: cast.employee.id } });
    const meetingId = created.body.currentMeeting.id;
    const base = `/api/one-on-ones/meetings/${meetingId}`;

    await manager.post(`${base}/agenda-items`, { section: 'now', text: 'Release checklist' });
    await manager.post(`${base}/agenda-items`, { section: 'now', text: 'On-call load' });
    const withNext = await employee.post(`${base}/agenda-items`, {
      section: 'next',
      text: 'Conference talk idea',
    });
    expect(withNext.status).toBe(201);
    expect(withNext.body.agenda.filter((i: Item) => i.section === 'next').map((i: Item) => i.text)).toEqual([
      'Conference talk idea',
    ]);

    // The employee sees the manager's items and may tick them, but not reword them.
    const seen = await employee.get(`/api/one-on-ones/${created.body.id}`);
    const checklist = find(seen.body.currentMeeting.agenda, 'Release checklist') as Item & {
      abilities: { edit: boolean; tick: boolean };
    };
    expect(checklist.abilities).toMatchObject({ edit: false, tick: true });
    const reword = await employee.patch(`/api/one-on-ones/agenda-items/${checklist.id}`, {
      version: 1,
      text: 'Mine now',
    });
    expect(reword.status).toBe(403);
    const ticked = await employee.patch(`/api/one-on-ones/agenda-items/${checklist.id}`, {
      version: 1,
      discussed: true,
    });
    expect(ticked.status).toBe(200);
    const stale = await manager.patch(`/api/one-on-ones/agenda-items/${checklist.id}`, {
      version: 1,
      discussed: false,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    // Action items: owned by one of the two, with a due date.
    const outsiderOwner = await manager.post(`${base}/action-items`, {
      text: 'Draft plan',
      ownerId: cast.peer.id,
    });
    expect(outsiderOwner.status).toBe(400);
    expect(outsiderOwner.body.error.fields).toHaveProperty('ownerId');
    await manager.post(`${base}/action-items`, {
      text: 'Book the room',
      ownerId: cast.manager.id,
      dueOn: '2026-11-05',
    });
    const actions = await manager.post(`${base}/action-items`, {
      text: 'Write the RFC',
      ownerId: cast.employee.id,
      dueOn: '2026-11-09',
    });
    const booking = find(actions.body.actionItems, 'Book the room');
    const done = await employee.patch(`/api/one-on-ones/action-items/${booking.id}`, {
      version: 1,
      done: true,
    });
    expect(find(done.body.actionItems, 'Book the room').done).toBe(true);

    const notes = await employee.put(`${base}/shared-notes`, { version: 1, body: 'We agreed on Friday.' });
    expect(notes.status).toBe(200);
    const staleNotes = await manager.put(`${base}/shared-notes`, { version: 1, body: 'Overwrite' });
    expect(staleNotes.status).toBe(409);

    const staleComplete = await manager.post(`${base}/complete`, { version: 1 });
    expect(staleComplete.status).toBe(409);
    const next = await manager.post(`${base}/complete`, { version: 2 });
    expect(next.status).toBe(200);
    expect(next.body.id).not.toBe(meetingId);
    expect(next.body.status).toBe('upcoming');
    expect(next.body.scheduledOn > '2026-11-02').toBe(true);
    // Undiscussed items and open actions moved on; discussed and done ones stayed behind.
    expect(agendaText(next.body)).toEqual(['Conference talk idea', 'On-call load']);
    expect(next.body.agenda.every((i: Item) => i.carriedOver)).toBe(true);
    expect(find(next.body.agenda, 'Conference talk idea').section).toBe('next');
    expect(next.body.actionItems.map((i: Item) => i.text)).toEqual(['Write the RFC']);
    expect(next.body.sharedNotes).toBe('');

    // The completed meeting keeps its record and is read-only.
    const past = await employee.get(base);
    expect(past.body).toMatchObject({ status: 'completed', sharedNotes: 'We agreed on Friday.' });
    expect(agendaText(past.body)).toEqual(['Conference talk idea', 'On-call load', 'Release checklist']);
    expect(past.body.abilities).toMatchObject({
      addItems: false,
      complete: false,
      editSharedNotes: false,
      writePrivateNote: true,
    });
    const late = await employee.post(`${base}/agenda-items`, { section: 'now', text: 'Too late' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('invalid_state');

    const meetings = await employee.get(`/api/one-on-ones/${created.body.id}/meetings?status=completed`);
    expect(meetings.body).toMatchObject({
      total: 1,
      items: [{ id: meetingId, agendaItems: 3, actionItems: 2 }],
    });
    const list = await employee.get('/api/one-on-ones');
    expect(list.body.items).toContainEqual(
      expect.objectContaining({
        id: created.body.id,
        withPerson: expect.objectContaining({ id: cast.manager.id }),
        nextMeeting: { id: next.body.id, scheduledOn: next.body.scheduledOn },
        openActionItems: 1,
        lastMetOn: '2026-11-02',
      }),
    );
  });

  it('refuses a series with oneself, with someone outside the organisation, and a second series per pair', async () => {
    const self = await employee.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(self.status).toBe(400);
    expect(self.body.error.fields).toHaveProperty('withPersonId');
    const first = await employee.post('/api/one-on-ones', {
      withPersonId: cast.peer.id,
      cadence: 'monthly',
      firstMeetingOn: '2026-11-02',
    });
    expect(first.status).toBe(201);
    const peer = await as(cast.peer);
    const mine = await employee.get(`/api/one-on-ones?withPersonId=${cast.peer.id}`);
    expect(mine.body.items.map((s: { id: string }) => s.id)).toEqual([first.body.id]);
    const none = await employee.get(`/api/one-on-ones?withPersonId=${cast.hr.id}`);
    expect(none.body).toMatchObject({ total: 0, items: [] });
    // Someone else's series with that person is never listed, whoever asks.
    const hrView = await (await as(cast.hr)).get(`/api/one-on-ones?withPersonId=${cast.peer.id}`);
    expect(hrView.body.total).toBe(0);
    const again = await peer.post('/api/one-on-ones', {
      withPersonId: cast.employee.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty('withPersonId');
  });

  it('moves the next meeting and changes the cadence with a version check', async () => {
    const created = await (await as(cast.employee2)).post('/api/one-on-ones', {
      withPersonId: cast.manager.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    const moved = await manager.patch(`/api/one-on-ones/${created.body.id}`, {
      version: 1,
      cadence: 'biweekly',
      nextMeetingOn: '2026-11-04',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({
      cadence: 'biweekly',
      version: 2,
      currentMeeting: { scheduledOn: '2026-11-04' },
    });
    const stale = await manager.patch(`/api/one-on-ones/${created.body.id}`, {
      version: 1,
      cadence: 'monthly',
    });
    expect(stale.status).toBe(409);
  });

  it('lets another module suggest "Next" items only through suggestNextAgendaItems, once per source record', async () => {
    const created = await (await as(cast.peerManager)).post('/api/one-on-ones', {
      withPersonId: cast.peer.id,
      cadence: 'biweekly',
      firstMeetingOn: '2026-11-02',
    });
    const suggestion = {
      text: 'Follow up: AWS certification',
      source: 'development_plan',
      sourceRef: 'plan-action-1',
    };
    const db = server.database.db;
    expect(
      await inTransaction(db, (tx) =>
        suggestNextAgendaItems(tx, { seriesId: created.body.id, items: [suggestion] }),
      ),
    ).toBe(1);
    expect(
      await inTransaction(db, (tx) =>
        suggestNextAgendaItems(tx, { seriesId: created.body.id, items: [suggestion] }),
      ),
    ).toBe(0);
    const manual = { ...suggestion, source: 'manual', sourceRef: 'x' };
    expect(
      await inTransaction(db, (tx) =>
        suggestNextAgendaItems(tx, { seriesId: created.body.id, items: [manual] }),
      ),
    ).toBe(0);
    const seen = await (await as(cast.peer)).get(`/api/one-on-ones/${created.body.id}`);
    expect(seen.body.currentMeeting.agenda).toEqual([
      expect.objectContaining({
        section: 'next',
        source: 'development_plan',
        author: null,
        text: suggestion.text,
      }),
    ]);
  });

  it("refuses to complete a meeting before its day in the organisation's calendar", async () => {
    const inAWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await (await as(cast.skip)).post('/api/one-on-ones', {
      withPersonId: cast.manager.id,
      cadence: 'weekly',
      firstMeetingOn: inAWeek,
    });
    expect(created.status).toBe(201);
    expect(created.body.currentMeeting.abilities.complete).toBe(false);
    const early = await manager.post(`/api/one-on-ones/meetings/${created.body.currentMeeting.id}/complete`, {
      version: 1,
    });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid_state');
    expect(early.body.error.message).toContain(inAWeek);
    const still = await manager.get(`/api/one-on-ones/meetings/${created.body.currentMeeting.id}`);
    expect(still.body.status).toBe('upcoming');
  });

  it('caps suggestions at the most relevant few, and a dismissed one is not suggested again in the series', async () => {
    const approver = await as(cast.approver);
    const created = await approver.post('/api/one-on-ones', {
      withPersonId: cast.coach.id,
      cadence: 'weekly',
      firstMeetingOn: '2026-11-02',
    });
    const seriesId = created.body.id;
    const meetingId = created.body.currentMeeting.id;
    const db = server.database.db;
    const action = (n: number, dueOn: string | null) => ({
      text: `Plan action ${n}`,
      source: 'development_plan',
      sourceRef: `action-${n}`,
      dueOn,
    });
    // Five open plan actions: only three land, the soonest due first.
    const five = [
      action(1, null),
      action(2, '2027-03-01'),
      action(3, '2027-01-15'),
      action(4, null),
      action(5, '2027-02-01'),
    ];
    expect(await inTransaction(db, (tx) => suggestNextAgendaItems(tx, { seriesId, items: five }))).toBe(
      NEXT_SUGGESTION_CAP,
    );
    const seen = await (await coach()).get(`/api/one-on-ones/meetings/${meetingId}`);
    const suggested = seen.body.agenda.filter((i: Item & { source: string }) => i.source !== 'manual');
    expect(suggested.map((i: Item) => i.text)).toEqual(['Plan action 3', 'Plan action 5', 'Plan action 2']);
    expect(suggested[0].abilities.remove).toBe(true);

    // Either participant dismisses one: it goes, and the next most relevant takes its place.
    const dismissed = await (await coach()).request(
      'DELETE',
      `/api/one-on-ones/agenda-items/${suggested[0].id}?version=${suggested[0].version}`,
    );
    expect(dismissed.status).toBe(200);
    expect(await inTransaction(db, (tx) => suggestNextAgendaItems(tx, { seriesId, items: five }))).toBe(1);
    const after = await approver.get(`/api/one-on-ones/meetings/${meetingId}`);
    const texts = after.body.agenda
      .filter((i: Item & { source: string }) => i.source !== 'manual')
      .map((i: Item) => i.text);
    expect(texts).toEqual(['Plan action 5', 'Plan action 2', 'Plan action 1']);

    // Completed, the open suggestions carry over (still three at most), and the dismissed one stays away.
    const completed = await approver.post(`/api/one-on-ones/meetings/${meetingId}/complete`, {
      version: after.body.version,
    });
    expect(completed.status).toBe(200);
    expect(await inTransaction(db, (tx) => suggestNextAgendaItems(tx, { seriesId, items: five }))).toBe(0);
    const next = completed.body.agenda.filter((i: Item & { source: string }) => i.source !== 'manual');
    expect(next.map((i: Item) => i.text).sort()).toEqual(['Plan action 1', 'Plan action 2', 'Plan action 5']);
  });
});
