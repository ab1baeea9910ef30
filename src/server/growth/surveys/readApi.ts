import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  type CountCell,
  driverHeatmap,
  type EnpsCell,
  type MeanCell,
  type ResponseRecord,
  type TrendDelta,
  trendDelta,
  UNSPECIFIED,
} from './reporting';
import {
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
} from './tables';

/**
 * The engagement part of the "Next" analytics (issue 14 item 1, "engagement and eNPS trends"):
 * per closed round, already suppressed by the survey's own rules through the reporting engine.
 * Organisation-level, or a manager's launch-day subtree. Nothing here is a row: a point is either
 * shown (with its n) or withheld and why, and a change is given only when both rounds passed.
 * Not for "Now" (performance/compensation) pages: class `anonymous` aggregates (SPEC S1.1).
 */
export interface EngagementTrendPoint {
  surveyId: string;
  surveyName: string;
  roundId: string;
  roundNumber: number;
  opensOn: string;
  closesOn: string;
  respondents: CountCell;
  /** Mean of every Likert answer of the round (1–5). */
  engagement: MeanCell;
  enps: EnpsCell;
  /** Against the same survey's previous closed round; `withheld` unless both passed. */
  engagementChange: TrendDelta | null;
  enpsChange: TrendDelta | null;
}

export async function engagementTrend(
  db: Db,
  options: {
    organizationId: string;
    /** A manager's launch-day subtree; omitted or null for the organisation. */
    managerId?: string | null;
    /** Most recent closed rounds, across surveys (default 12). */
    limit?: number;
  },
): Promise<EngagementTrendPoint[]> {
  const rounds = await db
    .select({ round: engagementSurveyRounds, survey: engagementSurveys })
    .from(engagementSurveyRounds)
    .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
    .where(
      and(
        eq(engagementSurveyRounds.organizationId, options.organizationId),
        eq(engagementSurveyRounds.closed, true),
      ),
    )
    .orderBy(desc(engagementSurveyRounds.closesOn), desc(engagementSurveyRounds.id))
    .limit(options.limit ?? 12);
  rounds.reverse();
  const likert = new Set(
    rounds.length
      ? (
          await db
            .select({ id: engagementSurveyQuestions.id })
            .from(engagementSurveyQuestions)
            .where(
              and(
                inArray(engagementSurveyQuestions.surveyId, [...new Set(rounds.map((r) => r.survey.id))]),
                eq(engagementSurveyQuestions.kind, 'likert'),
              ),
            )
        ).map((q) => q.id)
      : [],
  );
  const previousBySurvey = new Map<string, { engagement: MeanCell; enps: EnpsCell }>();
  const points: EngagementTrendPoint[] = [];
  for (const { round, survey } of rounds) {
    const rows = await db
      .select({
        department: engagementSurveyResponses.bucketDepartmentId,
        scores: engagementSurveyResponses.likertScores,
        enps: engagementSurveyResponses.enpsScore,
      })
      .from(engagementSurveyResponses)
      .where(
        and(
          eq(engagementSurveyResponses.roundId, round.id),
          options.managerId
            ? sql`${engagementSurveyResponses.bucketManagerChain} @> ARRAY[${options.managerId}::uuid]`
            : undefined,
        ),
      )
      .orderBy(asc(engagementSurveyResponses.id));
    const responses: ResponseRecord[] = rows.map((r) => ({
      buckets: { department: r.department ?? UNSPECIFIED },
      scores: r.scores,
      enps: r.enps,
    }));
    const rules = { threshold: survey.anonymityThreshold, commentThreshold: survey.commentThreshold };
    // Every Likert item counts towards one "engagement" driver: the mean of all answers.
    const questions = round.questionIds
      .filter((id) => likert.has(id))
      .map((id) => ({ id, driver: 'engagement' }));
    const { overall } = driverHeatmap({ responses, questions, rowAttribute: 'department', rules });
    const engagement = overall.drivers.engagement ?? { state: 'no_data' as const };
    const previous = previousBySurvey.get(survey.id);
    points.push({
      surveyId: survey.id,
      surveyName: survey.name,
      roundId: round.id,
      roundNumber: round.roundNumber,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      respondents: overall.count,
      engagement,
      enps: overall.enps,
      engagementChange: previous ? trendDelta(previous.engagement, engagement, rules) : null,
      enpsChange: previous ? trendDelta(previous.enps, overall.enps, rules) : null,
    });
    previousBySurvey.set(survey.id, { engagement, enps: overall.enps });
  }
  return points;
}
