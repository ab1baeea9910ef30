import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { addTestReview, createTestCycle } from '../../performance/calibration/testing';
import { goals } from '../../performance/goals/tables';
import { reviewAnswers, reviewForms, reviews } from '../../performance/reviews/tables';
import { personalDataErasers } from '../../personalDataErasers';
import { recordAuditEvent } from '../../platform/audit/record';
import { sealAuditChain } from '../../platform/audit/seal';
import { auditEvents } from '../../platform/audit/tables';
import { verifyAuditChain } from '../../platform/audit/verify';
import { accounts, sessions } from '../../platform/auth/tables';
import { queryRows } from '../../platform/db/client';
import { coveredColumns } from '../../platform/erasure/plan';
import { erasureRequests } from '../../platform/erasure/tables';
import { outboundEmails } from '../../platform/mail/tables';
import { notify } from '../../platform/notifications/notify';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { findInOrganization, organizationFingerprint } from '../../testing/orgScan';
import { plantPersonalRecords } from '../../testing/personalRecords';
import { people } from '../tables';
import { endErasureRetention } from './commands/endRetention';

/**
 * Erasure's proof with canaries: a record of every kind is planted for the employee (the export
 * test's planting), the employee leaves, one HR admin requests the erasure and a second approves.
 * Then no text or JSON column of the organisation's rows — the audit trail included — holds their
 * name, email or any canary of their records; kept performance records are there, anonymised;
 * the counts are the dry run's; the audit chain verifies; other people's records are untouched.
 */
let server: TestServer;
let cast: Cast;
let hr2: Awaited<ReturnType<Cast['org']['addPerson']>>;
const own: Record<string, string> = {};
const foreign: Record<string, string> = {};
const tag = (kind: string) => `${kind}-${Math.random().toString(36).slice(2, 10)}`;
const ownCanary = (kind: string) => (own[kind] = `own-${tag(kind)}`);
const foreignCanary = (kind: string) => (foreign[kind] = `foreign-${tag(kind)}`);
const today = new Date().toISOString().slice(0, 10);
const request = { reference: 'ERASE-2026-004', reason: 'Letter of 2 December asking for erasure.' };

const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

/** Records the person leaving, as HR does on their profile. */
async function terminate(personId: string, terminatedOn = today) {
  const hr = await as(cast.hr);
  const { body } = await hr.get(`/api/people/${personId}`);
  const left = await hr.post(`/api/people/${personId}/deactivate`, { terminatedOn, version: body.version });
  expect(left.status).toBe(200);
}

beforeAll(async () => {
  server = await startTestServer();
  const { db } = server.database;
  cast = await createCast(db);
  hr2 = await cast.org.addPerson({
    givenName: 'Hugo',
    familyName: 'Second',
    managerId: cast.ceo.id,
    roles: ['hr_admin'],
  });
  await plantPersonalRecords(server, cast, { own: ownCanary, foreign: foreignCanary });
  const organizationId = cast.org.organizationId;
  // Audit events about the person, by the person, and naming them, some sealed before the erasure.
  await recordAuditEvent(db, {
    organizationId,
    actorAccountId: cast.hr.accountId,
    action: 'person.updated',
    targetType: 'person',
    targetId: cast.employee.id,
    before: { location: ownCanary('auditLocation') },
    after: { location: 'Remote' },
  });
  await recordAuditEvent(db, {
    organizationId,
    actorAccountId: cast.employee.accountId,
    action: 'goal.created',
    targetType: 'goal',
    targetId: 'some-goal',
    after: { title: ownCanary('auditGoal') },
  });
  await recordAuditEvent(db, {
    organizationId,
    actorAccountId: cast.hr.accountId,
    action: 'person.updated',
    targetType: 'person',
    targetId: cast.peer.id,
    after: { location: 'Berlin' },
  });
  await sealAuditChain(db, organizationId);
  await recordAuditEvent(db, {
    organizationId,
    actorAccountId: cast.hr.accountId,
    action: 'note.mentioned',
    targetType: 'note',
    targetId: 'n1',
    after: { text: `Spoke with ${cast.employee.email} today` },
  });
  // A notice to the manager and an email copy naming the person; an email to the person.
  await notify(db, [
    {
      organizationId,
      recipientId: cast.manager.id,
      kind: 'feedback.requested',
      params: { name: 'Eli Employee' },
    },
  ]);
  await db.insert(outboundEmails).values([
    {
      organizationId,
      kind: 'test',
      dataClass: 'system',
      toAddress: cast.employee.email,
      subject: ownCanary('email'),
      textBody: 'Hello',
      transport: 'outbox',
    },
  ]);
}, 120_000);
afterAll(() => server.close());

describe('completeness', () => {
  it('every foreign key to people and accounts is covered by some domain eraser', async () => {
    const keys = await queryRows<{ key: string }>(
      server.database.db,
      sql`SELECT rel.relname || '.' || a.attname AS key
          FROM pg_constraint c
          JOIN pg_class rel ON rel.oid = c.conrelid
          JOIN pg_class target ON target.oid = c.confrelid
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY(c.conkey)
          WHERE c.contype = 'f' AND target.relname IN ('people', 'accounts')
          ORDER BY 1`,
    );
    expect(keys.length).toBeGreaterThan(40);
    const covered = coveredColumns(personalDataErasers, {
      organizationId: cast.org.organizationId,
      personId: cast.employee.id,
      accountId: cast.employee.accountId,
      email: cast.employee.email,
      fullName: 'Eli Employee',
      performance: { action: 'anonymise', retainUntil: '2030-01-01' },
    });
    const missing = keys.map((k) => k.key).filter((key) => !covered.has(key));
    expect(missing, 'add a step for these to the owning domain’s erasure.ts').toEqual([]);
  });
});

describe('refusals', () => {
  it('HR only, in the organisation, never oneself, with a reference and reason', async () => {
    const path = (personId: string) => `/api/people/${personId}/erasure-requests`;
    for (const who of [cast.manager, cast.orgAdmin, cast.employee, cast.approver, cast.coach]) {
      const client = await as(who);
      expect((await client.post(path(cast.employee2.id), request)).status, who.email).toBe(403);
      expect((await client.get(`/api/people/${cast.employee2.id}/erasure-plan`)).status).toBe(403);
      expect((await client.get('/api/erasure-requests')).status).toBe(403);
    }
    const hr = await as(cast.hr);
    expect((await hr.post(path(cast.hr.id), request)).status).toBe(403);
    const elsewhere = await (await createTestOrganization(server.database.db, 'Elsewhere')).addPerson();
    expect((await hr.post(path(elsewhere.id), request)).status).toBe(404);
    expect((await hr.get(`/api/people/${elsewhere.id}/erasure-plan`)).status).toBe(404);
    const missing = await hr.post(path(cast.employee2.id), { reference: 'X', reason: ' ' });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('reason');
  });

  it('someone still employed, or still managing people, is refused with what to do first', async () => {
    const hr = await as(cast.hr);
    const active = await hr.post(`/api/people/${cast.employee2.id}/erasure-requests`, request);
    expect(active.status).toBe(409);
    expect(active.body.error.code).toBe('erasure_blocked');
    expect(active.body.error.message).toContain('terminated');
    const plan = await hr.get(`/api/people/${cast.employee2.id}/erasure-plan`);
    expect(plan.body.blockers.map((b: { code: string }) => b.code)).toEqual(['still_employed']);

    // Leaving moves the reports to the leaver's manager; a report added afterwards (by hand, an
    // import) still points at them.
    const lead = await cast.org.addPerson({ managerId: cast.ceo.id });
    await terminate(lead.id);
    await cast.org.addPerson({ managerId: lead.id });
    const managing = await hr.post(`/api/people/${lead.id}/erasure-requests`, request);
    expect(managing.status).toBe(409);
    expect(managing.body.error.message).toContain('Move them to another manager first');
  });

  it('the requester cannot approve or reject their own request; rejecting and cancelling erase nothing', async () => {
    const { db } = server.database;
    const leaver = await cast.org.addPerson({
      managerId: cast.ceo.id,
      givenName: 'Lou',
      familyName: 'Leaver',
    });
    await terminate(leaver.id);
    const hr = await as(cast.hr);
    const second = await as(hr2);
    const created = await hr.post(`/api/people/${leaver.id}/erasure-requests`, request);
    expect(created.status).toBe(201);
    expect((await hr.post(`/api/people/${leaver.id}/erasure-requests`, request)).status).toBe(409);
    const approveOwn = await hr.post(`/api/erasure-requests/${created.body.id}/approve`, {});
    expect(approveOwn.status).toBe(403);
    expect(approveOwn.body.error.code).toBe('four_eyes_required');
    expect((await hr.post(`/api/erasure-requests/${created.body.id}/reject`, {})).status).toBe(403);
    const rejected = await second.post(`/api/erasure-requests/${created.body.id}/reject`, {
      note: 'No letter on file',
    });
    expect(rejected.status).toBe(200);
    expect((await second.post(`/api/erasure-requests/${created.body.id}/approve`, {})).status).toBe(409);

    const again = await hr.post(`/api/people/${leaver.id}/erasure-requests`, request);
    expect(again.status).toBe(201);
    expect((await hr.post(`/api/erasure-requests/${again.body.id}/cancel`, {})).status).toBe(200);
    const [person] = await db.select().from(people).where(eq(people.id, leaver.id));
    expect(person).toMatchObject({ givenName: 'Lou', familyName: 'Leaver' });
    const elsewhere = await createTestOrganization(db, 'Elsewhere');
    const outsider = await elsewhere.addPerson({ roles: ['hr_admin'] });
    const foreignHr = new ApiClient(server.baseUrl).withSession(
      await elsewhere.sessionFor(outsider.accountId!),
    );
    expect((await foreignHr.post(`/api/erasure-requests/${again.body.id}/cancel`, {})).status).toBe(404);
  });
});

describe('erasing a person with records of every kind', () => {
  it('the dry run writes nothing', async () => {
    await terminate(cast.employee.id);
    const { db } = server.database;
    const organizationId = cast.org.organizationId;
    const hr = await as(cast.hr);
    const before = await organizationFingerprint(db, organizationId);
    const plan = await hr.get(`/api/people/${cast.employee.id}/erasure-plan`);
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({ blockers: [], performance: 'anonymise' });
    expect(await organizationFingerprint(db, organizationId)).toEqual(before);
  });

  it('requested by one HR admin, approved by a second: nothing of the person remains but anonymised records', async () => {
    const { db } = server.database;
    const organizationId = cast.org.organizationId;
    const hr = await as(cast.hr);
    const second = await as(hr2);
    const fullName = 'Eli Employee';

    const dryRun = (await hr.get(`/api/people/${cast.employee.id}/erasure-plan`)).body;
    // HR is asked not to name the person in the request; a name that slips in is cut on execution.
    const created = await hr.post(`/api/people/${cast.employee.id}/erasure-requests`, {
      reference: request.reference,
      reason: `Letter from ${fullName} of 2 December.`,
    });
    expect(created.status).toBe(201);
    const list = await second.get('/api/erasure-requests?state=requested');
    const listed = list.body.items.find((r: { id: string }) => r.id === created.body.id);
    expect(listed).toMatchObject({
      personDisplayName: fullName,
      requestedByMe: false,
      requestedBy: { displayName: 'Hana Hr' },
    });
    expect(listed.plan).toEqual(dryRun.lines);
    const kinds = new Set(
      dryRun.lines.filter((l: { rows: number }) => l.rows > 0).map((l: { table: string }) => l.table),
    );
    for (const table of [
      'goals',
      'reviews',
      'calibration_moves',
      'aspirations',
      'feedback360_requests',
      'one_on_one_private_notes',
      'accounts',
      'audit_events',
      'people',
    ])
      expect(kinds, table).toContain(table);

    // Nothing of theirs anywhere in the organisation's rows, the audit trail included — except the
    // learning catalogue entry HR created (the organisation's, not theirs; their enrolment is gone).
    const erasedForeign = [
      'managerPrivateNote',
      'unreleasedReview',
      'calibrationRationale',
      '360belowThreshold0',
    ];
    const gone = [
      ...Object.entries(own)
        .filter(([kind]) => kind !== 'learningItem')
        .map(([, v]) => v),
      ...erasedForeign.map((kind) => foreign[kind]!),
      fullName,
      cast.employee.email,
    ];
    // Every one of them is in the database before (the scan can fail).
    expect((await findInOrganization(db, organizationId, gone)).size).toBe(gone.length);

    const approved = await second.post(`/api/erasure-requests/${created.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    // The counts are the dry run's, line by line.
    expect(approved.body.lines).toEqual(dryRun.lines);

    const found = await findInOrganization(db, organizationId, gone);
    expect(Object.fromEntries(found)).toEqual({});
    expect(own.learningItem).toBeDefined();

    // Other people's records are untouched.
    const kept = [
      'peerPrivateGoal',
      'othersFeedback',
      'peerAspiration',
      'managerAspiration',
      'peerPlan',
      'raterName',
      'peerSelfAssessment',
    ];
    const stillThere = await findInOrganization(
      db,
      organizationId,
      kept.map((kind) => foreign[kind]!),
    );
    expect([...stillThere.keys()].length).toBe(kept.length);

    // The person row is anonymised with values not derived from them; account and sessions gone.
    const [person] = await db.select().from(people).where(eq(people.id, cast.employee.id));
    expect(person).toMatchObject({
      givenName: 'Erased',
      familyName: 'person',
      employeeId: null,
      location: '',
      managerId: null,
    });
    expect(person!.email).toMatch(/^erased-[0-9a-f-]{36}@erased\.invalid$/);
    expect(await db.select().from(accounts).where(eq(accounts.personId, cast.employee.id))).toEqual([]);
    expect(await db.select().from(sessions).where(eq(sessions.accountId, cast.employee.accountId!))).toEqual(
      [],
    );
    expect(
      (
        await new ApiClient(server.baseUrl).post('/api/auth/login', {
          email: cast.employee.email,
          password: 'x',
        })
      ).status,
    ).toBe(401);

    // Performance records are kept within the retention period, anonymised.
    const theirReviews = await db.select().from(reviews).where(eq(reviews.subjectId, cast.employee.id));
    expect(theirReviews).toHaveLength(2);
    expect(theirReviews.map((r) => r.finalRating)).toContain(4);
    for (const review of theirReviews) expect(review.reviewerId).toBeNull();
    const answers = await db
      .select({ text: reviewAnswers.text })
      .from(reviewAnswers)
      .innerJoin(reviewForms, eq(reviewForms.id, reviewAnswers.formId))
      .innerJoin(reviews, eq(reviews.id, reviewForms.reviewId))
      .where(eq(reviews.subjectId, cast.employee.id));
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((a) => a.text === null)).toBe(true);
    const theirGoals = await db.select().from(goals).where(eq(goals.ownerPersonId, cast.employee.id));
    expect(theirGoals.map((g) => g.title)).toEqual(['Goal']);

    // The request holds no personal data and the trail of the decision; the chain verifies.
    const [stored] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, created.body.id));
    expect(stored).toMatchObject({
      state: 'executed',
      decidedBy: hr2.accountId,
      requestedBy: cast.hr.accountId,
    });
    expect(stored!.retainUntil).not.toBeNull();
    const verification = await verifyAuditChain(db, organizationId);
    expect(verification).toMatchObject({ ok: true, reason: null });
    expect(verification.redacted).toBe(stored!.redactedAuditEvents);
    expect(verification.redacted).toBeGreaterThanOrEqual(3);
    // `trellis audit-verify` says the same, with the redacted count.
    const out: string[] = [];
    const code = await runCli(['audit-verify', '--org', cast.org.slug], {
      out: (text) => out.push(text),
      err: (text) => out.push(text),
      openDatabase: async () => ({ ...server.database, close: async () => undefined }),
      databaseLabel: 'the test database',
    });
    expect(code, out.join('\n')).toBe(0);
    expect(out.join('\n')).toMatch(/intact.*\s(\d+)\s*$/m);
    expect(out.join('\n')).toContain('redacted');

    // Events about other people that do not name the person are not touched.
    const [aboutPeer] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, cast.peer.id)));
    expect(aboutPeer).toMatchObject({ redactedBy: null, after: { location: 'Berlin' } });
    const trail = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, created.body.id)));
    expect(trail.map((e) => e.action).sort()).toEqual(['erasure.executed', 'erasure.requested']);

    // Once erased, never again.
    expect((await second.post(`/api/erasure-requests/${created.body.id}/approve`, {})).status).toBe(409);
    const repeat = await hr.post(`/api/people/${cast.employee.id}/erasure-requests`, request);
    expect(repeat.status).toBe(409);
    expect(repeat.body.error.message).toContain('already been erased');
  });

  it('after the retention period, performance records are deleted instead', async () => {
    const { db } = server.database;
    const organizationId = cast.org.organizationId;
    const longGone = await cast.org.addPerson({ managerId: cast.ceo.id, hireDate: '2015-01-05' });
    await terminate(longGone.id, '2019-06-30');
    const cycleId = await createTestCycle(db, organizationId, 'Old cycle');
    await addTestReview(db, {
      organizationId,
      cycleId,
      subjectId: longGone.id,
      reviewerId: cast.manager.id,
      state: 'released',
      finalRating: 3,
    });
    const plan = (await (await as(cast.hr)).get(`/api/people/${longGone.id}/erasure-plan`)).body;
    expect(plan).toMatchObject({ performance: 'delete', retainUntil: null });
    expect(plan.lines).toContainEqual(
      expect.objectContaining({ table: 'reviews', action: 'delete', rows: 1 }),
    );
    const created = await (await as(cast.hr)).post(`/api/people/${longGone.id}/erasure-requests`, request);
    const approved = await (await as(hr2)).post(`/api/erasure-requests/${created.body.id}/approve`, {});
    expect(approved.status).toBe(200);
    expect(await db.select().from(reviews).where(eq(reviews.subjectId, longGone.id))).toEqual([]);
    expect((await verifyAuditChain(db, organizationId)).ok).toBe(true);
  });

  it('the kept records go when their retention period ends (the daily job), once', async () => {
    const { db } = server.database;
    const organizationId = cast.org.organizationId;
    const leaver = await cast.org.addPerson({ managerId: cast.ceo.id, hireDate: '2020-03-02' });
    await terminate(leaver.id, '2026-11-30');
    const cycleId = await createTestCycle(db, organizationId, 'Recent cycle');
    await addTestReview(db, {
      organizationId,
      cycleId,
      subjectId: leaver.id,
      reviewerId: cast.manager.id,
      state: 'released',
      finalRating: 4,
    });
    const created = await (await as(cast.hr)).post(`/api/people/${leaver.id}/erasure-requests`, request);
    expect((await (await as(hr2)).post(`/api/erasure-requests/${created.body.id}/approve`, {})).status).toBe(
      200,
    );
    const [executed] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, created.body.id));
    expect(executed).toMatchObject({ retainUntil: '2029-11-30', retentionEndedAt: null });
    expect(await db.select().from(reviews).where(eq(reviews.subjectId, leaver.id))).toHaveLength(1);

    const run = (now: string) =>
      endErasureRetention({ db, erasers: personalDataErasers, organizationId, now: new Date(now) });
    // On the last day of the period nothing goes; the day after, the kept review does.
    expect(await run('2029-11-30T12:00:00Z')).toBe(0);
    expect(await db.select().from(reviews).where(eq(reviews.subjectId, leaver.id))).toHaveLength(1);
    expect(await run('2029-12-01T12:00:00Z')).toBe(1);
    expect(await db.select().from(reviews).where(eq(reviews.subjectId, leaver.id))).toEqual([]);
    const [ended] = await db.select().from(erasureRequests).where(eq(erasureRequests.id, created.body.id));
    expect(ended!.retentionEndedAt).not.toBeNull();
    expect(await run('2029-12-02T12:00:00Z')).toBe(0);
    const trail = await db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, organizationId), eq(auditEvents.targetId, created.body.id)));
    expect(trail).toContainEqual({
      action: 'erasure.retention_ended',
      after: expect.objectContaining({ retainUntil: '2029-11-30', deleted: expect.any(Number) }),
    });
    expect((await verifyAuditChain(db, organizationId)).ok).toBe(true);
  });
});
