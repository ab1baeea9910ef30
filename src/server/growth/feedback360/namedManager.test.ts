import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { buildReport, type ReportInput } from './report';
import { ensureCompetencies } from './starterLibrary';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
  await ensureCompetencies(server.database.db, cast.org.organizationId);
});
afterAll(() => server.close());

type Rater = { accountId: string | null };

/** The rater's pending task of this 360, or undefined when they have none (yet). */
async function pendingTask(rater: Rater, subjectId: string) {
  const tasks = await (await as(rater)).get('/api/growth/360/tasks?pageSize=100');
  return tasks.body.items.find(
    (t: { status: string; subject: { id: string } }) => t.status === 'pending' && t.subject.id === subjectId,
  );
}

async function answer(rater: Rater, subjectId: string, score: number, comment: string) {
  const client = await as(rater);
  const task = await pendingTask(rater, subjectId);
  const detail = await client.get(`/api/growth/360/tasks/${task.id}`);
  const sent = await client.post('/api/growth/360/responses', {
    taskId: task.id,
    answers: detail.body.questions.map((q: { id: string }) => ({ questionId: q.id, score })),
    strengths: comment,
  });
  expect(sent.status, sent.text).toBe(201);
  return detail.body;
}

describe('a 360 that names the manager, with the raters approved by the manager first', () => {
  it('waits for the approval before anyone is asked; the manager is told he is named; the report keeps him apart', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id, givenName: 'Sina' });
    const subjectName = subject.id;
    const peers = [];
    for (const name of ['Pia', 'Pablo', 'Priya', 'Piet'])
      peers.push({
        ...(await cast.org.addPerson({
          managerId: cast.skip.id,
          givenName: name,
          familyName: `Rater${name}`,
        })),
        familyName: `Rater${name}`,
      });
    const me = await as(subject);

    const created = await me.post('/api/growth/360/requests', {
      deadline: inDays(20),
      requireManagerApproval: true,
      managerNamed: true,
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    let request = (await me.get(`/api/growth/360/requests/${id}`)).body;
    expect(request).toMatchObject({ managerNamed: true, requireManagerApproval: true });
    // The current manager is nominated in the manager group at once, and nobody else may join it.
    expect(request.nominations.map((n: { group: string }) => n.group)).toEqual(['manager']);
    const intruder = await me.post(`/api/growth/360/requests/${id}/nominations`, {
      personId: peers[0]!.id,
      group: 'manager',
    });
    expect(intruder.status).toBe(400);
    expect(intruder.body.error.fields?.personId ?? intruder.text).toBeTruthy();
    for (const peer of peers) {
      const added = await me.post(`/api/growth/360/requests/${id}/nominations`, {
        personId: peer.id,
        group: 'peers',
      });
      expect(added.status, added.text).toBe(201);
    }
    request = (await me.get(`/api/growth/360/requests/${id}`)).body;
    const sent = await me.post(`/api/growth/360/requests/${id}/submit`, { version: request.version });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.body.status).toBe('awaiting_approval');

    // Approval is real: no rater (nor the subject's self view) has a task until the manager decides.
    for (const rater of [...peers, cast.manager, subject])
      expect(await pendingTask(rater, subjectName)).toBeUndefined();
    // Only the approving manager sees the list; other managers see nothing.
    expect((await (await as(cast.skip)).get('/api/growth/360/approvals')).body.items).toEqual([]);
    const manager = await as(cast.manager);
    const waiting = (await manager.get('/api/growth/360/approvals')).body.items.find(
      (a: { id: string }) => a.id === id,
    );
    expect(waiting).toMatchObject({ managerNamed: true });
    const decided = await manager.post(`/api/growth/360/requests/${id}/approval`, {
      version: waiting.version,
      decisions: waiting.nominations.map((n: { id: string }) => ({ nominationId: n.id, approved: true })),
    });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.body.status).toBe('collecting');

    // The manager's task says he is named; the peers' tasks say nothing of the kind.
    const managerTask = await answer(cast.manager, subjectName, 2, 'The manager’s own strength note');
    expect(managerTask.named).toBe(true);
    for (const [i, peer] of peers.slice(0, 3).entries()) {
      const task = await answer(peer, subjectName, 4, `peer note ${i}`);
      expect(task.named).toBe(false);
    }
    await answer(subject, subjectName, 3, 'self note');
    request = (await me.get(`/api/growth/360/requests/${id}`)).body;
    const closed = await me.post(`/api/growth/360/requests/${id}/close`, { version: request.version });
    expect(closed.body.status).toBe('released');

    const report = await me.get(`/api/growth/360/requests/${id}/report`);
    expect(report.status, report.text).toBe(200);
    const managerName = sent.body.approver.displayName;
    expect(report.body.namedManager).toMatchObject({
      displayName: managerName,
      answered: true,
      comments: { strengths: ['The manager’s own strength note'], suggestions: [] },
    });
    expect(report.body.namedManager.scores.every((s: { score: number }) => s.score === 2)).toBe(true);
    // The manager is no anonymous group: not shown, not suppressed, not in "others" or the pool.
    expect(report.body.shownGroups).toEqual([{ group: 'peers', responses: 3 }]);
    expect(report.body.suppressedGroups).toEqual([]);
    for (const competency of report.body.competencies) {
      expect(competency.others).toBe(4);
      expect(competency.groups).toEqual([{ group: 'peers', average: 4 }]);
    }
    expect(report.body.comments.strengths).not.toContain('The manager’s own strength note');
    // No peer is named anywhere in the report, the named section included.
    for (const peer of peers) expect(report.text).not.toContain(peer.familyName);
    expect(JSON.stringify(report.body.namedManager)).not.toContain('peer note');
  });

  it('without the choice, the lone manager stays pooled and suppressed as before', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id, givenName: 'Nora' });
    const me = await as(subject);
    const created = await me.post('/api/growth/360/requests', { deadline: inDays(20) });
    const id = created.body.id;
    const request = (await me.get(`/api/growth/360/requests/${id}`)).body;
    expect(request.managerNamed).toBe(false);
    expect(request.nominations).toEqual([]);
    // Anyone may be put in the manager group then (it is just another anonymous group).
    const added = await me.post(`/api/growth/360/requests/${id}/nominations`, {
      personId: cast.skip.id,
      group: 'manager',
    });
    expect(added.status, added.text).toBe(201);
  });

  it('refuses the choice when there is no manager to name', async () => {
    const loner = await cast.org.addPerson({ managerId: null, givenName: 'Lone' });
    const created = await (await as(loner)).post('/api/growth/360/requests', {
      deadline: inDays(20),
      managerNamed: true,
    });
    expect(created.status).toBe(400);
    expect(Object.keys(created.body.error.fields)).toEqual(['managerNamed']);
  });
});

describe('the report with a named manager (pure)', () => {
  const questions = [
    { id: 'q1', name: 'Listening', description: '' },
    { id: 'q2', name: 'Clarity', description: '' },
  ];
  const base = (peerScore: number, peerComment: string): ReportInput => ({
    questions,
    thresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
    invitedGroups: ['manager', 'peers'],
    responses: [
      { group: 'self', scores: { q1: 4, q2: 4 } },
      { group: 'manager', scores: { q1: 2, q2: null } },
      { group: 'peers', scores: { q1: peerScore, q2: peerScore } },
      { group: 'peers', scores: { q1: 1, q2: 5 } },
    ],
    comments: [
      { group: 'peers', kind: 'strengths', text: peerComment },
      { group: 'manager', kind: 'suggestions', text: 'from the manager' },
    ],
    previousOthers: null,
    namedManager: { displayName: 'Mara Manager', jobTitle: 'Lead' },
  });

  it('shows the manager by name, and a pooled group below its threshold still shows nothing', () => {
    const report = buildReport(base(3, 'a peer wrote this'));
    expect(report.namedManager).toEqual({
      displayName: 'Mara Manager',
      jobTitle: 'Lead',
      answered: true,
      scores: [
        { name: 'Listening', score: 2 },
        { name: 'Clarity', score: null },
      ],
      comments: { strengths: [], suggestions: ['from the manager'] },
    });
    expect(report.shownGroups).toEqual([]);
    expect(report.suppressedGroups).toEqual([{ group: 'peers', threshold: 3 }]);
    expect(report.competencies.every((c) => c.others === null && c.groups.length === 0)).toBe(true);
    expect(report.comments).toEqual({ strengths: [], suggestions: [] });
  });

  it('what the suppressed peers wrote changes nothing, the named section included', () => {
    expect(buildReport(base(1, 'one world'))).toEqual(buildReport(base(5, 'another world')));
  });

  it('without the choice the manager group is pooled and, alone, suppressed', () => {
    const report = buildReport({ ...base(3, 'x'), namedManager: null });
    expect(report.namedManager).toBeNull();
    expect(report.suppressedGroups.map((g) => g.group)).toEqual(['manager', 'peers']);
    expect(JSON.stringify(report)).not.toContain('from the manager');
  });
});
