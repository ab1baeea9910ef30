import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { accounts } from '../../platform/auth/tables';
import { flushNotificationEmails } from '../../platform/notifications/notify';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { run360Schedule } from './commands/lifecycle';
import { ensureCompetencies } from './starterLibrary';
import { feedback360Requests } from './tables';

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

type Person = Awaited<ReturnType<Cast['org']['addPerson']>>;

/** Answers a rater's only open task for `subjectId` with one score for every question. */
async function answer(person: Person | Cast['employee'], score: number, comment = '') {
  const client = await as(person);
  const tasks = await client.get('/api/growth/360/tasks');
  const task = tasks.body.items.find((t: { status: string }) => t.status === 'pending');
  const detail = await client.get(`/api/growth/360/tasks/${task.id}`);
  const response = await client.post('/api/growth/360/responses', {
    taskId: task.id,
    answers: detail.body.questions.map((q: { id: string }) => ({ questionId: q.id, score })),
    strengths: comment,
  });
  expect(response.status, response.text).toBe(201);
  expect(response.body).toEqual({ ...task, status: 'done' });
  return response;
}

describe('a 360 with 2 peers and 4 direct reports (SPEC S1.3 acceptance)', () => {
  it('shows direct reports, not peers, in no total, and no body anyone else can fetch names a rater', async () => {
    const db = server.database.db;
    const subject = cast.manager;
    const reports = [cast.employee, cast.employee2];
    for (let i = 0; i < 2; i++) reports.push(await cast.org.addPerson({ managerId: subject.id }));
    const peers = [
      await cast.org.addPerson({ managerId: cast.skip.id, givenName: 'Petra' }),
      await cast.org.addPerson({ managerId: cast.skip.id, givenName: 'Paul' }),
    ];
    const raters = [...reports, ...peers];
    const me = await as(subject);
    const bodies: { who: string; route: string; text: string }[] = [];
    const keep = (who: string, route: string, response: { text: string }) =>
      bodies.push({ who, route, text: response.text });

    const created = await me.post('/api/growth/360/requests', {
      deadline: inDays(14),
      requireManagerApproval: true,
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    for (const rater of reports) {
      const r = await me.post(`/api/growth/360/requests/${id}/nominations`, {
        personId: rater.id,
        group: 'direct_reports',
      });
      expect(r.status, r.text).toBe(201);
      keep('subject', 'POST nominations', r);
    }
    for (const peer of peers)
      keep(
        'subject',
        'POST nominations',
        await me.post(`/api/growth/360/requests/${id}/nominations`, { personId: peer.id, group: 'peers' }),
      );
    const detail = await me.get(`/api/growth/360/requests/${id}`);
    expect(detail.body.nominations).toHaveLength(6);
    expect(detail.body.nominations[0]).not.toHaveProperty('personId');

    // Thresholds: never below 3 (400 naming the field); raising is fine before any response.
    const tooLow = await me.patch(`/api/growth/360/requests/${id}`, {
      version: detail.body.version,
      thresholds: { peers: 2 },
    });
    expect(tooLow.status).toBe(400);
    expect(tooLow.body.error.fields).toHaveProperty(['thresholds.peers']);

    const submitted = await me.post(`/api/growth/360/requests/${id}/submit`, {
      version: detail.body.version,
    });
    expect(submitted.body.status).toBe('awaiting_approval');
    keep('subject', 'POST submit', submitted);

    // The manager (here the skip-level) approves every nomination; the 360 starts collecting.
    const approver = await as(cast.skip);
    const approvals = await approver.get('/api/growth/360/approvals');
    const mine = approvals.body.items.find((a: { id: string }) => a.id === id);
    expect(mine.nominations).toHaveLength(6);
    const approved = await approver.post(`/api/growth/360/requests/${id}/approval`, {
      version: mine.version,
      decisions: mine.nominations.map((n: { id: string }) => ({ nominationId: n.id, approved: true })),
    });
    expect(approved.body.status, approved.text).toBe('collecting');
    // The approver has no view of the 360 itself, before or after.
    expect((await approver.get(`/api/growth/360/requests/${id}`)).status).toBe(404);

    await answer(subject, 4, 'my own take');
    const raised = await me.patch(`/api/growth/360/requests/${id}`, {
      version: (await me.get(`/api/growth/360/requests/${id}`)).body.version,
      thresholds: { direct_reports: 4 },
    });
    expect(raised.status, raised.text).toBe(200);

    for (const [i, rater] of reports.entries()) await answer(rater, 2 + (i % 2), `report comment ${i}`);
    await answer(peers[0]!, 5, 'peer secret comment');
    await answer(peers[1]!, 5, 'second peer secret');

    // After the first response a threshold can rise but not fall: 409 with a stable code.
    const current = (await me.get(`/api/growth/360/requests/${id}`)).body;
    const lowered = await me.patch(`/api/growth/360/requests/${id}`, {
      version: current.version,
      thresholds: { direct_reports: 3 },
    });
    expect(lowered.status).toBe(409);
    expect(lowered.body.error.code).toBe('threshold_locked');

    // Progress: direct reports reached their threshold (count shown); peers did not (no count at all).
    expect(current.progress).toEqual([
      { group: 'peers', invited: 2, threshold: 3, enough: false, answered: null },
      { group: 'direct_reports', invited: 4, threshold: 4, enough: true, answered: 4 },
    ]);
    keep('subject', 'GET request', { text: JSON.stringify(current) });

    // Reminding answers the same whoever is left; a second reminder the same day is refused.
    const reminded = await me.post(`/api/growth/360/requests/${id}/remind`, { version: current.version });
    expect(reminded.status, reminded.text).toBe(200);
    expect((await me.post(`/api/growth/360/requests/${id}/remind`, { version: 0 })).body.error.code).toBe(
      'reminder_too_soon',
    );

    // The report is not there while collecting.
    expect((await me.get(`/api/growth/360/requests/${id}/report`)).status).toBe(403);
    const closed = await me.post(`/api/growth/360/requests/${id}/close`, {
      version: (await me.get(`/api/growth/360/requests/${id}`)).body.version,
    });
    expect(closed.body.status).toBe('released');

    const report = await me.get(`/api/growth/360/requests/${id}/report`);
    expect(report.status, report.text).toBe(200);
    expect(report.body.shownGroups).toEqual([{ group: 'direct_reports', responses: 4 }]);
    expect(report.body.suppressedGroups).toEqual([{ group: 'peers', threshold: 3 }]);
    for (const competency of report.body.competencies) {
      // Direct reports answered 2, 3, 2, 3; the peers' 5s are in no number at all.
      expect(competency.others).toBe(2.5);
      expect(competency.groups).toEqual([{ group: 'direct_reports', average: 2.5 }]);
      expect(competency.self).toBe(4);
      expect(competency.gap).toBe(1.5);
    }
    expect(report.body.blindSpots).toHaveLength(3);
    expect(report.text).not.toContain('peer secret');
    expect(report.text).not.toContain('second peer');
    expect([...report.body.comments.strengths].sort()).toEqual(
      [0, 1, 2, 3].map((i) => `report comment ${i}`),
    );
    expect(report.body.selfComments.strengths).toBe('my own take');
    expect(report.text).not.toMatch(/T\d\d:\d\d/);
    keep('subject', 'GET report', report);

    // Every route the subject, manager, HR and admin can call: no rater id, account id or email.
    const raterAccounts = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.organizationId, cast.org.organizationId));
    const raterAccountIds = raterAccounts
      .map((a) => a.id)
      .filter((aid) => raters.some((r) => r.accountId === aid));
    const secrets = [...raters.flatMap((r) => [r.id, r.email]), ...raterAccountIds];
    const reads = [
      '/api/growth/360/requests',
      `/api/growth/360/requests/${id}`,
      `/api/growth/360/requests/${id}/report`,
      '/api/growth/360/tasks',
      '/api/growth/360/approvals',
      '/api/growth/360/coachees',
      '/api/growth/360/programs',
      '/api/growth/360/competencies',
      '/api/notifications',
      '/api/access-log/me',
      '/api/admin/audit?pageSize=100',
      '/api/admin/outbox?pageSize=100',
    ];
    // Invitations and reminders went out by email too: the outbox must not say to whom.
    await flushNotificationEmails(db, server.mailer, { organizationId: cast.org.organizationId });
    const outbox = await (await as(cast.orgAdmin)).get('/api/admin/outbox?pageSize=100');
    const raterMail = outbox.body.items.filter(
      (m: { kind: string }) => m.kind === 'feedback360.invited' || m.kind === 'feedback360.reminder',
    );
    expect(raterMail.length).toBeGreaterThan(0);
    for (const mail of raterMail) {
      expect(mail).toMatchObject({
        dataClass: 'anonymous',
        view: 'metadata',
        to: null,
        subject: null,
        text: null,
      });
    }
    for (const [who, person] of [
      ['subject', subject],
      ['manager', cast.skip],
      ['hr', cast.hr],
      ['admin', cast.orgAdmin],
    ] as const) {
      const client = await as(person);
      for (const route of reads) keep(who, route, await client.get(route));
    }
    const leaks = bodies.flatMap((b) =>
      secrets.filter((s) => b.text.includes(s)).map((s) => `${b.who} ${b.route} carries ${s}`),
    );
    expect(leaks).toEqual([]);
    // …and the scan can fail: a directory read does carry them.
    const directory = await (await as(cast.hr)).get(`/api/people/${peers[0]!.id}`);
    expect(directory.text).toContain(peers[0]!.id);

    // No notification to the subject says when or whether someone answered.
    const inbox = await db
      .select({ kind: notifications.kind })
      .from(notifications)
      .where(eq(notifications.recipientId, subject.id));
    expect(inbox.map((n) => n.kind)).not.toContain('feedback360.response');
  });
});

describe('360 roles and lifecycle', () => {
  it('with a coach: the coach reads first and releases; manager, HR and admin never read it', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id, givenName: 'Sol' });
    const others = [];
    for (let i = 0; i < 3; i++) others.push(await cast.org.addPerson({ managerId: cast.peerManager.id }));
    // HR starts it for a leadership program.
    const hr = await as(cast.hr);
    const created = await hr.post('/api/growth/360/requests', {
      subjectId: subject.id,
      programName: 'Leaders 2027',
      deadline: inDays(10),
      coachId: cast.coach.id,
    });
    expect(created.status, created.text).toBe(201);
    const id = created.body.id;
    expect((await hr.get(`/api/growth/360/requests/${id}`)).status).toBe(404);
    const me = await as(subject);
    for (const o of others)
      await me.post(`/api/growth/360/requests/${id}/nominations`, { personId: o.id, group: 'others' });
    const v = (await me.get(`/api/growth/360/requests/${id}`)).body.version;
    expect((await me.post(`/api/growth/360/requests/${id}/submit`, { version: v })).body.status).toBe(
      'collecting',
    );
    for (const o of others) await answer(o, 3);

    const program = await hr.get('/api/growth/360/programs');
    const leaders = program.body.items.find((p: { programName: string }) => p.programName === 'Leaders 2027');
    expect(leaders.counts.collecting).toBe(1);
    expect(JSON.stringify(program.body)).not.toMatch(/answered|invited|nominations/);

    // HR closes the program 360; it goes to the coach first.
    const closed = await hr.post(`/api/growth/360/requests/${id}/close`, { version: v + 1 });
    expect(closed.body.status, closed.text).toBe('closed');
    expect((await me.get(`/api/growth/360/requests/${id}/report`)).status).toBe(403);
    // HR knows the program 360 exists (403); everyone else is told it does not (404).
    expect((await hr.get(`/api/growth/360/requests/${id}/report`)).status).toBe(403);
    for (const person of [cast.manager, cast.orgAdmin, cast.approver])
      expect((await (await as(person)).get(`/api/growth/360/requests/${id}/report`)).status).toBe(404);
    const coach = await as(cast.coach);
    expect(
      (await coach.get('/api/growth/360/coachees')).body.items.map((r: { id: string }) => r.id),
    ).toContain(id);
    const coachRead = await coach.get(`/api/growth/360/requests/${id}/report`);
    expect(coachRead.body).toMatchObject({
      shownGroups: [{ group: 'others', responses: 3 }],
      abilities: { release: true },
    });
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, subject.id), eq(accessLog.viewerPersonId, cast.coach.id)));
    expect(logged.map((l) => l.dataClass)).toContain('development');
    const released = await coach.post(`/api/growth/360/requests/${id}/release`, { version: v + 2 });
    expect(released.body.status, released.text).toBe('released');
    expect((await me.get(`/api/growth/360/requests/${id}/report`)).status).toBe(200);
  });

  it('a rejected nomination that leaves no group full sends it back; the deadline job closes and reminds', async () => {
    const subject = await cast.org.addPerson({ managerId: cast.manager.id });
    const peers = [];
    for (let i = 0; i < 3; i++) peers.push(await cast.org.addPerson({ managerId: cast.manager.id }));
    const me = await as(subject);
    const id = (
      await me.post('/api/growth/360/requests', { deadline: inDays(2), requireManagerApproval: true })
    ).body.id;
    for (const p of peers)
      await me.post(`/api/growth/360/requests/${id}/nominations`, { personId: p.id, group: 'peers' });
    const tooFew = await me.post(`/api/growth/360/requests/${id}/nominations`, {
      personId: subject.id,
      group: 'peers',
    });
    expect(tooFew.body.error.fields).toHaveProperty('personId');
    const v = (await me.get(`/api/growth/360/requests/${id}`)).body.version;
    await me.post(`/api/growth/360/requests/${id}/submit`, { version: v });
    const manager = await as(cast.manager);
    const pending = (await manager.get('/api/growth/360/approvals')).body.items.find(
      (a: { id: string }) => a.id === id,
    );
    const decided = await manager.post(`/api/growth/360/requests/${id}/approval`, {
      version: pending.version,
      decisions: pending.nominations.map((n: { id: string }, i: number) => ({
        nominationId: n.id,
        approved: i > 0,
      })),
    });
    expect(decided.body.status).toBe('nominating');
    const back = (await me.get(`/api/growth/360/requests/${id}`)).body;
    expect(back.nominations.filter((n: { status: string }) => n.status === 'rejected')).toHaveLength(1);

    // Re-nominate and start without approval this time.
    await me.post(`/api/growth/360/requests/${id}/nominations`, {
      personId: cast.employee2.id,
      group: 'peers',
    });
    const v2 = (await me.get(`/api/growth/360/requests/${id}`)).body.version;
    await me.patch(`/api/growth/360/requests/${id}`, { version: v2, requireManagerApproval: false });
    const started = await me.post(`/api/growth/360/requests/${id}/submit`, { version: v2 + 1 });
    expect(started.body.status, started.text).toBe('collecting');

    const schedule = { db: server.database.db, organizationId: cast.org.organizationId };
    const { reminded } = await run360Schedule(schedule);
    expect(reminded).toBeGreaterThanOrEqual(3);
    await server.database.db
      .update(feedback360Requests)
      .set({ deadline: inDays(-1) })
      .where(eq(feedback360Requests.id, id));
    const { closed } = await run360Schedule(schedule);
    expect(closed).toBeGreaterThanOrEqual(1);
    expect((await me.get(`/api/growth/360/requests/${id}`)).body.status).toBe('released');
    const report = await me.get(`/api/growth/360/requests/${id}/report`);
    expect(report.body.shownGroups).toEqual([]);
    expect(report.body.suppressedGroups).toEqual([{ group: 'peers', threshold: 3 }]);
  });
});

describe('the deadline job counts days where the organisation is', () => {
  it('closes a 360 once the day after its deadline has begun in Auckland, not a day early in Honolulu', async () => {
    const db = server.database.db;
    const collecting = async (zone: string) => {
      const org = await createTestOrganization(db);
      await db.execute(
        sql`UPDATE organizations SET settings = settings || jsonb_build_object('defaultTimezone', ${zone}::text)
             WHERE id = ${org.organizationId}::uuid`,
      );
      const subject = await org.addPerson();
      const [request] = await db
        .insert(feedback360Requests)
        .values({
          organizationId: org.organizationId,
          subjectId: subject.id,
          status: 'collecting',
          anonymityThresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
          deadline: '2027-03-10',
        })
        .returning({ id: feedback360Requests.id });
      return { organizationId: org.organizationId, id: request!.id };
    };
    const auckland = await collecting('Pacific/Auckland');
    const honolulu = await collecting('Pacific/Honolulu');
    const run = async (at: string) => {
      for (const { organizationId } of [auckland, honolulu])
        await run360Schedule({ db, organizationId, now: new Date(at) });
    };
    const state = async (id: string) => {
      const [row] = await db.select().from(feedback360Requests).where(eq(feedback360Requests.id, id));
      return { status: row!.status, closedOn: row!.closedOn, releasedOn: row!.releasedOn };
    };
    const open = { status: 'collecting', closedOn: null, releasedOn: null };
    const closedOn11 = { status: 'released', closedOn: '2027-03-11', releasedOn: '2027-03-11' };

    // 23:30 on the deadline day in Auckland (UTC+13 in March).
    await run('2027-03-10T10:30:00Z');
    expect(await state(auckland.id)).toEqual(open);
    // 00:30 on the 11th in Auckland while UTC still says the 10th: closed, dated the Auckland day.
    await run('2027-03-10T11:30:00Z');
    expect(await state(auckland.id)).toEqual(closedOn11);
    expect(await state(honolulu.id)).toEqual(open);
    // UTC has reached the 11th, Honolulu (UTC-10) is at 23:30 on the 10th: still open there.
    await run('2027-03-11T09:30:00Z');
    expect(await state(honolulu.id)).toEqual(open);
    await run('2027-03-11T10:30:00Z');
    expect(await state(honolulu.id)).toEqual(closedOn11);
  });
});

describe('a 360 is a development tool only (SPEC S1.2)', () => {
  it('no route or field connects a 360 to a review, calibration or pay decision', async () => {
    const routes = server.routes.map((r) => `${r.method} ${r.url}`);
    const of360 = routes.filter((r) => r.includes('/api/growth/360'));
    expect(of360.length).toBeGreaterThan(15);
    for (const route of of360) expect(route).not.toMatch(/review|calibrat|compensation|pay|rating/i);
    // Nothing outside the 360 module takes or returns a 360.
    for (const route of routes.filter((r) => !r.includes('/api/growth/360')))
      expect(route).not.toMatch(/360/);
    const contract = await import('../../../contracts/feedback360');
    const keys = JSON.stringify(
      (Object.values(contract) as unknown[])
        .filter((v): v is { shape: object } => typeof v === 'object' && v !== null && 'shape' in v)
        .map((schema) => Object.keys(schema.shape)),
    );
    expect(keys).not.toMatch(/review|calibrat|compensation|salary|rating/i);
  });
});
