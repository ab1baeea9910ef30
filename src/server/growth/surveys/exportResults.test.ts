import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportGroup, SurveyBreakdown, SurveyHeatmap } from '../../../contracts/surveys';
import { departments } from '../../org/tables';
import { auditEvents } from '../../platform/audit/tables';
import { csvRecords } from '../../platform/export/testing';
import { type Cast, createCast } from '../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../testing/http';
import { OVERALL_LABEL, withheldText } from './exportTables';
import {
  engagementSurveyComments,
  engagementSurveyParticipants,
  engagementSurveyResponses,
  engagementSurveyRounds,
} from './tables';

let server: TestServer;
let cast: Cast;
beforeAll(async () => {
  server = await startTestServer();
  cast = await createCast(server.database.db);
});
afterAll(() => server.close());

const db = () => server.database.db;
const as = async (person: { accountId: string | null }) =>
  new ApiClient(server.baseUrl).withSession(await cast.org.sessionFor(person.accountId!));

const SECRET_COMMENT = 'The export must never carry this comment';

/**
 * A closed round answered from three departments: Alpha 8 (under the manager), Beta 6, Gamma 2 —
 * Gamma is below the threshold of 5, so the plan withholds it and at least one sibling with it;
 * Delta has nobody ("no data").
 */
async function answeredRound() {
  const hr = await as(cast.hr);
  const created = await hr.post('/api/growth/surveys', {
    name: `Export pulse ${Math.random()}`,
    questions: [
      { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
      { kind: 'likert', driver: 'workload', prompt: 'My workload is fine' },
      { kind: 'enps', prompt: 'Would you recommend us?' },
      { kind: 'comment', prompt: 'Anything else?' },
    ],
  });
  expect(created.status, created.text).toBe(201);
  const questions = created.body.questions as { id: string; kind: string; driver: string | null }[];
  const growth = questions.find((q) => q.driver === 'growth')!.id;
  const workload = questions.find((q) => q.driver === 'workload')!.id;
  const comment = questions.find((q) => q.kind === 'comment')!.id;
  const organizationId = cast.org.organizationId;
  // Each round gets departments of its own (the heatmap lists every department of the organisation).
  const names = ['Alpha', 'Beta', 'Gamma', 'Delta'].map((name) => `${name} ${Math.random()}`);
  const depts = await db()
    .insert(departments)
    .values(names.map((name) => ({ organizationId, name })))
    .returning({ id: departments.id });
  const [alpha, beta, gamma] = depts.map((d) => d.id);
  const [round] = await db()
    .insert(engagementSurveyRounds)
    .values({
      organizationId,
      surveyId: created.body.id,
      roundNumber: 1,
      opensOn: '2026-10-01',
      closesOn: '2026-10-08',
      closed: true,
      questionIds: questions.map((q) => q.id),
    })
    .returning({ id: engagementSurveyRounds.id });
  const roundId = round!.id;
  const underManager = [cast.ceo.id, cast.skip.id, cast.manager.id];
  await db().insert(engagementSurveyParticipants).values({
    organizationId,
    roundId,
    personId: cast.employee.id,
    snapshotDepartmentId: alpha,
    snapshotTenureBand: '2_5y',
    snapshotManagerChain: underManager,
    invitedOn: '2026-10-01',
    responded: true,
    respondedOn: '2026-10-02',
  });
  const groups = [
    { department: alpha!, count: 8, chain: underManager },
    { department: beta!, count: 6, chain: [cast.ceo.id, cast.peerManager.id] },
    { department: gamma!, count: 2, chain: [cast.ceo.id] },
  ];
  const rows = groups.flatMap((g) =>
    Array.from({ length: g.count }, (_, i) => ({
      organizationId,
      roundId,
      bucketDepartmentId: g.department,
      bucketTenureBand: (i % 2 === 0 ? '2_5y' : '5y_plus') as '2_5y' | '5y_plus',
      bucketManagerChain: g.chain,
      likertScores: { [growth]: 1 + (i % 5), [workload]: 5 - (i % 3) },
      enpsScore: (i * 3) % 11,
    })),
  );
  await db().insert(engagementSurveyResponses).values(rows);
  await db()
    .insert(engagementSurveyComments)
    .values(
      rows.map((row) => ({
        organizationId,
        roundId,
        bucketDepartmentId: row.bucketDepartmentId,
        bucketTenureBand: row.bucketTenureBand,
        bucketManagerChain: row.bucketManagerChain,
        questionId: comment,
        verbatimText: SECRET_COMMENT,
      })),
    );
  return {
    roundId,
    hr,
    alpha: alpha!,
    names: { Alpha: names[0]!, Beta: names[1]!, Gamma: names[2]!, Delta: names[3]! },
  };
}

/** A JSON group's figures as the CSV must write them: a number only where the screen shows one. */
function expectedLine(group: ReportGroup, drivers: string[]) {
  const text = (cell: { state: string }) => withheldText[cell.state as keyof typeof withheldText];
  return [
    ...drivers.map((driver) => {
      const cell = group.cells.find((c) => c.driver === driver)!.cell;
      return cell.state === 'shown' ? String(Math.round(cell.mean * 100) / 100) : text(cell);
    }),
    group.enps.state === 'shown' ? String(group.enps.score) : text(group.enps),
    group.count.state === 'shown' ? String(group.count.n) : text(group.count),
  ];
}

/** Every JSON group appears in the CSV under its label with exactly its figures, and nothing else does. */
function expectSameCells(
  records: string[][],
  groups: { label: string; group: ReportGroup }[],
  drivers: string[],
) {
  const byLabel = new Map(records.map((record) => [record[0]!, record.slice(1)]));
  expect(records).toHaveLength(groups.length);
  for (const { label, group } of groups)
    expect(byLabel.get(label), label).toEqual(expectedLine(group, drivers));
}

describe('survey result exports', () => {
  it('the heatmap CSV holds the cells of the JSON heatmap, withheld ones in words, never comments; audited', async () => {
    const { roundId, hr, names } = await answeredRound();
    const json = (await hr.get(`/api/growth/surveys/rounds/${roundId}/heatmap`)).body as SurveyHeatmap;
    const csv = await hr.get(`/api/growth/surveys/rounds/${roundId}/heatmap.csv`);
    expect(csv.status, csv.text).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="survey-heatmap-.+\.csv"$/);
    const [header, ...records] = csvRecords(csv.text);
    expect(header).toEqual(['Department', 'Growth', 'Workload', 'eNPS', 'Responses']);
    expectSameCells(
      records,
      [
        ...json.rows.map((group) => ({ label: group.label ?? 'No department', group })),
        { label: OVERALL_LABEL, group: json.overall },
      ],
      json.drivers,
    );
    // The small department is withheld and written as words; so is at least one of its siblings.
    const gamma = records.find((r) => r[0] === names.Gamma)!;
    expect(gamma.slice(1)).toEqual(Array(4).fill('below threshold'));
    expect(records.some((r) => r.includes('withheld (complementary)'))).toBe(true);
    expect(records.find((r) => r[0] === names.Delta)!.slice(1)).toEqual(Array(4).fill('no data'));
    expect(records.find((r) => r[0] === OVERALL_LABEL)![4]).toBe('16');
    expect(csv.text).not.toContain(SECRET_COMMENT);

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, roundId), eq(auditEvents.action, 'export.survey_heatmap')));
    expect(audits.map((a) => a.after)).toEqual([
      { format: 'csv', rows: records.length, filters: { scope: 'organization' } },
    ]);
  });

  it('the breakdown CSV holds the cells of the breakdown the page asks for, with its filter', async () => {
    const { roundId, hr, alpha } = await answeredRound();
    for (const query of ['groupBy=department', 'groupBy=tenure', `groupBy=tenure&department=${alpha}`]) {
      const json = (await hr.get(`/api/growth/surveys/rounds/${roundId}/breakdown?${query}`))
        .body as SurveyBreakdown;
      const csv = await hr.get(`/api/growth/surveys/rounds/${roundId}/breakdown.csv?${query}`);
      expect(csv.status, csv.text).toBe(200);
      const [header, ...records] = csvRecords(csv.text);
      expect(header![0]).toBe(json.groupBy === 'tenure' ? 'Tenure' : 'Department');
      const tenureLabel: Record<string, string> = { '2_5y': '2 to 5 years', '5y_plus': '5 years and more' };
      expectSameCells(
        records,
        [
          ...json.segments.map((group) => ({
            label: json.groupBy === 'tenure' ? tenureLabel[group.key!]! : (group.label ?? 'No department'),
            group,
          })),
          { label: OVERALL_LABEL, group: json.total },
        ],
        json.drivers,
      );
      expect(csv.text).not.toContain(SECRET_COMMENT);
    }
    const filtered = await hr.get(
      `/api/growth/surveys/rounds/${roundId}/breakdown.csv?groupBy=tenure&department=${alpha}`,
    );
    // Inside Alpha (8): four and four by tenure, both under the threshold of 5, and Alpha's total.
    expect(
      csvRecords(filtered.text)
        .slice(1)
        .map((r) => [r[0], r[4]]),
    ).toEqual([
      ['2 to 5 years', 'below threshold'],
      ['5 years and more', 'below threshold'],
      [OVERALL_LABEL, '8'],
    ]);
    const audits = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, roundId), eq(auditEvents.action, 'export.survey_breakdown')));
    expect(audits).toHaveLength(4);
    expect(audits.map((a) => a.after)).toContainEqual({
      format: 'csv',
      rows: 3,
      filters: { scope: 'organization', groupBy: 'tenure', department: alpha },
    });
  });

  it('the results screen’s door: a manager only their subtree, other managers and employees refused', async () => {
    const { roundId, names } = await answeredRound();
    const manager = await as(cast.manager);
    const json = (await manager.get(`/api/growth/surveys/rounds/${roundId}/heatmap`)).body as SurveyHeatmap;
    expect(json.scope).toBe('subtree');
    const csv = await manager.get(`/api/growth/surveys/rounds/${roundId}/heatmap.csv`);
    expect(csv.status, csv.text).toBe(200);
    const [, ...records] = csvRecords(csv.text);
    // Only the manager's eight answers, never Beta's or Gamma's.
    expectSameCells(
      records,
      [
        ...json.rows.map((group) => ({ label: group.label ?? 'No department', group })),
        { label: OVERALL_LABEL, group: json.overall },
      ],
      json.drivers,
    );
    expect(records.find((r) => r[0] === OVERALL_LABEL)![4]).toBe('8');
    expect(records.map((r) => r[0])).toEqual([names.Alpha, OVERALL_LABEL]);

    const files = ['heatmap.csv', 'breakdown.csv?groupBy=department'];
    for (const file of files) {
      const organization = `${file}${file.includes('?') ? '&' : '?'}scope=organization`;
      expect((await manager.get(`/api/growth/surveys/rounds/${roundId}/${organization}`)).status).toBe(403);
      for (const outsider of [cast.peerManager, cast.employee, cast.orgAdmin]) {
        const client = await as(outsider);
        expect((await client.get(`/api/growth/surveys/rounds/${roundId}/${file}`)).status).toBe(404);
      }
      const anonymous = new ApiClient(server.baseUrl);
      expect((await anonymous.get(`/api/growth/surveys/rounds/${roundId}/${file}`)).status).toBe(401);
    }
    const refused = await db()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.targetId, roundId), eq(auditEvents.action, 'export.survey_breakdown')));
    expect(refused).toEqual([]);
  });

  it('an open round has no export yet (409), like its heatmap', async () => {
    const { roundId, hr } = await answeredRound();
    await db()
      .update(engagementSurveyRounds)
      .set({ closed: false })
      .where(eq(engagementSurveyRounds.id, roundId));
    const csv = await hr.get(`/api/growth/surveys/rounds/${roundId}/heatmap.csv`);
    expect(csv.status).toBe(409);
    expect(csv.body.error.code).toBe('invalid_state');
  });
});
