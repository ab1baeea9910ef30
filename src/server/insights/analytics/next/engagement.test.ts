import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsMetricResult, AnalyticsPage } from '../../../../contracts/analytics';
import type { EngagementTrendPoint } from '../../../growth/surveys/readApi';
import { createTestOrganization, type TestOrganization } from '../../../testing/factories';
import { ApiClient, startTestServer, type TestServer } from '../../../testing/http';
import { engagementMetricById, presentEngagement } from './engagement';

const point = (overrides: Partial<EngagementTrendPoint>): EngagementTrendPoint => ({
  surveyId: 's1',
  surveyName: 'Monthly pulse',
  roundId: 'r1',
  roundNumber: 1,
  opensOn: '2026-09-01',
  closesOn: '2026-09-08',
  threshold: 5,
  respondents: { state: 'shown', n: 12 },
  engagement: { state: 'shown', mean: 3.8333, n: 12 },
  enps: { state: 'shown', score: 25, n: 12, promoters: 5, passives: 5, detractors: 2 },
  engagementChange: null,
  enpsChange: null,
  ...overrides,
});

describe('the engagement trends as analytics tables (fixture)', () => {
  const points = [
    point({}),
    // Round 2: 4 answered, under the threshold of 5 — everything withheld, changes too.
    point({
      roundId: 'r2',
      roundNumber: 2,
      opensOn: '2026-10-01',
      respondents: { state: 'below_threshold' },
      engagement: { state: 'below_threshold' },
      enps: { state: 'below_threshold' },
      engagementChange: { state: 'withheld' },
      enpsChange: { state: 'withheld' },
    }),
    // Round 3: 10 answered; its change is against round 2, which was withheld.
    point({
      roundId: 'r3',
      roundNumber: 3,
      opensOn: '2026-11-01',
      respondents: { state: 'shown', n: 10 },
      engagement: { state: 'shown', mean: 4.1, n: 10 },
      enps: { state: 'shown', score: 40, n: 10, promoters: 5, passives: 4, detractors: 1 },
      engagementChange: { state: 'withheld' },
      enpsChange: { state: 'withheld' },
    }),
    // Round 4: shown, change +0.25 and −10 against round 3.
    point({
      roundId: 'r4',
      roundNumber: 4,
      opensOn: '2026-12-01',
      respondents: { state: 'shown', n: 8 },
      engagement: { state: 'shown', mean: 4.35, n: 8 },
      enps: { state: 'shown', score: 30, n: 8, promoters: 4, passives: 2, detractors: 2 },
      engagementChange: { state: 'shown', delta: 0.25, previous: 4.1, current: 4.35 },
      enpsChange: { state: 'shown', delta: -10, previous: 40, current: 30 },
    }),
  ];

  it('engagement: one row per round, oldest first, the mean to two decimals, changes only between shown rounds', () => {
    const result = presentEngagement(engagementMetricById('engagement_trend')!, points);
    expect(result).toMatchObject({ dataClass: 'anonymous', chart: 'line', half: 'next', minGroupSize: 5 });
    expect(result.rows.map((row) => row.label)).toEqual([
      'Monthly pulse #1',
      'Monthly pulse #2',
      'Monthly pulse #3',
      'Monthly pulse #4',
    ]);
    expect(result.rows.map((row) => row.cells.engagement)).toEqual([
      { state: 'shown', value: 3.83, n: 12 },
      { state: 'below_threshold' },
      { state: 'shown', value: 4.1, n: 10 },
      { state: 'shown', value: 4.35, n: 8 },
    ]);
    expect(result.rows.map((row) => row.cells.engagement_change)).toEqual([
      { state: 'no_data' },
      { state: 'below_threshold' },
      { state: 'below_threshold' },
      { state: 'shown', value: 0.25, n: 8 },
    ]);
    expect(result.rows[0]!.cells.respondents).toEqual({ state: 'shown', value: 12, n: 12 });
    expect(result.pointInTime).toMatchObject({
      basis: 'survey_launch',
      from: '2026-09-01',
      date: '2026-12-01',
    });
    expect(result.total).toBeNull();
  });

  it('eNPS: the score and its change in whole points', () => {
    const result = presentEngagement(engagementMetricById('enps_trend')!, points);
    expect(result.rows.map((row) => row.cells.enps)).toEqual([
      { state: 'shown', value: 25, n: 12 },
      { state: 'below_threshold' },
      { state: 'shown', value: 40, n: 10 },
      { state: 'shown', value: 30, n: 8 },
    ]);
    expect(result.rows[3]!.cells.enps_change).toEqual({ state: 'shown', value: -10, n: 8 });
  });

  it('states the smallest threshold of the surveys listed, and nothing when no round closed', () => {
    const mixed = presentEngagement(engagementMetricById('enps_trend')!, [
      point({}),
      point({ threshold: 3 }),
    ]);
    expect(mixed.minGroupSize).toBe(3);
    const empty = presentEngagement(engagementMetricById('enps_trend')!, []);
    expect(empty.rows).toEqual([]);
    expect(empty.pointInTime).toBeNull();
  });
});

/**
 * End to end: HR runs a pulse over a small organisation, nine people answer (six of them in M's
 * team, two in N's), HR closes it. The Next page shows the organisation's point to HR, M's team to M
 * and nothing of N's two; the Now page never carries it.
 */
describe('the engagement trends on the Next page', () => {
  let server: TestServer;
  let org: TestOrganization;
  type Person = Awaited<ReturnType<TestOrganization['addPerson']>>;
  let hr: Person, m: Person, n: Person;
  const as = async (person: Person) =>
    new ApiClient(server.baseUrl).withSession(await org.sessionFor(person.accountId!));
  const metric = (page: AnalyticsPage, id: string) =>
    page.metrics.find((candidate) => candidate.id === id) as AnalyticsMetricResult;

  beforeAll(async () => {
    server = await startTestServer();
    org = await createTestOrganization(server.database.db, 'Engagement Org');
    const ceo = await org.addPerson({ givenName: 'Cleo' });
    hr = await org.addPerson({ givenName: 'Hana', managerId: ceo.id, roles: ['hr_admin'] });
    m = await org.addPerson({ givenName: 'Mia', managerId: ceo.id });
    n = await org.addPerson({ givenName: 'Noa', managerId: ceo.id });
    const mTeam = await Promise.all([...Array(6)].map(() => org.addPerson({ managerId: m.id })));
    const nTeam = await Promise.all([...Array(2)].map(() => org.addPerson({ managerId: n.id })));
    const hrClient = await as(hr);
    const created = await hrClient.post('/api/growth/surveys', {
      name: 'Monthly pulse',
      questions: [
        { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
        { kind: 'likert', driver: 'workload', prompt: 'My workload is fine' },
        { kind: 'enps', prompt: 'Would you recommend us?' },
      ],
    });
    expect(created.status).toBe(201);
    const questions = created.body.questions as { id: string; kind: string }[];
    const round = await hrClient.post(`/api/growth/surveys/${created.body.id}/rounds`);
    expect(round.status).toBe(201);
    // M's team answers 4 and 5 (mean 4.5), recommends 10; N's team and the CEO answer 2, and 3.
    const answer = async (person: Person, likert: number, enps: number) => {
      const response = await (await as(person)).post(`/api/growth/surveys/mine/${round.body.id}/answers`, {
        likert: Object.fromEntries(
          questions.filter((q) => q.kind === 'likert').map((q, i) => [q.id, i === 0 ? likert : likert + 1]),
        ),
        enps,
      });
      expect(response.status).toBe(204);
    };
    for (const person of mTeam) await answer(person, 4, 10);
    for (const person of [...nTeam, ceo]) await answer(person, 2, 3);
    expect((await hrClient.post(`/api/growth/surveys/rounds/${round.body.id}/close`)).status).toBe(200);
  });
  afterAll(async () => {
    await server.close();
  });

  it('shows HR the organisation’s round: 9 answered, mean of every answer, eNPS', async () => {
    const page = (await (await as(hr)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    const engagement = metric(page, 'engagement_trend');
    expect(engagement.rows).toHaveLength(1);
    // (6 × (4 + 5) + 3 × (2 + 3)) / 18 = 69 / 18 = 3.83
    expect(engagement.rows[0]!.cells).toMatchObject({
      engagement: { state: 'shown', value: 3.83, n: 9 },
      engagement_change: { state: 'no_data' },
      respondents: { state: 'shown', value: 9, n: 9 },
    });
    // round(100 × (6 − 3) / 9) = 33
    expect(metric(page, 'enps_trend').rows[0]!.cells.enps).toEqual({ state: 'shown', value: 33, n: 9 });
  });

  it('shows a manager their launch-day team, and withholds a team under the threshold', async () => {
    const mine = (await (await as(m)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    expect(mine.scope).toBe('subtree');
    expect(metric(mine, 'engagement_trend').rows[0]!.cells.engagement).toEqual({
      state: 'shown',
      value: 4.5,
      n: 6,
    });
    const small = (await (await as(n)).get('/api/insights/analytics/next')).body as AnalyticsPage;
    expect(metric(small, 'engagement_trend').rows[0]!.cells.engagement).toEqual({ state: 'below_threshold' });
    expect(JSON.stringify(metric(small, 'enps_trend').rows)).not.toContain('"value"');
  });

  it('keeps the trends off the Now page; the CSV says "below threshold" as text', async () => {
    const now = (await (await as(hr)).get('/api/insights/analytics/now')).body as AnalyticsPage;
    expect(now.metrics.map((result) => result.id)).not.toContain('engagement_trend');
    expect((await (await as(hr)).get('/api/insights/analytics/now/engagement_trend.csv')).status).toBe(404);
    const csv = await (await as(n)).get('/api/insights/analytics/next/enps_trend.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Monthly pulse #1');
    expect(csv.text).toContain('below threshold');
    const hrCsv = await (await as(hr)).get('/api/insights/analytics/next/engagement_trend.csv');
    expect(hrCsv.text).toContain('3.83');
  });
});
