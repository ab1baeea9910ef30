import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../../platform/audit/tables';
import { createTestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
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
 * A snapshot tree top → mid → leaf → (one, two), an approval team member and an HR admin outside
 * it, in a planning cycle whose approvals go two levels above the proposer (mid, then top).
 */
async function approvalOrganization() {
  const org = await createTestOrganization(db());
  const add = (givenName: string, roles: ('hr_admin' | 'approver')[] = []) =>
    org.addPerson({ givenName, familyName: givenName, roles });
  const [top, mid, leaf, one, two, team, hr] = await Promise.all([
    add('Top'),
    add('Mid'),
    add('Leaf'),
    add('One'),
    add('Two'),
    add('Team', ['approver']),
    add('Hr', ['hr_admin']),
  ]);
  const cycle = await insertPlanningCycle(db(), { organizationId: org.organizationId, approvalDepth: 2 });
  const managerOnly = { eligibility: 'ineligible' as const, ruleEligibility: 'ineligible' as const };
  const snap = (personId: string, managerId: string | null, extra: Record<string, unknown> = {}) =>
    insertSnapshot(db(), {
      organizationId: org.organizationId,
      cycleId: cycle.id,
      personId,
      managerId,
      ...extra,
    });
  const p = {
    top: await snap(top!.id, null, managerOnly),
    mid: await snap(mid!.id, top!.id, managerOnly),
    leaf: await snap(leaf!.id, mid!.id, managerOnly),
    one: await snap(one!.id, leaf!.id),
    two: await snap(two!.id, leaf!.id),
    team: await snap(team!.id, top!.id, managerOnly),
    hr: await snap(hr!.id, top!.id, managerOnly),
  };
  const people = { top, mid, leaf, one, two, team, hr };
  const as = async (person: { accountId: string | null }) =>
    new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
  const clients = {
    top: await as(top!),
    mid: await as(mid!),
    leaf: await as(leaf!),
    one: await as(one!),
    team: await as(team!),
    hr: await as(hr!),
  };
  return { cycle, p, people, clients };
}

type Client = ApiClient;
const read = async (client: Client, participantId: string) => {
  const response = await client.get(`${proposals}/${participantId}`);
  expect(response.status, response.text).toBe(200);
  return response.body;
};
const item = async (client: Client, participantId: string) => ({
  participantId,
  version: (await read(client, participantId)).version as number,
});

describe('approving pay proposals up the snapshot chain', () => {
  it('takes a submission through mid and top, with adjustments, send-backs and the final decision', async () => {
    const { cycle, p, people, clients } = await approvalOrganization();
    const { leaf, mid, top, one, team, hr } = clients;
    for (const participant of [p.one, p.two]) {
      const saved = await leaf.put(`${proposals}/${participant.id}`, { version: 0, merit: { percent: '3' } });
      expect(saved.status, saved.text).toBe(200);
    }
    const submitted = await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, {
      items: [await item(leaf, p.one.id), await item(leaf, p.two.id)],
    });
    expect(submitted.status, submitted.text).toBe(200);
    const waiting = await read(mid, p.one.id);
    expect(waiting.state).toBe('submitted');
    expect(waiting.approval).toMatchObject({ step: 0, chainLength: 2, awaitingPersonId: people.mid!.id });
    expect(waiting.abilities).toMatchObject({ approve: true, adjust: true, sendBack: true, edit: true });

    // Not the proposer's, not top's turn yet; the employee sees nothing at all.
    for (const early of [leaf, top]) {
      const refused = await early.post(`${cycles}/${cycle.id}/proposals/approve`, {
        items: [await item(early, p.one.id)],
      });
      expect(refused.status, refused.text).toBe(403);
      expect(refused.body.error.reason).toMatchObject({ code: 'compProposalNotYourTurn' });
    }
    expect((await one.get(`${proposals}/${p.one.id}`)).status).toBe(404);

    // Mid's queue holds both; approving them in bulk hands them to top.
    const planningList = await mid.get('/api/performance/compensation/planning');
    expect(planningList.body.items).toMatchObject([{ id: cycle.id, waitingForYou: 2 }]);
    expect((await leaf.get('/api/performance/compensation/planning')).body.items).toMatchObject([
      { id: cycle.id, waitingForYou: 0 },
    ]);
    const midQueue = await mid.get(`${cycles}/${cycle.id}/proposals?awaiting=mine`);
    expect(midQueue.body.items.map((row: { participantId: string }) => row.participantId).sort()).toEqual(
      [p.one.id, p.two.id].sort(),
    );
    const bulk = await mid.post(`${cycles}/${cycle.id}/proposals/approve`, {
      items: [await item(mid, p.one.id), await item(mid, p.two.id)],
    });
    expect(bulk.body).toEqual({ approved: 0, movedOn: 2 });
    expect((await mid.get(`${cycles}/${cycle.id}/proposals?awaiting=mine`)).body.items).toEqual([]);
    expect((await read(top, p.one.id)).approval).toMatchObject({ step: 1, awaitingPersonId: people.top!.id });

    // Top adjusts one with a note, and sends two back with a reason.
    const noNote = await top.post(`${proposals}/${p.one.id}/adjust`, {
      ...(await item(top, p.one.id)),
      merit: { percent: '4' },
    });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.fields).toHaveProperty('note');
    const adjusted = await top.post(`${proposals}/${p.one.id}/adjust`, {
      version: (await read(top, p.one.id)).version,
      merit: { percent: '4' },
      note: 'Her scope grew this year',
    });
    expect(adjusted.status, adjusted.text).toBe(200);
    expect(adjusted.body).toMatchObject({ state: 'submitted', merit: { percent: '4.0000' } });
    const noReason = await top.post(`${proposals}/${p.two.id}/send-back`, { version: 1, reason: ' ' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields).toHaveProperty('reason');
    const back = await top.post(`${proposals}/${p.two.id}/send-back`, {
      version: (await read(top, p.two.id)).version,
      reason: 'Please align with the matrix',
    });
    expect(back.status, back.text).toBe(200);
    const returned = await read(leaf, p.two.id);
    expect(returned).toMatchObject({
      state: 'returned',
      approval: { returnedReason: 'Please align with the matrix' },
    });
    expect(returned.abilities).toMatchObject({ edit: true, submit: true, approve: false });

    const history = await mid.get(`${proposals}/${p.one.id}/history`);
    expect(history.body.items.map((event: { kind: string }) => event.kind)).toEqual([
      'submitted',
      'approved',
      'adjusted',
    ]);
    expect(history.body.items[2]).toMatchObject({
      actorName: 'Top Top',
      approvalNote: 'Her scope grew this year',
      before: { meritPercent: '3.0000' },
      after: { meritPercent: '4.0000' },
    });
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'comp_proposal.adjusted'),
          eq(auditEvents.targetId, await proposalIdOf(p.one.id)),
        ),
      );
    expect(audit).toMatchObject({ before: { meritPercent: '3.0000' }, after: { meritPercent: '4.0000' } });

    // Top approves one: past the chain it waits for the approval team and HR.
    await top.post(`${cycles}/${cycle.id}/proposals/approve`, { items: [await item(top, p.one.id)] });
    expect((await read(hr, p.one.id)).approval).toMatchObject({ step: 2, awaitingPersonId: null });
    const teamQueue = await team.get(`${cycles}/${cycle.id}/proposals?awaiting=mine`);
    expect(teamQueue.body.items.map((row: { participantId: string }) => row.participantId)).toEqual([
      p.one.id,
    ]);
    const final = await team.post(`${cycles}/${cycle.id}/proposals/approve`, {
      items: [await item(team, p.one.id)],
    });
    expect(final.body).toEqual({ approved: 1, movedOn: 0 });
    const approved = await read(leaf, p.one.id);
    expect(approved.state).toBe('approved');
    expect(approved.abilities).toMatchObject({ edit: false, approve: false });
    const frozen = await leaf.put(`${proposals}/${p.one.id}`, {
      version: approved.version,
      merit: { percent: '9' },
    });
    expect(frozen.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'compProposalApproved' },
    });

    // The leaf resubmits two; in review HR cannot approve the cycle while it waits, then decides it.
    await leaf.put(`${proposals}/${p.two.id}`, {
      version: (await read(leaf, p.two.id)).version,
      merit: { percent: '3.5' },
    });
    expect((await read(leaf, p.two.id)).state).toBe('returned');
    await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, { items: [await item(leaf, p.two.id)] });
    expect((await read(mid, p.two.id)).approval).toMatchObject({ step: 0, awaitingPersonId: people.mid!.id });
    const cycleVersion = async () => (await hr.get(`${cycles}/${cycle.id}`)).body.version as number;
    const toReview = await hr.post(`${cycles}/${cycle.id}/transitions`, {
      to: 'review',
      version: await cycleVersion(),
    });
    expect(toReview.status, toReview.text).toBe(200);
    const early = await hr.post(`${cycles}/${cycle.id}/transitions`, {
      to: 'approved',
      version: await cycleVersion(),
    });
    expect(early.body.error).toMatchObject({
      code: 'invalid_state',
      reason: { code: 'compCycleApprovalsPending', params: { count: 1 } },
    });
    const hrDecides = await hr.post(`${cycles}/${cycle.id}/proposals/approve`, {
      items: [await item(hr, p.two.id)],
    });
    expect(hrDecides.body).toEqual({ approved: 1, movedOn: 0 });
    const done = await hr.post(`${cycles}/${cycle.id}/transitions`, {
      to: 'approved',
      version: await cycleVersion(),
    });
    expect(done.status, done.text).toBe(200);
    expect((await leaf.get(`${proposals}/${p.two.id}`)).body.state).toBe('approved');
  });

  it('refuses a bulk approval as a whole when one item is not the caller’s to decide', async () => {
    const { cycle, p, clients } = await approvalOrganization();
    const { leaf, mid } = clients;
    await leaf.put(`${proposals}/${p.one.id}`, { version: 0, merit: { percent: '3' } });
    await leaf.put(`${proposals}/${p.two.id}`, { version: 0, merit: { percent: '3' } });
    await leaf.post(`${cycles}/${cycle.id}/proposals/submit`, { items: [await item(leaf, p.one.id)] });
    const mixed = await mid.post(`${cycles}/${cycle.id}/proposals/approve`, {
      items: [await item(mid, p.one.id), await item(mid, p.two.id)],
    });
    expect(mixed.status).toBe(409);
    expect(mixed.body.error.reason).toMatchObject({ code: 'compProposalNotSubmitted' });
    expect((await read(mid, p.one.id)).approval.step).toBe(0);
  });
});

async function proposalIdOf(participantId: string) {
  const [row] = await db()
    .select({ id: compProposals.id })
    .from(compProposals)
    .where(eq(compProposals.participantId, participantId));
  return row!.id;
}
