import { and, asc, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../testing/database';
import { createTestOrganization } from '../../testing/factories';
import { type Database, type Db, queryRows } from '../db/client';
import { inTransaction } from '../db/tx';
import { type AuditInput, GENESIS_HASH, recordAuditEvent, recordAuditEvents } from './record';
import { countUnsealed, sealAuditChain } from './seal';
import { auditEvents } from './tables';
import { verifyAuditChain } from './verify';

let database: Database;
let db: Db;
beforeAll(async () => {
  database = await testDatabase();
  db = database.db;
});

const event = (organizationId: string, i: number): AuditInput => ({
  organizationId,
  actorAccountId: null,
  action: 'test.event',
  targetType: 'test',
  targetId: `t${i}`,
  before: i % 2 ? { i: i - 1, nested: { b: 1, a: [1, 'x'] } } : undefined,
  after: { i, at: new Date(Date.UTC(2026, 0, 1 + i)) },
});

/** A fresh organisation with `count` events, each recorded in its own transaction, all sealed. */
async function sealedChain(count: number) {
  const { organizationId } = await createTestOrganization(db);
  for (let i = 1; i <= count; i++) {
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, i)));
  }
  expect(await sealAuditChain(db, organizationId)).toBe(count);
  const rows = await db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.organizationId, organizationId))
    .orderBy(asc(auditEvents.chainPos));
  return { organizationId, rows };
}

describe('recording', () => {
  it('inserts events unsealed, without taking a lock or reading the chain', async () => {
    const { organizationId } = await createTestOrganization(db);
    await inTransaction(db, async (tx) => {
      await recordAuditEvents(tx, organizationId, [event(organizationId, 1), event(organizationId, 2)]);
      // No advisory lock held by this transaction (the old design took one per organisation).
      const [locks] = await queryRows<{ n: number }>(
        tx,
        sql`SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid()`,
      );
      expect(locks?.n).toBe(0);
    });
    const rows = await db.select().from(auditEvents).where(eq(auditEvents.organizationId, organizationId));
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.chainPos === null && r.hash === null && r.prevHash === null)).toBe(true);
    expect(await countUnsealed(db, organizationId)).toBe(2);
  });

  it('an event of a rolled-back transaction never appears, sealed or not', async () => {
    const { organizationId } = await createTestOrganization(db);
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, 1)));
    await expect(
      inTransaction(db, async (tx) => {
        await recordAuditEvent(tx, { ...event(organizationId, 2), action: 'test.rolled_back' });
        throw new Error('the change fails after its event was recorded');
      }),
    ).rejects.toThrow('the change fails');
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, 3)));
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({ ok: true, checked: 2, unsealed: 0 });
    const actions = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, organizationId));
    expect(actions.map((a) => a.action)).not.toContain('test.rolled_back');
  });
});

describe('sealing', () => {
  it('chains unsealed events in order, continues from the head, and reports the head', async () => {
    const { organizationId, rows } = await sealedChain(3);
    expect(rows.map((r) => r.chainPos)).toEqual([1, 2, 3]);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    await inTransaction(db, (tx) =>
      recordAuditEvents(
        tx,
        organizationId,
        Array.from({ length: 4500 }, (_, i) => event(organizationId, 10 + i)),
      ),
    );
    expect(await countUnsealed(db, organizationId)).toBe(4500);
    // More than one sealing batch: positions continue across them.
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: true,
      checked: 4503,
      brokenAt: null,
      unsealed: 0,
    });
    const [head] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.chainPos, 4503)));
    expect((await verifyAuditChain(db, organizationId)).head).toEqual({ chainPos: 4503, hash: head!.hash });
    expect(await sealAuditChain(db, organizationId)).toBe(0);
  });

  it('counts events not sealed yet and seals every organisation that has some', async () => {
    const a = await createTestOrganization(db);
    const b = await createTestOrganization(db);
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(a.organizationId, 1)));
    await inTransaction(db, (tx) =>
      recordAuditEvents(tx, b.organizationId, [event(b.organizationId, 1), event(b.organizationId, 2)]),
    );
    expect(await countUnsealed(db, a.organizationId)).toBe(1);
    expect(await countUnsealed(db, b.organizationId)).toBe(2);
    expect(await sealAuditChain(db)).toBeGreaterThanOrEqual(3);
    expect(await countUnsealed(db, a.organizationId)).toBe(0);
    expect(await countUnsealed(db, b.organizationId)).toBe(0);
  });

  it('skips an organisation another sealer is working on', async () => {
    const { organizationId } = await createTestOrganization(db);
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, 1)));
    if (database.kind === 'pglite') {
      // One connection: nobody else can hold the lock; a second sealing finds nothing left.
      expect(await sealAuditChain(db, organizationId)).toBe(1);
      return;
    }
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = inTransaction(db, async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`audit-seal:${organizationId}`}))`);
      locked();
      await held;
    });
    await isLocked;
    expect(await sealAuditChain(db, organizationId)).toBe(0);
    expect(await countUnsealed(db, organizationId)).toBe(1);
    release();
    await holder;
    expect(await sealAuditChain(db, organizationId)).toBe(1);
  });
});

describe('verification catches tampering with sealed events', () => {
  it('an altered event: the chain breaks at its position', async () => {
    const { organizationId, rows } = await sealedChain(5);
    await db.execute(sql`UPDATE audit_events SET target_id = 'someone-else' WHERE seq = ${rows[2]!.seq}`);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      checked: 2,
      brokenAt: 3,
      reason: 'altered',
      brokenSeq: rows[2]!.seq,
      head: null,
    });
  });

  it('an altered event whose hash was recomputed too: the next position no longer links', async () => {
    const { organizationId, rows } = await sealedChain(4);
    const { auditHash } = await import('./record');
    const forged = auditHash(rows[0]!.hash!, { ...rows[1]!, action: 'test.forged' });
    await db.execute(
      sql`UPDATE audit_events SET action = 'test.forged', hash = ${forged} WHERE seq = ${rows[1]!.seq}`,
    );
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'relinked',
    });
  });

  it('a deleted event in the middle: its position is missing', async () => {
    const { organizationId, rows } = await sealedChain(5);
    await db.delete(auditEvents).where(eq(auditEvents.seq, rows[1]!.seq));
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      checked: 1,
      brokenAt: 2,
      reason: 'missing',
      brokenSeq: rows[2]!.seq,
    });
  });

  it('a deleted event with the later positions closed up: the event moved into it does not link', async () => {
    const { organizationId, rows } = await sealedChain(4);
    await db.delete(auditEvents).where(eq(auditEvents.seq, rows[1]!.seq));
    for (const row of rows.slice(2)) {
      await db.execute(sql`UPDATE audit_events SET chain_pos = chain_pos - 1 WHERE seq = ${row.seq}`);
    }
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'relinked',
      brokenSeq: rows[2]!.seq,
    });
  });

  it('two events swapped: the chain breaks at the earlier position', async () => {
    const { organizationId, rows } = await sealedChain(5);
    const [second, fourth] = [rows[1]!, rows[3]!];
    // Through a free position: the (organisation, position) index is unique.
    await db.execute(sql`UPDATE audit_events SET chain_pos = -1 WHERE seq = ${second.seq}`);
    await db.execute(sql`UPDATE audit_events SET chain_pos = 2 WHERE seq = ${fourth.seq}`);
    await db.execute(sql`UPDATE audit_events SET chain_pos = 4 WHERE seq = ${second.seq}`);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      checked: 1,
      brokenAt: 2,
      reason: 'relinked',
      brokenSeq: fourth.seq,
    });
  });

  it('events cut from the end leave a shorter chain that verifies: only a recorded head shows it', async () => {
    const { organizationId, rows } = await sealedChain(4);
    const recorded = (await verifyAuditChain(db, organizationId)).head;
    await db.delete(auditEvents).where(eq(auditEvents.seq, rows[3]!.seq));
    const after = await verifyAuditChain(db, organizationId);
    expect(after).toMatchObject({ ok: true, checked: 3 });
    expect(after.head).not.toEqual(recorded);
    expect(recorded).toEqual({ chainPos: 4, hash: rows[3]!.hash });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('on PostgreSQL, with writers side by side', () => {
  it('50 parallel transactions each record an event: none waits on another, all end sealed and verify', async () => {
    const { organizationId } = await createTestOrganization(db);
    // Every transaction records its event, then waits until all 5 of its pool's peers have too:
    // with a lock per organisation (the old design) the second one could never get this far.
    const width = 5;
    let arrived = 0;
    let open!: () => void;
    const allIn = new Promise<void>((resolve) => (open = resolve));
    const first = Array.from({ length: width }, (_, i) =>
      inTransaction(db, async (tx) => {
        await recordAuditEvent(tx, event(organizationId, i));
        if (++arrived === width) open();
        await allIn;
      }),
    );
    const rest = Array.from({ length: 45 }, (_, i) =>
      inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, width + i))),
    );
    // A sealer running meanwhile seals what has committed; the rest follows on the next call.
    const sealing = sealAuditChain(db, organizationId);
    await Promise.all([...first, ...rest, sealing]);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: true,
      checked: 50,
      brokenAt: null,
      unsealed: 0,
    });
  });

  it('chain order is sealing order: an event committed after a higher seq is sealed after it', async () => {
    const { organizationId } = await createTestOrganization(db);
    let commitLate!: () => void;
    const late = new Promise<void>((resolve) => (commitLate = resolve));
    let recorded!: () => void;
    const isRecorded = new Promise<void>((resolve) => (recorded = resolve));
    const slow = inTransaction(db, async (tx) => {
      await recordAuditEvent(tx, { ...event(organizationId, 1), action: 'test.slow' });
      recorded();
      await late;
    });
    await isRecorded;
    await inTransaction(db, (tx) =>
      recordAuditEvent(tx, { ...event(organizationId, 2), action: 'test.fast' }),
    );
    // The slow transaction's event (lower seq) is not visible yet: only the fast one is sealed.
    expect(await sealAuditChain(db, organizationId)).toBe(1);
    commitLate();
    await slow;
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({ ok: true, checked: 2 });
    const rows = await db
      .select({ action: auditEvents.action, seq: auditEvents.seq, chainPos: auditEvents.chainPos })
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, organizationId))
      .orderBy(asc(auditEvents.chainPos));
    expect(rows.map((r) => r.action)).toEqual(['test.fast', 'test.slow']);
    expect(rows[1]!.seq).toBeLessThan(rows[0]!.seq);
  });
});

describe('hash versions and redaction by an erasure', () => {
  /** An erasure request row of the organisation in the given state (the verifier reads only these). */
  async function erasureRequest(organizationId: string, state: 'requested' | 'executed') {
    const { erasureRequests } = await import('../erasure/tables');
    const { people } = await import('../../org/tables');
    const [person] = await db
      .insert(people)
      .values({
        organizationId,
        email: `gone-${Math.random()}@example.test`,
        givenName: 'Gone',
        familyName: 'Person',
        hireDate: '2020-01-01',
        status: 'terminated',
      })
      .returning({ id: people.id });
    const [request] = await db
      .insert(erasureRequests)
      .values({ organizationId, personId: person!.id, reference: 'R', reason: 'test', state })
      .returning({ id: erasureRequests.id });
    return request!.id;
  }
  const redact = (seq: number, requestId: string) =>
    db.execute(
      sql`UPDATE audit_events SET actor_account_id = NULL, target_id = '', before = NULL, after = NULL,
          redacted_by = ${requestId} WHERE seq = ${seq}`,
    );

  it('seals as version 2 with the payload digest stored', async () => {
    const { rows } = await sealedChain(2);
    for (const row of rows) {
      expect(row.hashVersion).toBe(2);
      expect(row.payloadDigest).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('keeps verifying rows sealed the old way (version 1), mixed with new ones', async () => {
    const { auditHashV1 } = await import('./record');
    const { organizationId, rows } = await sealedChain(3);
    // Re-chain as version 1, as the rows sealed before the migration are.
    let prev = GENESIS_HASH;
    for (const row of rows) {
      const hash = auditHashV1(prev, row);
      await db.execute(
        sql`UPDATE audit_events SET hash_version = 1, payload_digest = NULL, prev_hash = ${prev}, hash = ${hash}
            WHERE seq = ${row.seq}`,
      );
      prev = hash;
    }
    await inTransaction(db, (tx) => recordAuditEvent(tx, event(organizationId, 4)));
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({ ok: true, checked: 4, redacted: 0 });
    // A version 1 row is still checked over its content.
    await db.execute(sql`UPDATE audit_events SET action = 'test.changed' WHERE seq = ${rows[1]!.seq}`);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'altered',
    });
  });

  it('a redaction by an executed erasure verifies and is counted, for both versions', async () => {
    const { auditHashV1 } = await import('./record');
    const { organizationId, rows } = await sealedChain(4);
    const first = rows[0]!;
    await db.execute(
      sql`UPDATE audit_events SET hash_version = 1, payload_digest = NULL, hash = ${auditHashV1(GENESIS_HASH, first)}
          WHERE seq = ${first.seq}`,
    );
    await db.execute(
      sql`UPDATE audit_events SET prev_hash = ${auditHashV1(GENESIS_HASH, first)} WHERE seq = ${rows[1]!.seq}`,
    );
    // Re-hash position 2 onwards over the new link (version 2 hashes cover the previous hash).
    const { chainHashV2 } = await import('./record');
    let prev = auditHashV1(GENESIS_HASH, first);
    for (const row of rows.slice(1)) {
      const hash = chainHashV2(prev, row, row.payloadDigest!);
      await db.execute(
        sql`UPDATE audit_events SET prev_hash = ${prev}, hash = ${hash} WHERE seq = ${row.seq}`,
      );
      prev = hash;
    }
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({ ok: true, checked: 4 });
    const requestId = await erasureRequest(organizationId, 'executed');
    await redact(first.seq, requestId);
    await redact(rows[2]!.seq, requestId);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({ ok: true, checked: 4, redacted: 2 });
  });

  it('a redaction without an executed erasure request is tampering', async () => {
    const { organizationId, rows } = await sealedChain(3);
    const pending = await erasureRequest(organizationId, 'requested');
    await redact(rows[1]!.seq, pending);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'unauthorised_redaction',
    });
  });

  it('a row marked redacted whose content was changed instead of blanked is tampering', async () => {
    const { organizationId, rows } = await sealedChain(3);
    const requestId = await erasureRequest(organizationId, 'executed');
    await db.execute(
      sql`UPDATE audit_events SET after = '{"i": 99}'::jsonb, redacted_by = ${requestId} WHERE seq = ${rows[1]!.seq}`,
    );
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 2,
      reason: 'unauthorised_redaction',
    });
  });

  it('a blanked payload without the redaction mark no longer matches its digest', async () => {
    const { organizationId, rows } = await sealedChain(3);
    await db.execute(sql`UPDATE audit_events SET before = NULL, after = NULL WHERE seq = ${rows[2]!.seq}`);
    expect(await verifyAuditChain(db, organizationId)).toMatchObject({
      ok: false,
      brokenAt: 3,
      reason: 'altered',
    });
  });
});
