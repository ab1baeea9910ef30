import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog } from '../../platform/audit/tables';
import { notifications } from '../../platform/notifications/tables';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { feedbackItems } from './tables';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

describe('feedback visibility', () => {
  it('each visibility reaches exactly the people it names', async () => {
    const peer = await as(cast.peer);
    const give = (visibility: string, kind = 'feedback') =>
      peer.post('/api/feedback', {
        recipientId: cast.employee.id,
        kind,
        body: `A ${visibility} note`,
        visibility,
      });
    const only = (await give('recipient_only')).body.id;
    const withManager = (await give('recipient_and_manager')).body.id;
    const praise = (await give('public', 'praise')).body.id;

    const reads: [string, Cast[keyof Cast], string[]][] = [
      ['recipient', cast.employee, [only, withManager, praise]],
      ['writer', cast.peer, [only, withManager, praise]],
      ['manager', cast.manager, [withManager, praise]],
      ['skip-level', cast.skip, [withManager, praise]],
      ['HR admin', cast.hr, [withManager, praise]],
      ['approver', cast.approver, [praise]],
      ['coach', cast.coach, [praise]],
      ['org admin', cast.orgAdmin, [praise]],
      ['teammate', cast.employee2, [praise]],
      ['writer’s manager', cast.peerManager, [praise]],
    ];
    for (const [label, person, visible] of reads) {
      const client = await as(person as { accountId: string });
      for (const id of [only, withManager, praise]) {
        const response = await client.get(`/api/feedback/${id}`);
        expect(response.status, `${label} reads ${id}`).toBe(visible.includes(id) ? 200 : 404);
      }
      const about = await client.get(`/api/people/${cast.employee.id}/feedback`);
      expect(ids(about.body).sort(), `${label} list`).toEqual([...visible].sort());
    }

    const other = await createTestOrganization(server.database.db, 'Elsewhere');
    const stranger = await other.addPerson({ roles: ['hr_admin'] });
    const strangerClient = new ApiClient(server.baseUrl).withSession(
      await other.sessionFor(stranger.accountId!),
    );
    expect((await strangerClient.get(`/api/feedback/${praise}`)).status).toBe(404);
    expect((await strangerClient.get(`/api/people/${cast.employee.id}/feedback`)).status).toBe(404);
    expect(ids((await strangerClient.get('/api/feedback/praise')).body)).not.toContain(praise);

    // The manager's read of non-public feedback is on the employee's access log; public praise is not.
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(eq(accessLog.subjectPersonId, cast.employee.id), eq(accessLog.viewerPersonId, cast.manager.id)),
      );
    expect(logged.some((row) => row.resource === 'feedback' && row.dataClass === 'performance')).toBe(true);
  });

  it('public is for praise only; feedback to oneself or to someone unknown is refused with the field named', async () => {
    const employee = await as(cast.employee);
    const publicFeedback = await employee.post('/api/feedback', {
      recipientId: cast.peer.id,
      kind: 'feedback',
      body: 'x',
      visibility: 'public',
    });
    expect(publicFeedback.status).toBe(400);
    expect(publicFeedback.body.error.fields).toHaveProperty('visibility');
    const toSelf = await employee.post('/api/feedback', {
      recipientId: cast.employee.id,
      kind: 'praise',
      body: 'x',
      visibility: 'public',
    });
    expect(toSelf.status).toBe(400);
    expect(toSelf.body.error.fields).toHaveProperty('recipientId');
    const empty = await employee.post('/api/feedback', {
      recipientId: cast.peer.id,
      kind: 'praise',
      body: '  ',
      visibility: 'public',
    });
    expect(empty.body.error.fields).toHaveProperty('body');
  });

  it('lists received, given and the praise feed newest first, and notifies without quoting', async () => {
    const writer = await as(cast.employee2);
    const secret = 'Your demo saved the quarter';
    const first = await writer.post('/api/feedback', {
      recipientId: cast.peerManager.id,
      kind: 'praise',
      body: secret,
      visibility: 'public',
    });
    const second = await writer.post('/api/feedback', {
      recipientId: cast.peerManager.id,
      kind: 'feedback',
      body: 'Shorter standups?',
      visibility: 'recipient_only',
    });
    expect(first.body).toMatchObject({
      writer: { id: cast.employee2.id },
      recipient: { id: cast.peerManager.id },
    });
    // PGlite's clock can give two quick requests the same now(): make "older" certain.
    await server.database.db
      .update(feedbackItems)
      .set({ createdAt: sql`${feedbackItems.createdAt} - interval '1 minute'` })
      .where(eq(feedbackItems.id, first.body.id));
    const received = await (await as(cast.peerManager)).get('/api/feedback/received');
    expect(ids(received.body).slice(0, 2)).toEqual([second.body.id, first.body.id]);
    const given = await writer.get('/api/feedback/given?pageSize=1');
    expect(given.body).toMatchObject({ page: 1, pageSize: 1, items: [{ id: second.body.id }] });
    expect(given.body.total).toBeGreaterThanOrEqual(2);
    const feed = await (await as(cast.coach)).get('/api/feedback/praise');
    expect(ids(feed.body)).toContain(first.body.id);
    expect(ids(feed.body)).not.toContain(second.body.id);

    const inbox = await server.database.db
      .select()
      .from(notifications)
      .where(
        and(eq(notifications.recipientId, cast.peerManager.id), eq(notifications.kind, 'feedback.received')),
      );
    expect(inbox.map((n) => n.title)).toContain('Ema Employee sent you praise');
    expect(JSON.stringify(inbox)).not.toContain(secret);
  });
});

describe('feedback requests', () => {
  it('the person asked answers from their inbox; the answer reaches the requester; a second answer is refused', async () => {
    const employee = await as(cast.employee);
    const peer = await as(cast.peer);
    const asked = await employee.post('/api/feedback/requests', {
      personId: cast.peer.id,
      question: 'How was my demo?',
    });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ status: 'open', abilities: { answer: false, decline: false } });
    const inbox = await peer.get('/api/feedback/requests?direction=incoming&status=open');
    const mine = inbox.body.items.find((r: { id: string }) => r.id === asked.body.id);
    expect(mine).toMatchObject({
      question: 'How was my demo?',
      requester: { id: cast.employee.id },
      abilities: { answer: true },
    });
    const notified = await server.database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.recipientId, cast.peer.id), eq(notifications.kind, 'feedback.requested')));
    expect(notified.map((n) => n.title)).toContain('Eli Employee asked you for feedback');

    // Nobody but the person asked may answer; outsiders do not see the request at all.
    const byRequester = await employee.post(`/api/feedback/requests/${asked.body.id}/answer`, {
      version: 1,
      body: 'x',
      visibility: 'recipient_only',
    });
    expect(byRequester.status).toBe(403);
    const byManager = await (await as(cast.manager)).post(`/api/feedback/requests/${asked.body.id}/decline`, {
      version: 1,
    });
    expect(byManager.status).toBe(404);

    const answer = await peer.post(`/api/feedback/requests/${asked.body.id}/answer`, {
      version: 1,
      body: 'Clear and well paced.',
      visibility: 'recipient_and_manager',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({
      recipient: { id: cast.employee.id },
      requestQuestion: 'How was my demo?',
    });
    const again = await peer.post(`/api/feedback/requests/${asked.body.id}/answer`, {
      version: 2,
      body: 'y',
      visibility: 'recipient_only',
    });
    expect(again.status).toBe(409);
    const outgoing = await employee.get('/api/feedback/requests?direction=outgoing');
    expect(outgoing.body.items.find((r: { id: string }) => r.id === asked.body.id).status).toBe('answered');
  });

  it('declining closes the request and tells the requester', async () => {
    const asker = await as(cast.skip);
    const asked = await asker.post('/api/feedback/requests', { personId: cast.coach.id });
    const coach = await as(cast.coach);
    const stale = await coach.post(`/api/feedback/requests/${asked.body.id}/decline`, { version: 2 });
    expect(stale.status).toBe(409);
    const declined = await coach.post(`/api/feedback/requests/${asked.body.id}/decline`, { version: 1 });
    expect(declined.status).toBe(200);
    expect(declined.body).toMatchObject({ status: 'declined', abilities: { answer: false, decline: false } });
  });
});
