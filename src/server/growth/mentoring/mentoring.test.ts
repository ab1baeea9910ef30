import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { mentoringMatches, mentoringProfiles } from './tables';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const base = '/api/growth/mentoring';

async function programme(matchingMode: string, extra: Record<string, unknown> = {}) {
  const hr = await as(cast.hr);
  const created = await hr.post(`${base}/programmes`, {
    name: `Mentoring ${Math.random().toString(36).slice(2, 7)}`,
    status: 'open',
    matchingMode,
    minLevelGap: 0,
    ...extra,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

async function join(person: { accountId: string | null }, programmeId: string, role: string, body = {}) {
  const response = await (await as(person)).put(`${base}/programmes/${programmeId}/profiles/${role}`, {
    languages: ['en'],
    ...body,
  });
  expect(response.status).toBe(200);
  return response.body;
}

describe('mentoring', () => {
  it('self-select: suggestions skip the reporting chain; propose, accept, agree, log a session; notes stay with the pair', async () => {
    const programmeId = await programme('self_select');
    await join(cast.peer, programmeId, 'mentor');
    await join(cast.manager, programmeId, 'mentor');
    await join(cast.employee, programmeId, 'mentee', { goalsText: 'Learn to lead workshops' });

    const employee = await as(cast.employee);
    const suggestions = await employee.get(`${base}/programmes/${programmeId}/suggestions`);
    expect(suggestions.status).toBe(200);
    // The manager is in the mentee's reporting chain: never suggested.
    expect(suggestions.body.items.map((s: { mentor: { id: string } }) => s.mentor.id)).toEqual([
      cast.peer.id,
    ]);
    expect(suggestions.body.featuredMentorId).toBe(cast.peer.id);
    expect(Object.keys(suggestions.body.items[0].breakdown).sort()).toEqual(
      ['availability', 'crossFunction', 'gaps', 'languageTimeZone', 'skills'].sort(),
    );

    const refused = await employee.post(`${base}/programmes/${programmeId}/requests`, {
      mentorId: cast.manager.id,
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toMatchObject({
      code: 'mentoringRuleBroken',
      params: { rule: 'reporting_chain' },
    });

    const proposed = await employee.post(`${base}/programmes/${programmeId}/requests`, {
      mentorId: cast.peer.id,
    });
    expect(proposed.status).toBe(201);
    expect(proposed.body).toMatchObject({ status: 'proposed', viewerRole: 'mentee', source: 'self_select' });
    const matchId = proposed.body.id as string;

    const mentor = await as(cast.peer);
    const stale = await mentor.post(`${base}/matches/${matchId}/response`, { version: 9, accept: true });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    expect(
      (await employee.post(`${base}/matches/${matchId}/response`, { version: 1, accept: true })).status,
    ).toBe(403);
    const accepted = await mentor.post(`${base}/matches/${matchId}/response`, { version: 1, accept: true });
    expect(accepted.body.status).toBe('accepted');

    const early = await employee.post(`${base}/matches/${matchId}/agreement/confirmation`, { version: 2 });
    expect(early.status).toBe(409);
    const agreed = await mentor.put(`${base}/matches/${matchId}/agreement`, {
      version: 2,
      goals: 'Run two workshops with feedback',
      cadence: 'fortnightly',
      confidentiality: 'What we talk about stays between us.',
      endDate: '2099-06-30',
    });
    expect(agreed.status).toBe(200);
    const active = await employee.post(`${base}/matches/${matchId}/agreement/confirmation`, { version: 3 });
    expect(active.body.status).toBe('active');

    const secret = 'Worried about the reorg, talk to no one';
    const session = await mentor.post(`${base}/matches/${matchId}/sessions`, {
      startsAt: '2026-11-02T09:00:00Z',
      durationMinutes: 45,
      topic: 'Workshop design',
      sessionNotes: secret,
    });
    expect(session.status).toBe(201);
    const ics = await employee.get(`${base}/matches/${matchId}/sessions/${session.body.id}/session.ics`);
    expect(ics.status).toBe(200);
    expect(ics.text).toContain('BEGIN:VEVENT');
    expect(ics.text).not.toContain(secret);
    expect((await employee.get(`${base}/matches/${matchId}/sessions`)).body.items[0].sessionNotes).toBe(
      secret,
    );

    // Not shared yet: the manager sees nothing at all.
    const manager = await as(cast.manager);
    expect((await manager.get(`${base}/matches/${matchId}`)).status).toBe(404);
    expect((await manager.get(`${base}/people/${cast.employee.id}/matches`)).body.items).toEqual([]);
    const shared = await employee.post(`${base}/matches/${matchId}/sharing`, {
      version: 4,
      sharedWithManager: true,
    });
    expect(shared.body.sharedWithManager).toBe(true);
    const managerView = await manager.get(`${base}/matches/${matchId}`);
    expect(managerView.status).toBe(200);
    expect(managerView.body).toMatchObject({
      viewerRole: 'manager',
      mentor: { id: cast.peer.id },
      agreement: { goals: 'Run two workshops with feedback', confidentiality: null },
      sessionCount: 1,
      score: null,
    });
    expect(managerView.body.sessionDates).toHaveLength(1);
    expect(managerView.text).not.toContain(secret);

    // Notes: 404 for the manager, HR and everyone else outside the pair.
    for (const outsider of [cast.manager, cast.hr, cast.skip, cast.orgAdmin, cast.employee2]) {
      const client = await as(outsider);
      expect((await client.get(`${base}/matches/${matchId}/sessions`)).status).toBe(404);
      expect(
        (await client.get(`${base}/matches/${matchId}/sessions/${session.body.id}/session.ics`)).status,
      ).toBe(404);
    }
    for (const outsider of [cast.skip, cast.orgAdmin, cast.employee2, cast.coach])
      expect((await (await as(outsider)).get(`${base}/matches/${matchId}`)).status).toBe(404);

    // HR runs the programme: people, state and score, never goals, notes or feedback words.
    const hr = await as(cast.hr);
    const hrView = await hr.get(`${base}/matches/${matchId}`);
    expect(hrView.body).toMatchObject({
      viewerRole: 'admin',
      status: 'active',
      agreement: null,
      sessionCount: null,
    });
    expect(hrView.text).not.toContain('workshops');
    const hrList = await hr.get(`${base}/programmes/${programmeId}/matches`);
    expect(hrList.body.items).toHaveLength(1);
    expect(hrList.text).not.toContain('Learn to lead workshops');

    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerPersonId, cast.hr.id)));
    expect(logged.length).toBeGreaterThan(0);

    // Stop sharing: the manager is back to nothing.
    await employee.post(`${base}/matches/${matchId}/sharing`, { version: 5, sharedWithManager: false });
    expect((await manager.get(`${base}/matches/${matchId}`)).status).toBe(404);

    const closed = await employee.post(`${base}/matches/${matchId}/closure`, {
      version: 6,
      reason: 'Goals reached',
    });
    expect(closed.body).toMatchObject({ closed: { status: 'closed', closedBy: 'mentee' }, rematch: null });
    const feedback = await mentor.post(`${base}/matches/${matchId}/feedback`, {
      version: 7,
      rating: 5,
      comment: 'A pleasure',
    });
    expect(feedback.body).toMatchObject({ mentorRating: 5, myFeedback: 'A pleasure' });
    const menteeSees = await employee.get(`${base}/matches/${matchId}`);
    expect(menteeSees.text).not.toContain('A pleasure');
    const again = await mentor.post(`${base}/matches/${matchId}/feedback`, { version: 8, rating: 4 });
    expect(again.status).toBe(409);
  });

  it('re-match: the mentee closes with a reason and gets a new proposal, never the old mentor', async () => {
    const programmeId = await programme('self_select');
    await join(cast.peer, programmeId, 'mentor');
    await join(cast.peerManager, programmeId, 'mentor');
    await join(cast.employee2, programmeId, 'mentee');
    const mentee = await as(cast.employee2);
    const first = await mentee.post(`${base}/programmes/${programmeId}/requests`, { mentorId: cast.peer.id });
    const result = await mentee.post(`${base}/matches/${first.body.id}/closure`, {
      version: 1,
      reason: 'Our schedules never fit',
      rematch: true,
    });
    expect(result.status).toBe(200);
    expect(result.body.rematch).toMatchObject({
      status: 'proposed',
      source: 'rematch',
      mentor: { id: cast.peerManager.id },
    });
  });

  it('a proposal left unanswered past the response time is declined on read', async () => {
    const programmeId = await programme('self_select', { responseHours: 1 });
    await join(cast.peer, programmeId, 'mentor');
    await join(cast.approver, programmeId, 'mentee');
    const mentee = await as(cast.approver);
    const proposed = await mentee.post(`${base}/programmes/${programmeId}/requests`, {
      mentorId: cast.peer.id,
    });
    await server.database.db
      .update(mentoringMatches)
      .set({ respondBy: new Date(Date.now() - 60_000) })
      .where(eq(mentoringMatches.id, proposed.body.id));
    const read = await mentee.get(`${base}/matches/${proposed.body.id}`);
    expect(read.body).toMatchObject({ status: 'declined', declinedAutomatically: true });
  });

  it('mentee-ranks: the admin sees each choice with its score and rule check, and decides', async () => {
    const programmeId = await programme('mentee_ranks_admin_decides');
    await join(cast.peer, programmeId, 'mentor');
    await join(cast.manager, programmeId, 'mentor');
    await join(cast.employee, programmeId, 'mentee', { rankedMentorIds: [cast.manager.id, cast.peer.id] });
    const hr = await as(cast.hr);
    const choices = await hr.get(`${base}/programmes/${programmeId}/choices`);
    expect(choices.status).toBe(200);
    const [row] = choices.body.items;
    expect(row.choices.map((c: { rank: number; violations: string[] }) => [c.rank, c.violations])).toEqual([
      [1, ['reporting_chain']],
      [2, []],
    ]);
    const chain = await hr.post(`${base}/programmes/${programmeId}/matches`, {
      menteeId: cast.employee.id,
      mentorId: cast.manager.id,
    });
    expect(chain.status).toBe(409);
    const decided = await hr.post(`${base}/programmes/${programmeId}/matches`, {
      menteeId: cast.employee.id,
      mentorId: cast.peer.id,
    });
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({ status: 'proposed', source: 'admin', viewerRole: 'admin' });
    // Not the employee's to decide, and not visible to a colleague.
    const self = await (await as(cast.employee)).post(`${base}/programmes/${programmeId}/matches`, {
      menteeId: cast.employee.id,
      mentorId: cast.peer.id,
    });
    expect(self.status).toBe(403);
  });

  it('whole pool: a draft to review; publishing re-checks every rule and refuses a broken pair by name', async () => {
    const programmeId = await programme('whole_pool', { mentorCapacity: 1 });
    await join(cast.peer, programmeId, 'mentor');
    await join(cast.coach, programmeId, 'mentor');
    await join(cast.employee, programmeId, 'mentee');
    await join(cast.employee2, programmeId, 'mentee');
    const hr = await as(cast.hr);
    const draft = await hr.post(`${base}/programmes/${programmeId}/drafts`);
    expect(draft.status).toBe(201);
    expect(draft.body.pairs).toHaveLength(2);
    expect(draft.body.status).toBe('draft');

    // After the draft, one mentor opts out: publishing now would break a rule.
    const pairOfPeer = draft.body.pairs.find((p: { mentor: { id: string } }) => p.mentor.id === cast.peer.id);
    await server.database.db
      .update(mentoringProfiles)
      .set({ optedIn: false })
      .where(
        and(eq(mentoringProfiles.programmeId, programmeId), eq(mentoringProfiles.personId, cast.peer.id)),
      );
    const refused = await hr.post(`${base}/drafts/${draft.body.id}/publication`, { version: 1 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toMatchObject({
      code: 'mentoringRuleBroken',
      params: { rule: 'not_opted_in', mentor: 'Pia Peer' },
    });
    expect((await hr.get(`${base}/programmes/${programmeId}/matches`)).body.items).toEqual([]);

    const removed = await hr.post(`${base}/drafts/${draft.body.id}/entries/${pairOfPeer.entryId}/removal`, {
      version: 1,
    });
    expect(removed.body.pairs.filter((p: { removed: boolean }) => p.removed)).toHaveLength(1);
    const published = await hr.post(`${base}/drafts/${draft.body.id}/publication`, { version: 2 });
    expect(published.body.status).toBe('published');
    const matches = await hr.get(`${base}/programmes/${programmeId}/matches`);
    expect(matches.body.items).toHaveLength(1);
    expect(matches.body.items[0]).toMatchObject({
      source: 'pool',
      status: 'proposed',
      mentor: { id: cast.coach.id },
    });
    expect((await hr.post(`${base}/drafts/${draft.body.id}/publication`, { version: 3 })).status).toBe(409);
  });

  it('participation counts withhold departments under five', async () => {
    const programmeId = await programme('self_select');
    await join(cast.peer, programmeId, 'mentor');
    for (const person of [cast.employee, cast.employee2, cast.approver, cast.coach, cast.orgAdmin])
      await join(person, programmeId, 'mentee');
    const counts = await (await as(cast.hr)).get(`${base}/programmes/${programmeId}/participation`);
    expect(counts.body.rows).toEqual([
      {
        departmentName: 'Engineering',
        mentors: null,
        mentees: 5,
        mentorsSuppressed: 'below_threshold',
        menteesSuppressed: null,
      },
    ]);
    expect(
      (await (await as(cast.manager)).get(`${base}/programmes/${programmeId}/participation`)).status,
    ).toBe(403);
  });

  it('programmes: HR creates, drafts stay hidden, fields are validated by name', async () => {
    const hr = await as(cast.hr);
    const draft = await hr.post(`${base}/programmes`, { name: 'Hidden draft' });
    expect(draft.body.status).toBe('draft');
    expect((await (await as(cast.employee)).get(`${base}/programmes/${draft.body.id}`)).status).toBe(404);
    const bad = await hr.post(`${base}/programmes`, {
      name: 'Bad',
      cohortStart: '2026-05-01',
      cohortEnd: '2026-04-01',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fieldIssues.cohortEnd.code).toBe('mentoringDatesOrder');
    const tooMany = await hr.post(`${base}/programmes`, { name: 'Bad', mentorCapacity: 9 });
    expect(tooMany.status).toBe(400);
    expect(Object.keys(tooMany.body.error.fieldIssues)).toEqual(['mentorCapacity']);
    expect((await (await as(cast.manager)).post(`${base}/programmes`, { name: 'No' })).status).toBe(403);
  });
});
