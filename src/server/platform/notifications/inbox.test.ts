import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { auditEvents } from '../audit/tables';
import { createSession } from '../auth/sessions';
import { accounts } from '../auth/tables';
import { notify } from './notify';
import { notifications } from './tables';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const clientOf = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/**
 * The tests tell notifications apart by a name: the session name of a calibration notice, shown in
 * its title between quotes.
 */
const titleOf = (name: string) => `You are an approver of the calibration session “${name}”`;
const nameIn = (item: { title: string }) => /“(.*)”/.exec(item.title)?.[1];

/** Dates a notification `seconds` after the others, as if it had arrived later. */
async function arriveLater(recipientId: string, name: string, seconds: number) {
  await server.database.db
    .update(notifications)
    .set({ createdAt: sql`${notifications.createdAt} + make_interval(secs => ${seconds})` })
    .where(and(eq(notifications.recipientId, recipientId), eq(notifications.title, titleOf(name))));
}

/** Writes notifications for one person, committed, the way a command would. */
async function send(recipientId: string, names: string[], organizationId = cast.org.organizationId) {
  await server.database.db.transaction((tx) =>
    notify(
      tx as never,
      names.map((session) => ({
        organizationId,
        recipientId,
        kind: 'calibration.assigned' as const,
        params: { session },
        link: '/performance',
      })),
    ),
  );
}

const idOf = async (name: string) => {
  const [row] = await server.database.db
    .select({ id: notifications.id })
    .from(notifications)
    .where(eq(notifications.title, titleOf(name)));
  return row!.id;
};

describe('notification inbox', () => {
  it('shows each person only their own notifications, newest first', async () => {
    const mine = `mine-${randomUUID()}`;
    const theirs = `theirs-${randomUUID()}`;
    const person = await cast.org.addPerson({ managerId: cast.manager.id });
    await send(person.id, [`${mine}-old`]);
    await send(person.id, [`${mine}-new`]);
    // PGlite's clock can give two quick transactions the same now(): date the newer one explicitly.
    await arriveLater(person.id, `${mine}-new`, 60);
    await send(cast.employee2.id, [theirs]);

    const own = await (await clientOf(person)).get('/api/notifications');
    expect(own.status).toBe(200);
    expect(own.body.items.map(nameIn)).toEqual([`${mine}-new`, `${mine}-old`]);
    expect(own.body.items[0]).toEqual({
      id: expect.any(String),
      kind: 'calibration.assigned',
      title: titleOf(`${mine}-new`),
      body: '',
      link: '/performance',
      createdAt: expect.any(String),
      readAt: null,
    });
    // Nothing about delivery or the recipient leaks into the response.
    expect(Object.keys(own.body.items[0])).not.toContain('emailState');

    // The person's manager, HR and the org admin see their own inboxes, never the person's.
    for (const viewer of [cast.manager, cast.hr, cast.orgAdmin]) {
      const list = await (await clientOf(viewer)).get('/api/notifications?limit=100');
      const titles = list.body.items.map(nameIn);
      expect(titles.some((title?: string) => title?.startsWith(mine))).toBe(false);
      expect(titles).not.toContain(theirs);
    }
  });

  it('counts unread, filters unread, marks one and then all as read, with audit events', async () => {
    const person = await cast.org.addPerson({ managerId: cast.manager.id });
    const tag = randomUUID();
    await send(person.id, [`${tag}-a`, `${tag}-b`, `${tag}-c`]);
    const client = await clientOf(person);
    expect((await client.get('/api/notifications/unread-count')).body).toEqual({ unread: 3 });

    const first = await idOf(`${tag}-a`);
    const read = await client.post(`/api/notifications/${first}/read`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: first, readAt: expect.any(String) });
    // Reading again changes nothing and keeps the first read time.
    const again = await client.post(`/api/notifications/${first}/read`);
    expect(again.body.readAt).toBe(read.body.readAt);
    expect((await client.get('/api/notifications/unread-count')).body).toEqual({ unread: 2 });

    const unread = await client.get('/api/notifications?unread=true');
    expect(unread.body.items.map(nameIn).sort()).toEqual([`${tag}-b`, `${tag}-c`]);
    const everything = await client.get('/api/notifications?unread=false');
    expect(everything.body.items).toHaveLength(3);

    const all = await client.post('/api/notifications/read-all');
    expect(all.body).toEqual({ marked: 2, unread: 0 });
    expect((await client.post('/api/notifications/read-all')).body).toEqual({ marked: 0, unread: 0 });
    expect((await client.get('/api/notifications?unread=true')).body.items).toEqual([]);

    const events = await server.database.db
      .select({ action: auditEvents.action, targetId: auditEvents.targetId, after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, cast.org.organizationId),
          eq(auditEvents.actorAccountId, person.accountId!),
        ),
      )
      .orderBy(auditEvents.seq);
    expect(events).toEqual([
      { action: 'notification.read', targetId: first, after: null },
      { action: 'notifications.read_all', targetId: person.id, after: { marked: 2 } },
    ]);
  });

  it('answers 404 to anyone but the recipient, and changes nothing for them', async () => {
    const tag = `private-${randomUUID()}`;
    await send(cast.employee.id, [tag]);
    const id = await idOf(tag);
    for (const other of [cast.manager, cast.skip, cast.hr, cast.orgAdmin, cast.peer]) {
      const response = await (await clientOf(other)).post(`/api/notifications/${id}/read`);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe('not_found');
    }
    const stranger = await createTestOrganization(server.database.db);
    const outsider = await stranger.addPerson({ roles: ['hr_admin', 'org_admin'] });
    const outside = new ApiClient(server.baseUrl).withSession(await stranger.sessionFor(outsider.accountId!));
    expect((await outside.post(`/api/notifications/${id}/read`)).status).toBe(404);
    const [row] = await server.database.db.select().from(notifications).where(eq(notifications.id, id));
    expect(row!.readAt).toBeNull();
    // A made-up id is the same 404, and a malformed one names the field.
    const employee = await clientOf(cast.employee);
    expect((await employee.post(`/api/notifications/${randomUUID()}/read`)).status).toBe(404);
    const malformed = await employee.post('/api/notifications/not-an-id/read');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields).toHaveProperty('notificationId');
  });

  it('pages through a long inbox without repeats or gaps, even when notifications share a timestamp', async () => {
    const person = await cast.org.addPerson({ managerId: cast.manager.id });
    // One notify() call: all five rows get the same created_at, so only the id orders them.
    await send(person.id, ['p1', 'p2', 'p3', 'p4', 'p5']);
    await send(person.id, ['p6']);
    // PGlite's clock can give two quick transactions the same now(): make "newer" certain.
    await arriveLater(person.id, 'p6', 1);
    const client = await clientOf(person);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await client.get(`/api/notifications?limit=2${query}`);
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map(nameIn));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(seen[0]).toBe('p6');
    expect([...seen].sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    // A new notification arriving mid-way does not shift the pages already handed out.
    const firstPage = await client.get('/api/notifications?limit=2');
    await send(person.id, ['p7']);
    await arriveLater(person.id, 'p7', 2);
    const next = await client.get(`/api/notifications?limit=2&cursor=${firstPage.body.nextCursor}`);
    expect(next.body.items.map(nameIn)).toEqual(seen.slice(2, 4));

    const tampered = await client.get('/api/notifications?cursor=bm90LWEtY3Vyc29y');
    expect(tampered.status).toBe(400);
    expect(tampered.body.error.fields).toHaveProperty('cursor');
    expect((await client.get('/api/notifications?limit=500')).status).toBe(400);
  });

  it('gives an account without a person record an empty inbox', async () => {
    const db = server.database.db;
    const [account] = await db
      .insert(accounts)
      .values({
        organizationId: cast.org.organizationId,
        personId: null,
        email: `root-${randomUUID().slice(0, 8)}@example.test`,
        passwordHash: null,
        roles: ['org_admin'],
      })
      .returning({ id: accounts.id });
    const session = await createSession(
      db,
      { id: account!.id, organizationId: cast.org.organizationId },
      'vitest',
    );
    const admin = new ApiClient(server.baseUrl).withSession(session);
    expect((await admin.get('/api/auth/me')).status).toBe(200);
    expect((await admin.get('/api/notifications')).body).toEqual({ items: [], nextCursor: null });
    expect((await admin.get('/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await admin.post('/api/notifications/read-all')).body).toEqual({ marked: 0, unread: 0 });
    const someone = `someone-${randomUUID()}`;
    await send(cast.employee.id, [someone]);
    expect((await admin.post(`/api/notifications/${await idOf(someone)}/read`)).status).toBe(404);
  });
});
