import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organizations } from '../../../org/tables';
import { accessLog } from '../../../platform/audit/tables';
import { createTestOrganization, type TestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { compCycles } from '../cycles/tables';
import { insertTestCycle } from '../cycles/testing';
import { insertTestBand } from '../payData/testing';
import { compProposals } from './tables';
import { insertPlanningCycle, insertSnapshot } from './testing';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const db = () => server.database.db;
const cycles = '/api/performance/compensation/cycles';
const proposals = '/api/performance/compensation/proposals';

/**
 * A three-level snapshot tree: top → mid → leaf → (one, two); mid also manages three; an outside
 * manager manages stranger. Today's reporting lines are empty — everyone reports to no one — so
 * every scoping below can only come from the launch snapshot.
 */
async function plannedOrganization(cycleValues: Partial<typeof compCycles.$inferInsert> = {}) {
  const org = await createTestOrganization(db());
  const add = (givenName: string, roles: ('hr_admin' | 'approver')[] = []) =>
    org.addPerson({ givenName, familyName: givenName, roles });
  const [top, mid, leaf, one, two, three, outside, stranger, hr] = await Promise.all([
    add('Top'),
    add('Mid'),
    add('Leaf'),
    add('One'),
    add('Two'),
    add('Three'),
    add('Outside'),
    add('Stranger'),
    add('Hr', ['hr_admin']),
  ]);
  const cycle = await insertPlanningCycle(db(), { organizationId: org.organizationId, ...cycleValues });
  const snap = (personId: string, managerId: string | null, extra: Record<string, unknown> = {}) =>
    insertSnapshot(db(), {
      organizationId: org.organizationId,
      cycleId: cycle.id,
      personId,
      managerId,
      ...extra,
    });
  // Managers above the leaf have no budget of their own (ineligible), so the leaf's spend is all there is.
  const managerOnly = { eligibility: 'ineligible' as const, ruleEligibility: 'ineligible' as const };
  const p = {
    top: await snap(top!.id, null, managerOnly),
    mid: await snap(mid!.id, top!.id, managerOnly),
    leaf: await snap(leaf!.id, mid!.id, managerOnly),
    one: await snap(one!.id, leaf!.id),
    two: await snap(two!.id, leaf!.id),
    three: await snap(three!.id, mid!.id, managerOnly),
    outside: await snap(outside!.id, top!.id, managerOnly),
    stranger: await snap(stranger!.id, outside!.id, managerOnly),
    hr: await snap(hr!.id, top!.id, managerOnly),
  };
  const people = { top, mid, leaf, one, two, three, outside, stranger, hr };
  const as = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
  return { org, cycle, p, people, as };
}

/** A person without a login, straight to the table (the 500-person grid needs no sessions). */
const createPersonIn = async (organizationId: string) => {
  const id = randomUUID();
  await db().execute(
    sql`INSERT INTO people (id, organization_id, email, given_name, family_name, job_title, hire_date)
        VALUES (${id}, ${organizationId}, ${`${id.slice(0, 8)}@low.test`}, 'Low', 'Low', 'Engineer', '2020-01-01')`,
  );
  return { id };
};

const merit = (percent: string, extra: Record<string, unknown> = {}) => ({
  version: 0,
  merit: { percent },
  ...extra,
});

describe('proposal math and checks', () => {
  it('derives the new base from a percent and back exactly, half to even', async () => {
    const { p, people, as } = await plannedOrganization();
    const leaf = await as(people.leaf!);
    // 5,432,100 × 1.035 = 5,622,223.5 → the even neighbour 5,622,224.
    const saved = await leaf.put(`${proposals}/${p.one.id}`, merit('3.5'));
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({
      state: 'draft',
      version: 1,
      merit: { input: 'percent', percent: '3.5000', newBaseMinor: 5_622_224 },
      resultingBaseMinor: 5_622_224,
      guideline: { minPct: '2.00', targetPct: '3.50', maxPct: '5.00' },
      calibratedRating: 3,
      flags: { outsideGuideline: false, band: 'within' },
      issues: [],
    });
    // The same base typed as an amount: 190,124 / 5,432,100 = 3.50000920… % → "3.5000".
    const byAmount = await leaf.put(`${proposals}/${p.two.id}`, {
      version: 0,
      merit: { newBaseMinor: 5_622_224 },
    });
    expect(byAmount.body.merit).toEqual({ input: 'amount', percent: '3.5000', newBaseMinor: 5_622_224 });
    const lower = await leaf.put(`${proposals}/${p.two.id}`, {
      version: 1,
      merit: { newBaseMinor: 5_000_000 },
    });
    expect(lower.status).toBe(400);
    expect(lower.body.error.fieldIssues['merit.newBaseMinor'].code).toBe('compProposalDecrease');
    const badPercent = await leaf.put(`${proposals}/${p.two.id}`, { version: 1, merit: { percent: '3.5%' } });
    expect(badPercent.status).toBe(400);
    expect(JSON.stringify(badPercent.body.error.fieldIssues)).toContain('compProposalPercentInvalid');
    const huge = await leaf.put(`${proposals}/${p.two.id}`, { version: 1, merit: { newBaseMinor: 9e15 } });
    expect(huge.body.error.fieldIssues['merit.newBaseMinor'].code).toBe('compProposalIncreaseTooLarge');
    const both = await leaf.put(`${proposals}/${p.two.id}`, {
      version: 1,
      merit: { percent: '3', newBaseMinor: 5_600_000 },
    });
    expect(both.status).toBe(400);
    expect(JSON.stringify(both.body.error.fieldIssues)).toContain('compProposalMeritOneOf');
    const nul = await leaf.put(`${proposals}/${p.two.id}`, {
      ...merit('3'),
      version: 1,
      justification: 'a\u0000b',
    });
    expect(nul.status).toBe(400);
  });

  it('refuses a merit outside the cell without a justification and flags it with one; flags band placement', async () => {
    const { p, people, as } = await plannedOrganization();
    const leaf = await as(people.leaf!);
    const outside = await leaf.put(`${proposals}/${p.one.id}`, merit('7'));
    expect(outside.status).toBe(400);
    expect(outside.body.error.fieldIssues.justification).toEqual({
      code: 'compensationOutsideGuideline',
      params: { percent: '7', minPct: '2.00', maxPct: '5.00' },
    });
    const justified = await leaf.put(
      `${proposals}/${p.one.id}`,
      merit('12', { justification: 'Retention risk' }),
    );
    expect(justified.status, justified.text).toBe(200);
    // 5,432,100 × 1.12 = 6,083,952: above the band maximum of 6,000,000.
    expect(justified.body.flags).toEqual({
      outsideGuideline: true,
      promotionBelowGuideline: false,
      band: 'above_max',
    });
    expect(justified.body.issues.map((found: { code: string }) => found.code)).toEqual([
      'compensationOutsideGuidelineJustified',
      'compensationAboveBandMax',
    ]);
    // Below the band: 3,500,000 sits in the <0.90 column (0–8 %); +1 % is still under 4,000,000.
    const low = await insertSnapshot(db(), {
      organizationId: p.two.organizationId,
      cycleId: p.two.cycleId,
      personId: (await createPersonIn(p.two.organizationId)).id,
      managerId: people.leaf!.id,
      baseMinor: 3_500_000,
      compaRatio: '0.7000',
    });
    const below = await leaf.put(`${proposals}/${low.id}`, merit('1'));
    expect(below.body).toMatchObject({ resultingBaseMinor: 3_535_000, flags: { band: 'below_min' } });
  });

  it('checks a promotion against the new band minimum and its level', async () => {
    const { org, p, people, as } = await plannedOrganization();
    const leaf = await as(people.leaf!);
    const band = await insertTestBand(db(), {
      organizationId: org.organizationId,
      levelId: org.levelId,
      minMinor: 6_000_000,
      targetMinor: 7_000_000,
      maxMinor: 8_000_000,
    });
    const guideline = await leaf.get(`${proposals}/${p.one.id}/guideline?newBandId=${band.id}`);
    expect(guideline.body).toMatchObject({
      merit: { minPct: '2.00', maxPct: '5.00' },
      promotion: { minimumMinor: 6_000_000, binding: 'band_min', currency: 'EUR' },
    });
    const promotion = { levelId: org.levelId, bandId: band.id, newBaseMinor: 5_900_000 };
    const refused = await leaf.put(`${proposals}/${p.one.id}`, { version: 0, promotion });
    expect(refused.body.error.fieldIssues.justification.code).toBe('compensationPromotionBelowGuideline');
    const wrongLevel = await leaf.put(`${proposals}/${p.one.id}`, {
      version: 0,
      promotion: { ...promotion, levelId: p.one.id },
    });
    expect(wrongLevel.status).toBe(400);
    const fine = await leaf.put(`${proposals}/${p.one.id}`, {
      version: 0,
      promotion: { ...promotion, newBaseMinor: 6_100_000 },
      bonusMinor: 100_000,
    });
    expect(fine.status, fine.text).toBe(200);
    expect(fine.body).toMatchObject({
      resultingBaseMinor: 6_100_000,
      flags: { band: 'within' },
      bonusMinor: 100_000,
    });
  });
});

describe('who sees and edits proposals', () => {
  it('scopes a manager to the snapshot subtree; the employee and outsiders get 404; reads are logged', async () => {
    const { cycle, p, people, as } = await plannedOrganization();
    const [leaf, mid, top, outside, one, hr] = await Promise.all([
      as(people.leaf!),
      as(people.mid!),
      as(people.top!),
      as(people.outside!),
      as(people.one!),
      as(people.hr!),
    ]);
    expect((await leaf.put(`${proposals}/${p.one.id}`, merit('3'))).status).toBe(200);
    expect((await mid.get(`${proposals}/${p.one.id}`)).status).toBe(200);
    expect((await top.get(`${proposals}/${p.one.id}`)).status).toBe(200);
    expect((await outside.get(`${proposals}/${p.one.id}`)).status).toBe(404);
    expect((await outside.put(`${proposals}/${p.one.id}`, merit('3'))).status).toBe(404);
    expect((await leaf.get(`${proposals}/${p.three.id}`)).status).toBe(404);
    expect((await one.get(`${proposals}/${p.one.id}`)).status).toBe(404);
    expect((await one.get(`${cycles}/${cycle.id}/proposals`)).status).toBe(404);
    expect((await one.get(`${cycles}/${cycle.id}/budgets`)).status).toBe(404);
    expect((await hr.get(`${proposals}/${p.hr.id}`)).status).toBe(404);

    const leafList = await leaf.get(`${cycles}/${cycle.id}/proposals`);
    expect(leafList.body.items.map((item: { givenName: string }) => item.givenName)).toEqual(['One', 'Two']);
    const midList = await mid.get(`${cycles}/${cycle.id}/proposals`);
    expect(midList.body.items.map((item: { givenName: string }) => item.givenName).sort()).toEqual([
      'Leaf',
      'One',
      'Three',
      'Two',
    ]);
    const hrList = await hr.get(`${cycles}/${cycle.id}/proposals?limit=3`);
    expect(hrList.body.items).toHaveLength(3);
    const rest = await hr.get(`${cycles}/${cycle.id}/proposals?limit=100&cursor=${hrList.body.nextCursor}`);
    // Everyone but HR themselves.
    expect(hrList.body.items.length + rest.body.items.length).toBe(8);
    expect(JSON.stringify(hrList.body)).not.toMatch(/review|feedback|aspiration/i);

    const logged = await db()
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.subjectPersonId, people.one!.id), eq(accessLog.resource, 'comp_proposal')));
    expect(logged.length).toBeGreaterThanOrEqual(4);
  });

  it('allows changes only while planning, and a stale save names the newer version', async () => {
    const { cycle, p, people, as } = await plannedOrganization();
    const [leaf, hr] = await Promise.all([as(people.leaf!), as(people.hr!)]);
    expect((await leaf.put(`${proposals}/${p.one.id}`, merit('3'))).status).toBe(200);
    const stale = await leaf.put(`${proposals}/${p.one.id}`, merit('4'));
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    const ineligible = await hr.put(`${proposals}/${p.top.id}`, merit('3'));
    expect(ineligible.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'compProposalIneligible' },
    });

    await db().update(compCycles).set({ state: 'review' }).where(eq(compCycles.id, cycle.id));
    // In review the chain still reads its subtree (the approvers' view) but changes nothing.
    expect((await leaf.get(`${proposals}/${p.one.id}`)).status).toBe(200);
    expect((await leaf.put(`${proposals}/${p.one.id}`, { ...merit('4'), version: 1 })).status).toBe(409);
    expect((await hr.get(`${proposals}/${p.one.id}`)).status).toBe(200);
    await db()
      .update(compCycles)
      .set({ state: 'archived', releasedAt: new Date() })
      .where(eq(compCycles.id, cycle.id));
    expect((await leaf.get(`${proposals}/${p.one.id}`)).status).toBe(404);
    await db().update(compCycles).set({ state: 'review' }).where(eq(compCycles.id, cycle.id));
    const closed = await hr.put(`${proposals}/${p.one.id}`, { ...merit('4'), version: 1 });
    expect(closed.status).toBe(409);
    expect(closed.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'compProposalClosed' },
    });
  });
});

describe('the planning list', () => {
  const planning = '/api/performance/compensation/planning';
  const idsOf = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

  it('lists a planning cycle to the managers of its snapshot and HR, nobody else; HR keeps later states', async () => {
    const { org, cycle, people, as } = await plannedOrganization();
    const draft = await insertTestCycle(db(), { organizationId: org.organizationId });
    const [leaf, top, outside, one, hr] = await Promise.all([
      as(people.leaf!),
      as(people.top!),
      as(people.outside!),
      as(people.one!),
      as(people.hr!),
    ]);
    const leafList = await leaf.get(planning);
    expect(leafList.status, leafList.text).toBe(200);
    expect(leafList.body.items).toEqual([
      {
        id: cycle.id,
        name: cycle.name,
        state: 'planning',
        sandbox: cycle.sandbox,
        planningCurrency: cycle.planningCurrency,
        effectiveDate: cycle.effectiveDate,
        reach: 'subtree',
        waitingForYou: 0,
      },
    ]);
    expect(idsOf((await top.get(planning)).body)).toEqual([cycle.id]);
    // Outside managed Stranger at launch: a subtree of their own, whatever today's lines say.
    expect(idsOf((await outside.get(planning)).body)).toEqual([cycle.id]);
    expect((await one.get(planning)).body.items).toEqual([]);
    const hrList = await hr.get(planning);
    expect(idsOf(hrList.body)).toEqual([cycle.id]);
    expect(hrList.body.items[0].reach).toBe('all');
    expect(idsOf(hrList.body)).not.toContain(draft.id);

    // The chain keeps its grid (read-only) through review, approval and release; once archived the
    // cycle is HR's alone (proposalReach), and so is the list.
    await db().update(compCycles).set({ state: 'review' }).where(eq(compCycles.id, cycle.id));
    expect(idsOf((await leaf.get(planning)).body)).toEqual([cycle.id]);
    await db()
      .update(compCycles)
      .set({ state: 'archived', releasedAt: new Date() })
      .where(eq(compCycles.id, cycle.id));
    expect((await leaf.get(planning)).body.items).toEqual([]);
    expect(idsOf((await hr.get(planning)).body)).toEqual([cycle.id]);
  });
});

describe('bands to promote into', () => {
  it('lists the bands in effect on the cycle date to its planners; anyone else gets 404', async () => {
    const { org, cycle, people, as } = await plannedOrganization();
    const current = await insertTestBand(db(), { organizationId: org.organizationId, levelId: org.levelId });
    // Superseded by the version above, and one that starts after the cycle takes effect.
    await insertTestBand(db(), {
      organizationId: org.organizationId,
      levelId: org.levelId,
      effectiveFrom: '2020-01-01',
    });
    const [leaf, one, hr] = await Promise.all([as(people.leaf!), as(people.one!), as(people.hr!)]);
    const listed = await leaf.get(`${cycles}/${cycle.id}/bands`);
    expect(listed.status, listed.text).toBe(200);
    expect(listed.body.items.map((band: { id: string }) => band.id)).toEqual([current.id]);
    expect(listed.body.asOf).toBe(cycle.effectiveDate);
    expect((await hr.get(`${cycles}/${cycle.id}/bands`)).status).toBe(200);
    expect((await one.get(`${cycles}/${cycle.id}/bands`)).status).toBe(404);
  });
});

describe('budgets', () => {
  // Top-down 189,124 EUR cents of merit, all of it the leaf's (the only manager with eligible reports).
  const budget = { merit: { kind: 'top_down' as const, amountMinor: 189_124 } };

  it('rolls a leaf overspend of 1,000 up to every ancestor; drafts show apart; warn lets it through', async () => {
    const { cycle, p, people, as } = await plannedOrganization({ budget });
    const [leaf, top] = await Promise.all([as(people.leaf!), as(people.top!)]);
    await leaf.put(`${proposals}/${p.one.id}`, merit('3.5'));
    await leaf.put(`${proposals}/${p.two.id}`, merit('3.5'));
    const submitted = await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, {
      items: [{ participantId: p.one.id, version: 1 }],
    });
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.body.submitted).toBe(1);
    const warned = submitted.body.warnings.map(
      (found: { params: { managerId: string; scope: string; remainingMinor: number } }) =>
        `${found.params.managerId === people.leaf!.id ? 'leaf' : found.params.managerId === people.mid!.id ? 'mid' : 'top'}:${found.params.scope}:${found.params.remainingMinor}`,
    );
    expect(warned.sort()).toEqual([
      'leaf:own:-1000',
      'leaf:subtree:-1000',
      'mid:subtree:-1000',
      'top:subtree:-1000',
    ]);

    const view = await top.get(`${cycles}/${cycle.id}/budgets`);
    expect(view.status, view.text).toBe(200);
    const meritOf = (id: string) =>
      view.body.managers
        .find((manager: { managerId: string }) => manager.managerId === id)
        .pools.find((pool: { pool: string }) => pool.pool === 'merit');
    expect(view.body.managers[0].managerId).toBe(people.top!.id);
    for (const id of [people.leaf!.id, people.mid!.id, people.top!.id]) {
      expect(meritOf(id).subtree).toEqual({ budget: 189_124, spend: 190_124, remaining: -1000 });
      expect(meritOf(id).draftSubtree).toBe(190_124);
    }
    expect(meritOf(people.leaf!.id)).toMatchObject({ own: { remaining: -1000 }, draftOwn: 190_124 });
    expect(meritOf(people.mid!.id).own).toEqual({ budget: 0, spend: 0, remaining: 0 });
    const leafView = await leaf.get(`${cycles}/${cycle.id}/budgets`);
    expect(leafView.body.managers.map((manager: { managerId: string }) => manager.managerId)).toEqual([
      people.leaf!.id,
    ]);
    // A manager's view reads only their subtree, and its figures are the whole tree's.
    const midView = await (await as(people.mid!)).get(`${cycles}/${cycle.id}/budgets`);
    const poolsOf = (body: { managers: { managerId: string; pools: unknown[] }[] }, id: string) =>
      body.managers.find((manager) => manager.managerId === id)?.pools;
    for (const id of [people.mid!.id, people.leaf!.id])
      expect(poolsOf(midView.body, id)).toEqual(poolsOf(view.body, id));
  });

  it('refuses the whole submission with the pool and remainder when the organisation blocks', async () => {
    const { org, cycle, p, people, as } = await plannedOrganization({ budget });
    await db()
      .update(organizations)
      .set({ settings: sql`${organizations.settings} || '{"compOverBudgetPolicy":"block"}'::jsonb` })
      .where(eq(organizations.id, org.organizationId));
    const leaf = await as(people.leaf!);
    await leaf.put(`${proposals}/${p.one.id}`, merit('2'));
    await leaf.put(`${proposals}/${p.two.id}`, merit('2'));
    const refused = await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, {
      items: [
        { participantId: p.one.id, version: 1 },
        { participantId: p.two.id, version: 1 },
      ],
    });
    expect(refused.status).toBe(409);
    // 2 × 108,642 = 217,284 against 189,124.
    expect(refused.body.error.reason).toMatchObject({
      code: 'compProposalOverBudget',
      params: { pool: 'merit', remainingMinor: -28_160, remaining: '-281.60', currency: 'EUR' },
    });
    const states = await db()
      .select({ state: compProposals.state })
      .from(compProposals)
      .where(eq(compProposals.cycleId, cycle.id));
    expect(states.map((row) => row.state)).toEqual(['draft', 'draft']);
    const fits = await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, {
      items: [{ participantId: p.one.id, version: 1 }],
    });
    expect(fits.body).toEqual({ submitted: 1, warnings: [] });
    const outsider = await as(people.outside!);
    const foreign = await outsider.post(`${cycles}/${cycle.id}/proposals/submit`, {
      items: [{ participantId: p.two.id, version: 1 }],
    });
    expect(foreign.status).toBe(404);
  });

  it('lists a 500-person grid in one page (its speed is the compGrid benchmark, not a test)', async () => {
    const org: TestOrganization = await createTestOrganization(db());
    const lead = await org.addPerson({ givenName: 'Lead' });
    const cycle = await insertPlanningCycle(db(), { organizationId: org.organizationId });
    const ids: string[] = [];
    for (let index = 0; index < 500; index++) ids.push((await createPersonIn(org.organizationId)).id);
    await Promise.all(
      ids.map((personId) =>
        insertSnapshot(db(), {
          organizationId: org.organizationId,
          cycleId: cycle.id,
          personId,
          managerId: lead.id,
        }),
      ),
    );
    const client = new ApiClient(server.baseUrl).withSession(await org.sessionFor(lead.accountId!));
    const page = await client.get(`${cycles}/${cycle.id}/proposals?limit=500`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(500);
    expect(page.body.items[0].guideline).toEqual({ minPct: '2.00', targetPct: '3.50', maxPct: '5.00' });
  }, 60_000);
});
