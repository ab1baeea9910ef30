import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { PgDatabase } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { levels, people } from '../../../org/tables';
import { accessLog, auditEvents } from '../../../platform/audit/tables';
import type { Actor } from '../../../platform/auth/actor';
import { type Cast, createCast, createTestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { moveRating } from '../../calibration/commands/moveRating';
import { signOffSession } from '../../calibration/commands/signOffSession';
import { calibrationSessions } from '../../calibration/tables';
import { addTestReview, addTestSession, createTestCycle } from '../../calibration/testing';
import { payRecords } from '../payData/tables';
import { insertTestBand, insertTestPayRecord } from '../payData/testing';
import { launchCompCycle } from './commands/launchCycle';
import { compCyclesExporter } from './export';
import { compCycleParticipants, compCycles } from './tables';
import { testCycleSetup } from './testing';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const api = '/api/performance/compensation/cycles';
const db = () => server.database.db;
const as = async (person: { accountId: string | null }, from: Cast = cast) =>
  new ApiClient(server.baseUrl).withSession(await from.org.sessionFor(person.accountId!));

/** The actor of a cast member, for calling commands directly. */
const actorOf = (
  person: { id: string; accountId: string | null; email: string },
  roles: string[],
): Actor => ({
  accountId: person.accountId!,
  organizationId: cast.org.organizationId,
  personId: person.id,
  email: person.email,
  roles: new Set(roles) as Actor['roles'],
  locale: 'en',
  sessionId: 's',
  csrfToken: 'c',
});

async function createCycle(client: ApiClient, overrides: Record<string, unknown> = {}) {
  const created = await client.post(api, { ...testCycleSetup(), ...overrides });
  expect(created.status, created.text).toBe(201);
  return created.body as { id: string; version: number };
}

async function launch(client: ApiClient, cycle: { id: string; version: number }) {
  const launched = await client.post(`${api}/${cycle.id}/launch`, { version: cycle.version });
  expect(launched.status, launched.text).toBe(200);
  return launched.body;
}

async function participantsOf(cycleId: string) {
  return db().select().from(compCycleParticipants).where(eq(compCycleParticipants.cycleId, cycleId));
}

describe('setting up a cycle', () => {
  it('HR creates a draft; bad input names the field; a stale edit names the newer version; others are refused', async () => {
    const hr = await as(cast.hr);
    const wrongOrder = await hr.post(api, { ...testCycleSetup(), periodEnd: '2025-12-31' });
    expect(wrongOrder.status).toBe(400);
    expect(wrongOrder.body.error.fieldIssues.periodEnd).toEqual({
      code: 'dateNotBefore',
      params: { date: '2026-01-01' },
    });
    const badRate = await hr.post(api, {
      ...testCycleSetup(),
      fxTable: { base: 'EUR', asOf: '2026-12-01', source: 'x', rates: { USD: 'abc' } },
    });
    expect(badRate.status).toBe(400);
    expect(badRate.body.error.fieldIssues.fxTable.code).toBe('compensationFxRateInvalid');
    const badMatrix = await hr.post(api, {
      ...testCycleSetup(),
      meritMatrix: { axis: 'compa_ratio', thresholds: ['1.1', '0.9'], rows: [] },
    });
    expect(badMatrix.body.error.fieldIssues.meritMatrix.code).toBe('compensationMatrixThresholdsInvalid');

    const cycle = await createCycle(hr);
    const renamed = await hr.patch(`${api}/${cycle.id}`, { version: 1, name: 'Merit 2026 (EU)' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.body).toMatchObject({ name: 'Merit 2026 (EU)', version: 2, state: 'draft' });
    const stale = await hr.patch(`${api}/${cycle.id}`, { version: 1, name: 'Lost update' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 2 });

    const audit = await db()
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.targetId, cycle.id));
    expect(audit.map((row) => row.action).sort()).toEqual(['comp_cycle.created', 'comp_cycle.updated']);

    for (const outsider of [cast.manager, cast.approver, cast.orgAdmin, cast.employee]) {
      const client = await as(outsider);
      expect((await client.get(`${api}/${cycle.id}`)).status).toBe(404);
      expect((await client.post(api, testCycleSetup())).status).toBe(403);
      expect((await client.get(api)).status).toBe(403);
    }
    const other = await createCast(db());
    expect((await (await as(other.hr, other)).get(`${api}/${cycle.id}`)).status).toBe(404);
  });
});

describe('launch', () => {
  it('checks the FX table covers every currency, freezes it, and computes compa-ratios at the frozen rate', async () => {
    const org = await createTestOrganization(db());
    const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
    const hr = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hrPerson.accountId!));
    const usd = await org.addPerson({ hireDate: '2020-01-01' });
    await insertTestBand(db(), { organizationId: org.organizationId, levelId: org.levelId });
    await insertTestPayRecord(db(), {
      organizationId: org.organizationId,
      personId: usd.id,
      baseMinor: 12_500_000,
      currency: 'USD',
    });
    const cycle = await createCycle(hr, { planningCurrency: 'GBP' });

    const check = await hr.get(`${api}/${cycle.id}/setup-check`);
    expect(check.status, check.text).toBe(200);
    expect(check.body.ready).toBe(false);
    expect(check.body.currencies).toEqual(['EUR', 'USD']);
    const missing = check.body.issues.map((found: { params: { currency: string } }) => found.params.currency);
    expect(missing.sort()).toEqual(['GBP', 'USD']);
    const refused = await hr.post(`${api}/${cycle.id}/launch`, { version: 1 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fieldIssues.fxTable.code).toBe('compensationFxRateMissing');
    expect(await participantsOf(cycle.id)).toHaveLength(0);

    const fxTable = { base: 'EUR', asOf: '2026-12-01', source: 'ECB', rates: { USD: '1.25', GBP: '0.85' } };
    const fixed = await hr.patch(`${api}/${cycle.id}`, { version: 1, fxTable });
    expect((await hr.get(`${api}/${cycle.id}/setup-check`)).body).toMatchObject({ ready: true, issues: [] });
    const launched = await launch(hr, fixed.body);
    expect(launched).toMatchObject({ state: 'planning', fxTable, abilities: { edit: false } });
    expect(launched.fxFrozenAt).not.toBeNull();

    const afterLaunch = await hr.patch(`${api}/${cycle.id}`, {
      version: launched.version,
      fxTable: { ...fxTable, rates: { USD: '2', GBP: '0.85' } },
    });
    expect(afterLaunch.status).toBe(409);
    expect(afterLaunch.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'compCycleNotDraft' },
    });
    const [row] = await participantsOf(cycle.id).then((rows) => rows.filter((p) => p.personId === usd.id));
    // 125,000 USD at the frozen 1.25 is 100,000 EUR: the band's target.
    expect(row).toMatchObject({ compaRatio: '1.0000', positionInRange: '0.5000', payCurrency: 'USD' });
    const [stored] = await db().select().from(compCycles).where(eq(compCycles.id, cycle.id));
    expect(stored!.fxTable.rates.USD).toBe('1.25');
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, cycle.id), eq(auditEvents.action, 'comp_cycle.launched')));
    expect(audit!.after).toMatchObject({ fxTable, counts: { participants: 2, eligible: 2 } });
  });

  it('records eligibility with its reason, prorates by eligible days and counts the gaps', async () => {
    const org = await createTestOrganization(db());
    const hrPerson = await org.addPerson({ roles: ['hr_admin'], hireDate: '2019-01-01' });
    const hr = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hrPerson.accountId!));
    const [otherLevel] = await db()
      .insert(levels)
      .values({ organizationId: org.organizationId, code: 'IC9', name: 'Other', rank: 9 })
      .returning();
    const summer = await org.addPerson({ hireDate: '2026-07-02' });
    const late = await org.addPerson({ hireDate: '2026-11-15' });
    const leaver = await org.addPerson({ hireDate: '2018-01-01' });
    await db()
      .update(people)
      .set({ status: 'terminated', terminatedOn: '2026-03-31' })
      .where(eq(people.id, leaver.id));
    const longGone = await org.addPerson({ hireDate: '2015-01-01' });
    await db()
      .update(people)
      .set({ status: 'terminated', terminatedOn: '2025-06-30' })
      .where(eq(people.id, longGone.id));
    const elsewhere = await org.addPerson({ hireDate: '2019-01-01' });
    await db().update(people).set({ levelId: otherLevel!.id }).where(eq(people.id, elsewhere.id));
    const raised = await org.addPerson({ hireDate: '2019-01-01' });
    await insertTestPayRecord(db(), {
      organizationId: org.organizationId,
      personId: raised.id,
      reason: 'hire',
      effectiveFrom: '2019-01-01',
    });
    await insertTestPayRecord(db(), {
      organizationId: org.organizationId,
      personId: raised.id,
      reason: 'merit',
      effectiveFrom: '2026-10-01',
    });
    const executive = await org.addPerson({ hireDate: '2019-01-01' });
    await insertTestBand(db(), { organizationId: org.organizationId, levelId: org.levelId });
    for (const person of [summer, hrPerson]) {
      await insertTestPayRecord(db(), { organizationId: org.organizationId, personId: person.id });
    }
    const cycle = await createCycle(hr, {
      effectiveDate: '2027-01-01',
      eligibilityRules: {
        hiredOnOrBefore: '2026-10-01',
        excludeTerminated: true,
        minMonthsSinceLastIncrease: 6,
        levelIds: [org.levelId],
        excludedPersonIds: [executive.id],
      },
    });
    const launched = await launch(hr, cycle);
    const byPerson = new Map((await participantsOf(cycle.id)).map((row) => [row.personId, row]));
    expect(byPerson.has(longGone.id)).toBe(false);
    expect(byPerson.get(summer.id)).toMatchObject({
      eligibility: 'eligible',
      eligibleDays: 183,
      periodDays: 365,
    });
    expect(byPerson.get(late.id)).toMatchObject({
      eligibility: 'ineligible',
      ruleReason: 'hired_after_cutoff',
    });
    expect(byPerson.get(leaver.id)).toMatchObject({
      eligibility: 'ineligible',
      ruleReason: 'terminated',
      eligibleDays: 90,
    });
    expect(byPerson.get(elsewhere.id)).toMatchObject({
      eligibility: 'ineligible',
      ruleReason: 'level_not_included',
    });
    expect(byPerson.get(raised.id)).toMatchObject({
      eligibility: 'ineligible',
      ruleReason: 'recent_increase',
      lastIncreaseDate: '2026-10-01',
    });
    expect(byPerson.get(executive.id)).toMatchObject({
      eligibility: 'excluded',
      ruleReason: 'excluded_by_hr',
    });
    expect(byPerson.get(hrPerson.id)).toMatchObject({ eligibility: 'eligible', compaRatio: '0.9000' });
    // Eligible: HR and summer (both paid and banded). No review cycle: neither has a rating.
    expect(launched.counts).toEqual({
      participants: 7,
      eligible: 2,
      ineligible: 4,
      excluded: 1,
      missingRating: 2,
      missingBand: 0,
      missingPay: 0,
    });
  });

  it('takes the rating only from a locked calibration, as moved there', async () => {
    const { organizationId } = cast.org;
    const reviewCycleId = await createTestCycle(db(), organizationId, `H2 ${randomUUID()}`);
    const reviewOf = (subjectId: string) =>
      addTestReview(db(), {
        organizationId,
        cycleId: reviewCycleId,
        subjectId,
        reviewerId: cast.manager.id,
        state: 'in_calibration',
        proposedRating: 3,
      });
    const movedReview = await reviewOf(cast.employee.id);
    const keptReview = await reviewOf(cast.employee2.id);
    const openReview = await reviewOf(cast.peer.id);
    const locked = await addTestSession(db(), {
      organizationId,
      cycleId: reviewCycleId,
      approverIds: [cast.approver.id],
      reviewIds: [movedReview, keptReview],
    });
    await addTestSession(db(), {
      organizationId,
      cycleId: reviewCycleId,
      approverIds: [cast.approver.id],
      reviewIds: [openReview],
    });
    await moveRating(db(), actorOf(cast.hr, ['hr_admin']), locked, {
      reviewId: movedReview,
      toRating: 5,
      rationale: 'Delivered the platform migration early',
      version: 1,
    });
    const [session] = await db().select().from(calibrationSessions).where(eq(calibrationSessions.id, locked));
    await signOffSession(db(), actorOf(cast.approver, ['approver']), locked, {
      version: session!.version,
      acknowledgeIncomplete: true,
    });

    const hr = await as(cast.hr);
    const cycle = await createCycle(hr, { reviewCycleId });
    const launched = await launchCompCycle(db(), {
      actor: actorOf(cast.hr, ['hr_admin']),
      cycleId: cycle.id,
      version: 1,
    });
    expect(launched.state).toBe('planning');
    const byPerson = new Map((await participantsOf(cycle.id)).map((row) => [row.personId, row]));
    expect(byPerson.get(cast.employee.id)!.calibratedRating).toBe(5);
    expect(byPerson.get(cast.employee2.id)!.calibratedRating).toBe(3);
    expect(byPerson.get(cast.peer.id)!.calibratedRating).toBeNull();
    expect(byPerson.get(cast.manager.id)!.calibratedRating).toBeNull();
  });

  it('launches 2,000 people with a handful of statements, not one per person', async () => {
    const org = await createTestOrganization(db());
    const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
    const hr = new ApiClient(server.baseUrl).withSession(await org.sessionFor(hrPerson.accountId!));
    const ids = Array.from({ length: 2000 }, () => randomUUID());
    await db()
      .insert(people)
      .values(
        ids.map((id, index) => ({
          id,
          organizationId: org.organizationId,
          email: `bulk-${index}-${id.slice(0, 6)}@bulk.test`,
          givenName: 'Bulk',
          familyName: `Person ${index}`,
          levelId: org.levelId,
          departmentId: org.departmentId,
          hireDate: '2021-05-01',
          managerId: hrPerson.id,
        })),
      );
    await insertTestBand(db(), { organizationId: org.organizationId, levelId: org.levelId });
    await db()
      .insert(payRecords)
      .values(
        ids.map((personId, index) => ({
          organizationId: org.organizationId,
          personId,
          effectiveFrom: '2024-01-01',
          baseMinor: 8_000_000 + index * 1000,
          currency: 'EUR',
          frequency: 'annual' as const,
          jobFamily: 'Engineering',
          reason: 'hire' as const,
        })),
      );
    const cycle = await createCycle(hr);
    const statements = ['select', 'insert', 'update', 'execute'].map((method) =>
      vi.spyOn(PgDatabase.prototype, method as 'select'),
    );
    try {
      // Its time is the benchmark's business (bench/compLaunch.ts); this counts statements.
      await launch(hr, cycle);
      const calls = statements.reduce((total, spy) => total + spy.mock.calls.length, 0);
      // The spies see the launch's statements (so this can fail), and there are a few dozen at most.
      expect(calls).toBeGreaterThan(3);
      expect(calls).toBeLessThan(25);
    } finally {
      for (const spy of statements) spy.mockRestore();
    }
    const rows = await participantsOf(cycle.id);
    expect(rows).toHaveLength(2001);
    expect(rows.filter((row) => row.compaRatio !== null)).toHaveLength(2000);
  });
});

describe('after launch', () => {
  it('HR lists participants with filters in pages; every person listed lands on their access log', async () => {
    const hr = await as(cast.hr);
    const cycle = await createCycle(hr);
    await launch(hr, cycle);
    const team = await hr.get(`${api}/${cycle.id}/participants?managerId=${cast.manager.id}&limit=1`);
    expect(team.status, team.text).toBe(200);
    expect(team.body.items).toHaveLength(1);
    const next = await hr.get(
      `${api}/${cycle.id}/participants?managerId=${cast.manager.id}&limit=1&cursor=${team.body.nextCursor}`,
    );
    const listed = [...team.body.items, ...next.body.items].map(
      (item: { personId: string }) => item.personId,
    );
    expect(listed.sort()).toEqual([cast.employee.id, cast.employee2.id].sort());
    expect(next.body.nextCursor).toBeNull();
    const logged = await db()
      .select({ subject: accessLog.subjectPersonId })
      .from(accessLog)
      .where(
        and(eq(accessLog.viewerPersonId, cast.hr.id), eq(accessLog.resource, 'comp_cycle_participation')),
      );
    expect(logged.map((row) => row.subject)).toEqual(
      expect.arrayContaining([cast.employee.id, cast.employee2.id]),
    );
    const forged = await hr.get(`${api}/${cycle.id}/participants?cursor=bm90LWEtY3Vyc29y`);
    expect(forged.status).toBe(400);
    expect((await (await as(cast.manager)).get(`${api}/${cycle.id}/participants`)).status).toBe(404);
  });

  it('HR overrides eligibility with a reason (audited), never their own, and only while planning', async () => {
    const hr = await as(cast.hr);
    const cycle = await createCycle(hr);
    const launched = await launch(hr, cycle);
    const rows = await participantsOf(cycle.id);
    const employee = rows.find((row) => row.personId === cast.employee.id)!;
    const own = rows.find((row) => row.personId === cast.hr.id)!;
    const url = (id: string) => `${api}/participants/${id}/eligibility`;
    const blank = await hr.post(url(employee.id), { eligibility: 'excluded', reason: ' ', version: 1 });
    expect(blank.body.error.fieldIssues.reason.code).toBe('overrideReasonRequired');
    const done = await hr.post(url(employee.id), {
      eligibility: 'excluded',
      reason: 'Moves to the sales plan',
      version: 1,
    });
    expect(done.status, done.text).toBe(200);
    expect(done.body).toMatchObject({
      eligibility: 'excluded',
      ruleEligibility: 'eligible',
      override: { eligibility: 'excluded', reason: 'Moves to the sales plan' },
      version: 2,
    });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.targetId, employee.id),
          eq(auditEvents.action, 'comp_cycle_participant.eligibility_overridden'),
        ),
      );
    expect(audit!.before).toMatchObject({ eligibility: 'eligible' });
    expect(audit!.after).toEqual({ eligibility: 'excluded', reason: 'Moves to the sales plan' });
    expect(
      (await hr.post(url(employee.id), { eligibility: 'eligible', reason: 'x', version: 1 })).status,
    ).toBe(409);
    expect((await hr.post(url(own.id), { eligibility: 'eligible', reason: 'Me', version: 1 })).status).toBe(
      403,
    );

    await hr.post(`${api}/${cycle.id}/transitions`, { to: 'review', version: launched.version });
    const closed = await hr.post(url(employee.id), { eligibility: 'eligible', reason: 'Back', version: 2 });
    expect(closed.status).toBe(409);
    expect(closed.body.error.reason.code).toBe('compCycleOverrideClosed');
  });

  it('moves through every state, each move audited, and a sandbox never releases (command and constraint)', async () => {
    const hr = await as(cast.hr);
    const real = await launch(hr, await createCycle(hr));
    let version = real.version;
    for (const to of ['review', 'approved', 'released', 'archived']) {
      const moved = await hr.post(`${api}/${real.id}/transitions`, { to, version });
      expect(moved.status, moved.text).toBe(200);
      expect(moved.body.state).toBe(to);
      version = moved.body.version;
    }
    const moves = await db()
      .select({ before: auditEvents.before, after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, real.id), eq(auditEvents.action, 'comp_cycle.state_changed')));
    expect(moves.map((row) => (row.after as { state: string }).state).sort()).toEqual([
      'approved',
      'archived',
      'released',
      'review',
    ]);
    const skip = await launch(hr, await createCycle(hr));
    const jump = await hr.post(`${api}/${skip.id}/transitions`, { to: 'released', version: skip.version });
    expect(jump.body.error.reason).toEqual({
      code: 'compCycleTransitionInvalid',
      params: { from: 'planning', to: 'released' },
    });

    const sandbox = await launch(hr, await createCycle(hr, { sandbox: true }));
    version = sandbox.version;
    for (const to of ['review', 'approved']) {
      version = (await hr.post(`${api}/${sandbox.id}/transitions`, { to, version })).body.version;
    }
    const release = await hr.post(`${api}/${sandbox.id}/transitions`, { to: 'released', version });
    expect(release.status).toBe(409);
    expect(release.body.error.reason.code).toBe('compCycleSandboxNeverReleases');
    await expect(
      db()
        .update(compCycles)
        .set({ state: 'released', releasedAt: new Date() })
        .where(eq(compCycles.id, sandbox.id)),
    ).rejects.toThrow();
    await expect(
      db().update(compCycles).set({ releasedAt: new Date() }).where(eq(compCycles.id, sandbox.id)),
    ).rejects.toThrow();
    const archived = await hr.post(`${api}/${sandbox.id}/transitions`, { to: 'archived', version });
    expect(archived.body).toMatchObject({ state: 'archived', releasedAt: null });
    const draftSandbox = await createCycle(hr, { sandbox: true });
    expect(
      (await hr.post(`${api}/${draftSandbox.id}/transitions`, { to: 'archived', version: 1 })).status,
    ).toBe(200);
  });

  it("leaves a person's participation out of their export until the cycle is released and visible", async () => {
    const hr = await as(cast.hr);
    const subject = actorOf(cast.employee2, []);
    const exported = async () => {
      const { visible } = await compCyclesExporter.collect({ db: db(), subject, reviewer: null });
      return visible[0]!.records as { cycle: { id: string } }[];
    };
    const real = await launch(hr, await createCycle(hr, { visibilityDate: '2027-01-15' }));
    const sandbox = await launch(hr, await createCycle(hr, { sandbox: true, visibilityDate: '2027-01-15' }));
    let version = real.version;
    for (const to of ['review', 'approved']) {
      version = (await hr.post(`${api}/${real.id}/transitions`, { to, version })).body.version;
    }
    expect((await exported()).map((record) => record.cycle.id)).not.toContain(real.id);
    await hr.post(`${api}/${real.id}/transitions`, { to: 'released', version });
    // Released, but the visibility date (2027-01-15) is still ahead: nothing yet.
    expect((await exported()).map((record) => record.cycle.id)).not.toContain(real.id);
    await db().update(compCycles).set({ visibilityDate: '2020-01-01' }).where(eq(compCycles.id, real.id));
    await db().update(compCycles).set({ visibilityDate: '2020-01-01' }).where(eq(compCycles.id, sandbox.id));
    const records = await exported();
    expect(records.map((record) => record.cycle.id)).toContain(real.id);
    expect(records.map((record) => record.cycle.id)).not.toContain(sandbox.id);
    expect(JSON.stringify(records)).not.toContain('calibratedRating');
  });
});
