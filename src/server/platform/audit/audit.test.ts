import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { auditEvents } from './tables';
import { verifyAuditChain } from './verify';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

describe('audit trail', () => {
  it('records actor, action, target, before and after for a write, in an intact chain', async () => {
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    const person = await cast.org.addPerson({ managerId: cast.manager.id });
    await hr.patch(`/api/people/${person.id}`, { version: 1, jobTitle: 'Staff Engineer' });
    await hr.post('/api/departments', { name: 'Research' });
    const admin = new ApiClient(server.baseUrl).withSession(
      await cast.org.sessionFor(cast.orgAdmin.accountId!),
    );
    const trail = await admin.get('/api/admin/audit');
    const update = trail.body.items.find((e: { action: string }) => e.action === 'person.updated');
    expect(update).toMatchObject({
      actorAccountId: cast.hr.accountId,
      targetType: 'person',
      targetId: person.id,
      before: { jobTitle: 'Engineer' },
      after: { jobTitle: 'Staff Engineer' },
    });
    expect((await admin.get('/api/admin/audit/verify')).body).toMatchObject({ ok: true, brokenAt: null });
  });

  it('detects an edited event: the chain breaks at that event', async () => {
    const hr = new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(cast.hr.accountId!));
    await hr.post('/api/departments', { name: 'Legal' });
    await hr.post('/api/departments', { name: 'Facilities' });
    const db = server.database.db;
    // Sealed first: the chain covers events once the sealer has reached them.
    expect(await verifyAuditChain(db, cast.org.organizationId)).toMatchObject({ ok: true, unsealed: 0 });
    const [target] = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, cast.org.organizationId),
          eq(auditEvents.action, 'department.created'),
        ),
      )
      .orderBy(auditEvents.seq)
      .limit(1);
    await db.execute(
      sql`UPDATE audit_events SET after = '{"name":"Tampered"}'::jsonb WHERE seq = ${target!.seq}`,
    );
    const result = await verifyAuditChain(db, cast.org.organizationId);
    expect(result).toMatchObject({
      ok: false,
      brokenAt: target!.chainPos,
      reason: 'altered',
      brokenSeq: target!.seq,
      checked: target!.chainPos! - 1,
    });
  });

  it('keeps concurrent writers on one unbroken chain', async () => {
    const fresh = await createCast(server.database.db);
    const hr = new ApiClient(server.baseUrl).withSession(await fresh.org.sessionFor(fresh.hr.accountId!));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => hr.post('/api/departments', { name: `Team ${i}` })),
    );
    expect(results.every((r) => r.status === 201)).toBe(true);
    expect(await verifyAuditChain(server.database.db, fresh.org.organizationId)).toMatchObject({
      ok: true,
      checked: 12,
    });
  });
});

describe('who reads the trail, and how much', () => {
  it('HR and the org admin read it; content of reviews, plans and notes stays hidden from both', async () => {
    const fresh = await createCast(server.database.db);
    const { recordAuditEvent } = await import('./record');
    const { inTransaction } = await import('../db/tx');
    const planId = '00000000-0000-4000-8000-000000000001';
    await inTransaction(server.database.db, (tx) =>
      recordAuditEvent(tx, {
        organizationId: fresh.org.organizationId,
        actorAccountId: fresh.employee.accountId,
        action: 'development_plan.updated',
        targetType: 'development_plan',
        targetId: planId,
        before: { goal: 'canary-before-plan' },
        after: { goal: 'canary-after-plan' },
      }),
    );
    for (const reader of [fresh.hr, fresh.orgAdmin]) {
      const client = new ApiClient(server.baseUrl).withSession(await fresh.org.sessionFor(reader.accountId!));
      const trail = await client.get('/api/admin/audit?pageSize=100');
      expect(trail.status).toBe(200);
      expect(trail.body.items.find((e: { targetId: string }) => e.targetId === planId)).toMatchObject({
        action: 'development_plan.updated',
        before: null,
        after: null,
      });
      expect(trail.text).not.toContain('canary-');
    }
    const employee = new ApiClient(server.baseUrl).withSession(
      await fresh.org.sessionFor(fresh.employee.accountId!),
    );
    expect((await employee.get('/api/admin/audit')).status).toBe(403);
  });
});

describe('batched audit events', () => {
  it('a batch of events forms the same verifiable chain as single events', async () => {
    const fresh = await createCast(server.database.db);
    const { recordAuditEvent, recordAuditEvents } = await import('./record');
    const { inTransaction } = await import('../db/tx');
    const event = (i: number) => ({
      organizationId: fresh.org.organizationId,
      actorAccountId: null,
      action: 'person.imported',
      targetType: 'person',
      targetId: `p${i}`,
      after: { i },
    });
    await inTransaction(server.database.db, (tx) => recordAuditEvent(tx, event(0)));
    await inTransaction(server.database.db, (tx) =>
      recordAuditEvents(
        tx,
        fresh.org.organizationId,
        Array.from({ length: 1200 }, (_, i) => event(i + 1)),
      ),
    );
    await inTransaction(server.database.db, (tx) => recordAuditEvent(tx, event(9999)));
    expect(await verifyAuditChain(server.database.db, fresh.org.organizationId)).toMatchObject({
      ok: true,
      checked: 1202,
    });
  });
});
