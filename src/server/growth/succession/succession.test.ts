import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvents } from '../../platform/audit/tables';
import { type Cast, createCast, createTestOrganization } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';

let server: TestServer;
let cast: Cast;
const as = async (person: { accountId: string | null }, org = cast.org) =>
  new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));

beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const base = '/api/growth/succession/positions';
const fieldIssue = (body: { error: { fieldIssues?: Record<string, { code: string }> } }, field: string) =>
  body.error.fieldIssues?.[field]?.code;

async function createPosition(hr: ApiClient, body: Record<string, unknown>) {
  const created = await hr.post(base, { criticality: 'critical', vacancyRisk: 'high', ...body });
  expect(created.status).toBe(201);
  return created.body as { id: string; version: number };
}

describe('succession plans', () => {
  it('HR and designated reviewers read a plan; nobody it names does, nor anyone else; reads are logged for each named person', async () => {
    const hr = await as(cast.hr);
    const plan = await createPosition(hr, {
      title: 'Head of Engineering',
      incumbentId: cast.manager.id,
      vacancyReason: 'Said in the last 1:1 that a move abroad is likely',
      reviewerIds: [cast.skip.id],
    });
    const slate = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [
        {
          personId: cast.employee.id,
          readiness: 'ready_now',
          interim: true,
          successorNote: 'Needs budget practice',
        },
        { personId: cast.peer.id, readiness: '1_2_years' },
      ],
    });
    expect(slate.status).toBe(200);
    expect(slate.body.successors.map((s: { person: { id: string } }) => s.person.id)).toEqual([
      cast.employee.id,
      cast.peer.id,
    ]);
    expect(slate.body.abilities).toEqual({
      edit: true,
      editSlate: true,
      designateReviewers: true,
      remove: true,
    });

    const reviewer = await as(cast.skip);
    const read = await reviewer.get(`${base}/${plan.id}`);
    expect(read.status).toBe(200);
    expect(read.body.abilities).toEqual({
      edit: true,
      editSlate: true,
      designateReviewers: false,
      remove: false,
    });
    expect(read.body.vacancyReason).toContain('move abroad');
    // A reviewer edits the plan but does not choose who else reviews it.
    const designate = await reviewer.patch(`${base}/${plan.id}`, {
      version: read.body.version,
      reviewerIds: [cast.ceo.id],
    });
    expect(designate.status).toBe(403);

    // The incumbent, each successor, the incumbent's peers and the org admin: as if there were no plan.
    for (const outsider of [
      cast.manager,
      cast.employee,
      cast.peer,
      cast.employee2,
      cast.orgAdmin,
      cast.approver,
      cast.coach,
      cast.ceo,
    ]) {
      const client = await as(outsider);
      expect((await client.get(`${base}/${plan.id}`)).status).toBe(404);
      expect((await client.put(`${base}/${plan.id}/slate`, { version: 2, successors: [] })).status).toBe(404);
      const list = await client.get(base);
      expect(list.status).toBe(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(plan.id);
      expect((await client.get('/api/growth/succession/bench')).status).toBe(404);
    }

    // One read by the reviewer lands on the log of the incumbent and of each successor.
    const logged = await server.database.db
      .select()
      .from(accessLog)
      .where(
        and(
          eq(accessLog.viewerPersonId, cast.skip.id),
          eq(accessLog.dataClass, 'talent'),
          eq(accessLog.resource, 'succession plan'),
        ),
      );
    expect(logged.map((row) => row.subjectPersonId).sort()).toEqual(
      [cast.manager.id, cast.employee.id, cast.peer.id].sort(),
    );

    // The slate change is audited with who was on it before and after, never the notes.
    const [event] = await server.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, plan.id), eq(auditEvents.action, 'key_position.slate_changed')));
    expect(event?.before).toEqual({ successors: [] });
    expect(JSON.stringify(event?.after)).toContain(cast.employee.id);
    expect(JSON.stringify(event?.after)).not.toContain('budget practice');
  });

  it('never lets a person named on a plan read or review it', async () => {
    const hr = await as(cast.hr);
    const plan = await createPosition(hr, { title: 'Platform Lead', incumbentId: cast.peerManager.id });
    // The incumbent cannot be made a reviewer; neither can a successor.
    const incumbentAsReviewer = await hr.patch(`${base}/${plan.id}`, {
      version: plan.version,
      reviewerIds: [cast.peerManager.id],
    });
    expect(incumbentAsReviewer.status).toBe(400);
    expect(fieldIssue(incumbentAsReviewer.body, 'reviewerIds.0')).toBe('reviewerOnPlan');
    const withSlate = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [{ personId: cast.peer.id, readiness: '3_plus_years' }],
    });
    const successorAsReviewer = await hr.patch(`${base}/${plan.id}`, {
      version: withSlate.body.version,
      reviewerIds: [cast.peer.id],
    });
    expect(fieldIssue(successorAsReviewer.body, 'reviewerIds.0')).toBe('reviewerOnPlan');
    // A reviewer cannot be put on the slate, nor made the incumbent.
    const reviewed = await hr.patch(`${base}/${plan.id}`, {
      version: withSlate.body.version,
      reviewerIds: [cast.skip.id],
    });
    expect(reviewed.status).toBe(200);
    const reviewerOnSlate = await hr.put(`${base}/${plan.id}/slate`, {
      version: reviewed.body.version,
      successors: [{ personId: cast.skip.id, readiness: 'ready_now' }],
    });
    expect(fieldIssue(reviewerOnSlate.body, 'successors.0.personId')).toBe('reviewerOnPlan');
    const reviewerAsIncumbent = await hr.patch(`${base}/${plan.id}`, {
      version: reviewed.body.version,
      incumbentId: cast.skip.id,
    });
    expect(fieldIssue(reviewerAsIncumbent.body, 'incumbentId')).toBe('reviewerOnPlan');
    // HR cannot name themselves, and an HR admin named on a plan by another cannot read it.
    const self = await hr.put(`${base}/${plan.id}/slate`, {
      version: reviewed.body.version,
      successors: [{ personId: cast.hr.id, readiness: 'ready_now' }],
    });
    expect(fieldIssue(self.body, 'successors.0.personId')).toBe('ownSuccessionPlan');
    const selfIncumbent = await hr.patch(`${base}/${plan.id}`, {
      version: reviewed.body.version,
      incumbentId: cast.hr.id,
    });
    expect(selfIncumbent.status).toBe(400);
    expect(fieldIssue(selfIncumbent.body, 'incumbentId')).toBe('ownSuccessionPlan');
    const org = cast.org;
    const secondHr = await org.addPerson({ givenName: 'Hugo', familyName: 'Hr', roles: ['hr_admin'] });
    const other = await as(secondHr);
    const namesHr = await other.put(`${base}/${plan.id}/slate`, {
      version: reviewed.body.version,
      successors: [{ personId: cast.hr.id, readiness: 'ready_now' }],
    });
    expect(namesHr.status).toBe(200);
    expect((await hr.get(`${base}/${plan.id}`)).status).toBe(404);
    expect((await hr.get(base)).body.items.map((i: { id: string }) => i.id)).not.toContain(plan.id);
    expect((await other.get(`${base}/${plan.id}`)).status).toBe(200);
  });

  it('holds a slate to five successors, one interim, never the incumbent, each once; writes are version-checked', async () => {
    const hr = await as(cast.hr);
    const people = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        cast.org.addPerson({ givenName: `Cand${i}`, managerId: cast.ceo.id }),
      ),
    );
    const plan = await createPosition(hr, {
      title: 'Finance Director',
      incumbentId: cast.approver.id,
      criticality: 'high',
    });
    const entries = people.map((p) => ({ personId: p.id, readiness: '1_2_years' }));
    const six = await hr.put(`${base}/${plan.id}/slate`, { version: plan.version, successors: entries });
    expect(six.status).toBe(400);
    expect(fieldIssue(six.body, 'successors')).toBe('slateFull');

    const twoInterims = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [
        { ...entries[0], interim: true },
        { ...entries[1], interim: true },
      ],
    });
    expect(twoInterims.status).toBe(400);
    expect(fieldIssue(twoInterims.body, 'successors.1.interim')).toBe('oneInterimOnly');

    const incumbent = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [{ personId: cast.approver.id, readiness: 'ready_now' }],
    });
    expect(fieldIssue(incumbent.body, 'successors.0.personId')).toBe('successorIsIncumbent');
    const twice = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [entries[0], entries[0]],
    });
    expect(fieldIssue(twice.body, 'successors.1.personId')).toBe('successorTwice');
    const foreign = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: [{ personId: '00000000-0000-4000-8000-000000000000', readiness: 'ready_now' }],
    });
    expect(fieldIssue(foreign.body, 'successors.0.personId')).toBe('personForeign');

    const five = await hr.put(`${base}/${plan.id}/slate`, {
      version: plan.version,
      successors: entries.slice(0, 5).map((e, i) => ({ ...e, interim: i === 2 })),
    });
    expect(five.status).toBe(200);
    expect(five.body.successors.filter((s: { interim: boolean }) => s.interim)).toHaveLength(1);
    expect(five.body.successors.map((s: { rank: number }) => s.rank)).toEqual([1, 2, 3, 4, 5]);

    const stale = await hr.put(`${base}/${plan.id}/slate`, { version: plan.version, successors: [] });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'version_conflict', currentVersion: five.body.version });
    const stalePatch = await hr.patch(`${base}/${plan.id}`, { version: plan.version, title: 'x' });
    expect(stalePatch.status).toBe(409);
  });

  it('counts bench strength over the positions the caller reads', async () => {
    const db = server.database.db;
    const org = await createTestOrganization(db, 'Bench Org');
    const hrPerson = await org.addPerson({ roles: ['hr_admin'] });
    const exec = await org.addPerson({ givenName: 'Eve', familyName: 'Exec' });
    const staff = await Promise.all(
      ['Ann', 'Ben', 'Cai', 'Dee', 'Eda'].map((givenName) =>
        org.addPerson({ givenName, familyName: 'Bench' }),
      ),
    );
    const holders = await Promise.all([1, 2, 3, 4].map((i) => org.addPerson({ givenName: `Holder${i}` })));
    const [ann, ben, cai, dee] = staff as unknown as [
      { id: string },
      { id: string },
      { id: string },
      { id: string },
    ];
    const hr = await as(hrPerson, org);
    const slate = async (id: string, version: number, successors: [string, string, boolean?][]) => {
      const r = await hr.put(`${base}/${id}/slate`, {
        version,
        successors: successors.map(([personId, readiness, interim]) => ({
          personId,
          readiness,
          interim: interim ?? false,
        })),
      });
      expect(r.status).toBe(200);
    };
    // A: critical, two successors, one ready now — covered, not a single point of failure.
    const a = await createPosition(hr, {
      title: 'A',
      incumbentId: holders[0]!.id,
      criticality: 'critical',
      reviewerIds: [exec.id],
    });
    await slate(a.id, a.version, [
      [ann.id, 'ready_now', true],
      [ben.id, '1_2_years'],
    ]);
    // B: high, one successor who is ready now — covered, but a single point of failure (one successor).
    const b = await createPosition(hr, {
      title: 'B',
      incumbentId: holders[1]!.id,
      criticality: 'high',
      reviewerIds: [exec.id],
    });
    await slate(b.id, b.version, [[ann.id, 'ready_now']]);
    // C: high, two successors, none ready now — a single point of failure.
    const c = await createPosition(hr, { title: 'C', incumbentId: holders[2]!.id, criticality: 'high' });
    await slate(c.id, c.version, [
      [ann.id, '3_plus_years'],
      [cai.id, '1_2_years'],
    ]);
    // D: medium, no successors — uncovered, but not high enough to count as a single point of failure.
    await createPosition(hr, {
      title: 'D',
      incumbentId: holders[3]!.id,
      criticality: 'medium',
      vacancyRisk: 'low',
    });
    // E: low, vacant, one ready-now successor.
    const e = await createPosition(hr, { title: 'E', criticality: 'low', vacancyRisk: 'low' });
    await slate(e.id, e.version, [[dee.id, 'ready_now']]);

    const bench = await hr.get('/api/growth/succession/bench');
    expect(bench.status).toBe(200);
    expect(bench.body).toMatchObject({
      positionCount: 5,
      coveredCount: 3,
      coverage: 0.6,
      byReadiness: { ready_now: 3, '1_2_years': 2, '3_plus_years': 1 },
    });
    expect(bench.body.singlePointsOfFailure.map((p: { title: string }) => p.title).sort()).toEqual([
      'B',
      'C',
    ]);
    // Ann is on three slates: a stretched bench.
    expect(bench.body.stretched).toEqual([
      { person: expect.objectContaining({ id: ann.id }), slateCount: 3 },
    ]);
    expect(bench.body.byCriticality).toEqual([
      { criticality: 'critical', positions: 1, covered: 1 },
      { criticality: 'high', positions: 2, covered: 1 },
      { criticality: 'medium', positions: 1, covered: 0 },
      { criticality: 'low', positions: 1, covered: 1 },
    ]);

    // The executive reviews A and B only: their bench is those two.
    const reviewer = await as(exec, org);
    const theirs = await reviewer.get('/api/growth/succession/bench');
    expect(theirs.body).toMatchObject({ positionCount: 2, coveredCount: 2, coverage: 1, stretched: [] });
    const list = await reviewer.get(base);
    expect(list.body.items.map((i: { title: string }) => i.title)).toEqual(['A', 'B']);
    expect(list.body.canCreate).toBe(false);
    expect((await reviewer.post(base, { title: 'X', criticality: 'low', vacancyRisk: 'low' })).status).toBe(
      403,
    );

    // The stretched list is a read of Ann's talent record: on her access log.
    const logged = await db
      .select()
      .from(accessLog)
      .where(and(eq(accessLog.resource, 'bench strength'), inArray(accessLog.subjectPersonId, [ann.id])));
    expect(logged.length).toBeGreaterThanOrEqual(1);
  });
});
