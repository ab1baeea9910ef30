import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../platform/db/client';
import { testDatabase } from '../../../testing/database';
import { createTestOrganization } from '../../../testing/factories';
import { engagementTrend } from '../readApi';
import { driverHeatmap, type ResponseRecord, UNSPECIFIED } from '../reporting';
import {
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
} from '../tables';
import { roundFigures } from './points';
import { rollUpClosedRounds } from './rollUp';
import { engagementRoundRollups, WHOLE_ROUND } from './tables';

const rules = { threshold: 5, commentThreshold: 10 };
const totals = (respondents: number, extra: Partial<Parameters<typeof roundFigures>[0] & object> = {}) => ({
  respondents,
  likertSum: 4 * respondents * 2,
  likertAnswers: respondents * 2,
  promoters: respondents,
  passives: 0,
  detractors: 0,
  ...extra,
});

describe('a round’s figures from its totals', () => {
  it('says "no data" without answers and withholds everything under the threshold', () => {
    expect(roundFigures(null, rules).respondents).toEqual({ state: 'no_data' });
    expect(roundFigures(totals(0), rules).engagement).toEqual({ state: 'no_data' });
    const small = roundFigures(totals(4), rules);
    expect([small.respondents, small.engagement, small.enps]).toEqual([
      { state: 'below_threshold' },
      { state: 'below_threshold' },
      { state: 'below_threshold' },
    ]);
  });

  it('shows the mean of every Likert answer and the eNPS at the threshold', () => {
    const figures = roundFigures(
      { respondents: 5, likertSum: 33, likertAnswers: 10, promoters: 3, passives: 1, detractors: 1 },
      rules,
    );
    expect(figures.respondents).toEqual({ state: 'shown', n: 5 });
    expect(figures.engagement).toEqual({ state: 'shown', mean: 3.3, n: 5 });
    // round(100 × (3 − 1) / 5) = 40
    expect(figures.enps).toMatchObject({ state: 'shown', score: 40, n: 5 });
  });

  it('withholds a team that differs from a wider group the reader also sees by fewer than the threshold', () => {
    expect(roundFigures(totals(6), rules, totals(9)).respondents).toEqual({ state: 'complementary' });
    expect(roundFigures(totals(6), rules, totals(11)).respondents).toEqual({ state: 'shown', n: 6 });
    expect(roundFigures(totals(6), rules, totals(6)).respondents).toEqual({ state: 'shown', n: 6 });
    // The eNPS answers are counted apart: a difference of two who answered it gives them away.
    expect(roundFigures(totals(6), rules, totals(11, { promoters: 8 })).enps).toEqual({
      state: 'complementary',
    });
  });
});

/** A tiny deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % below;
  };
}

async function seedRound(db: Db, options: { seed: number; responses: number }) {
  const org = await createTestOrganization(db, `Trend ${options.seed}`);
  const organizationId = org.organizationId;
  const [survey] = await db
    .insert(engagementSurveys)
    .values({ organizationId, name: 'Pulse', audienceKind: 'organization', schedule: 'monthly' })
    .returning();
  const questions = await db
    .insert(engagementSurveyQuestions)
    .values([
      { surveyId: survey!.id, kind: 'likert', driver: 'growth', prompt: 'a', position: 0 },
      { surveyId: survey!.id, kind: 'likert', driver: 'workload', prompt: 'b', position: 1 },
      { surveyId: survey!.id, kind: 'enps', prompt: 'c', position: 2 },
    ])
    .returning();
  const [round] = await db
    .insert(engagementSurveyRounds)
    .values({
      organizationId,
      surveyId: survey!.id,
      roundNumber: 1,
      opensOn: '2026-10-01',
      closesOn: '2026-10-08',
      closed: true,
      questionIds: questions.map((q) => q.id),
    })
    .returning();
  const next = random(options.seed);
  const managers: string[] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  // Chains: the top manager above everyone; two middle managers; one small team under the first.
  const chains = [
    [managers[0]!],
    [managers[1]!, managers[0]!],
    [managers[2]!, managers[0]!],
    [managers[3]!, managers[1]!, managers[0]!],
  ];
  const rows = Array.from({ length: options.responses }, () => {
    const likert: Record<string, number> = {};
    for (const question of questions.slice(0, 2)) if (next(4) > 0) likert[question.id] = 1 + next(5);
    return {
      organizationId,
      roundId: round!.id,
      bucketDepartmentId: null,
      bucketTenureBand: 'under_1y' as const,
      bucketManagerChain: chains[next(chains.length)]!,
      likertScores: likert,
      enpsScore: next(5) === 0 ? null : next(11),
    };
  });
  if (rows.length) await db.insert(engagementSurveyResponses).values(rows);
  return { organizationId, round: round!, questions, managers, rows };
}

/** The same figures computed the long way: every answer through the reporting engine. */
function engineOverall(
  rows: { likertScores: Record<string, number>; enpsScore: number | null }[],
  likertIds: string[],
) {
  const responses: ResponseRecord[] = rows.map((row) => ({
    buckets: { department: UNSPECIFIED },
    scores: row.likertScores,
    enps: row.enpsScore,
  }));
  const { overall } = driverHeatmap({
    responses,
    questions: likertIds.map((id) => ({ id, driver: 'engagement' })),
    rowAttribute: 'department',
    rules,
  });
  return overall;
}

describe('the engagement trend over a round’s stored totals', () => {
  for (const seed of [1, 7, 42]) {
    it(`gives the engine’s figures for the organisation and each manager’s team (seed ${seed})`, async () => {
      const db = (await testDatabase()).db;
      const seeded = await seedRound(db, { seed, responses: 3 + seed * 2 });
      const likertIds = seeded.questions.filter((q) => q.kind === 'likert').map((q) => q.id);
      const compare = async (managerId: string | null) => {
        const [point] = await engagementTrend(db, { organizationId: seeded.organizationId, managerId });
        const inScope = managerId
          ? seeded.rows.filter((row) => row.bucketManagerChain.includes(managerId))
          : seeded.rows;
        const overall = engineOverall(inScope, likertIds);
        expect(point!.respondents).toEqual(overall.count);
        const engine = overall.drivers.engagement ?? { state: 'no_data' };
        if (engine.state === 'shown' && point!.engagement.state === 'shown')
          expect(point!.engagement.mean).toBeCloseTo(engine.mean, 10);
        else expect(point!.engagement.state).toBe(engine.state);
        expect(point!.enps).toEqual(overall.enps);
      };
      await compare(null);
      for (const manager of seeded.managers) await compare(manager);
    });
  }

  it('writes a closed round’s totals once, also when nobody answered', async () => {
    const db = (await testDatabase()).db;
    const seeded = await seedRound(db, { seed: 3, responses: 0 });
    expect(await rollUpClosedRounds(db, { organizationId: seeded.organizationId })).toBe(1);
    expect(await rollUpClosedRounds(db, { organizationId: seeded.organizationId })).toBe(0);
    const stored = await db
      .select()
      .from(engagementRoundRollups)
      .where(eq(engagementRoundRollups.roundId, seeded.round.id));
    expect(stored).toMatchObject([{ managerId: WHOLE_ROUND, respondents: 0 }]);
    const [point] = await engagementTrend(db, { organizationId: seeded.organizationId });
    expect(point!.respondents).toEqual({ state: 'no_data' });
  });

  it('leaves an open round out, and an HR admin’s own team out when it nearly equals the organisation', async () => {
    const db = (await testDatabase()).db;
    const seeded = await seedRound(db, { seed: 11, responses: 40 });
    const top = seeded.managers[0]!;
    // Everyone is under the top manager: reading their team beside the organisation gives nothing away.
    const [same] = await engagementTrend(db, {
      organizationId: seeded.organizationId,
      managerId: top,
      alsoSeesOrganisation: true,
    });
    expect(same!.respondents).toEqual({ state: 'shown', n: 40 });
    // Say 2 of the 40 had not been in the top manager's team: 38 beside 40 would show those 2 by subtraction.
    await db
      .update(engagementRoundRollups)
      .set({ respondents: 38 })
      .where(eq(engagementRoundRollups.managerId, top));
    const [withheld] = await engagementTrend(db, {
      organizationId: seeded.organizationId,
      managerId: top,
      alsoSeesOrganisation: true,
    });
    expect(withheld!.respondents).toEqual({ state: 'complementary' });
    const [manager] = await engagementTrend(db, { organizationId: seeded.organizationId, managerId: top });
    expect(manager!.respondents).toEqual({ state: 'shown', n: 38 });

    await db
      .update(engagementSurveyRounds)
      .set({ closed: false })
      .where(eq(engagementSurveyRounds.id, seeded.round.id));
    expect(await engagementTrend(db, { organizationId: seeded.organizationId })).toEqual([]);
  });
});
