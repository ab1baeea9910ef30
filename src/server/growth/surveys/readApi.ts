import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { type CountCell, type EnpsCell, effectiveRules, type MeanCell, type TrendDelta } from './reporting';
import { engagementSurveyRounds, engagementSurveys } from './tables';
import { changeSince, type RoundFigures, type RoundTotals, roundFigures } from './trend/points';
import { rollUpClosedRounds } from './trend/rollUp';
import { engagementRoundRollups, WHOLE_ROUND } from './trend/tables';

export { rollUpClosedRounds } from './trend/rollUp';

/**
 * The engagement part of the "Next" analytics (issue 14 item 1, "engagement and eNPS trends"):
 * per closed round, already suppressed by the survey's own rules. Organisation-level, or a
 * manager's launch-day subtree. Nothing here is a row: a point is either shown (with its n) or
 * withheld and why, and a change is given only when both rounds passed. Read from the rounds'
 * precomputed totals (`trend/`), so a dozen rounds of 50,000 answers cost a dozen rows.
 * Not for "Now" (performance/compensation) pages: class `anonymous` aggregates (SPEC S1.1).
 */
export interface EngagementTrendPoint extends RoundFigures {
  surveyId: string;
  surveyName: string;
  roundId: string;
  roundNumber: number;
  opensOn: string;
  closesOn: string;
  /** The survey's threshold as applied: no point is shown for fewer respondents. */
  threshold: number;
  respondents: CountCell;
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
    /**
     * The reader also sees the whole organisation (an HR admin reading their own subtree): a
     * subtree point within fewer than the threshold of the organisation's is withheld.
     */
    alsoSeesOrganisation?: boolean;
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
  if (rounds.length === 0) return [];
  rounds.reverse();
  const totalsOf = async () => {
    const groups = [WHOLE_ROUND, ...(options.managerId ? [options.managerId] : [])];
    return db
      .select()
      .from(engagementRoundRollups)
      .where(
        and(
          eq(engagementRoundRollups.organizationId, options.organizationId),
          inArray(
            engagementRoundRollups.roundId,
            rounds.map(({ round }) => round.id),
          ),
          or(...groups.map((group) => eq(engagementRoundRollups.managerId, group))),
        ),
      );
  };
  let totals = await totalsOf();
  const marked = new Set(totals.filter((t) => t.managerId === WHOLE_ROUND).map((t) => t.roundId));
  // A round closed since the last snapshot job has no totals yet: the first reader writes them.
  if (rounds.some(({ round }) => !marked.has(round.id))) {
    await rollUpClosedRounds(db, { organizationId: options.organizationId });
    totals = await totalsOf();
  }
  const find = (roundId: string, managerId: string): RoundTotals | null =>
    totals.find((t) => t.roundId === roundId && t.managerId === managerId) ?? null;

  const previousBySurvey = new Map<string, RoundFigures>();
  return rounds.map(({ round, survey }) => {
    const rules = { threshold: survey.anonymityThreshold, commentThreshold: survey.commentThreshold };
    const whole = find(round.id, WHOLE_ROUND);
    const figures = options.managerId
      ? roundFigures(find(round.id, options.managerId), rules, options.alsoSeesOrganisation ? whole : null)
      : roundFigures(whole, rules);
    const change = changeSince(previousBySurvey.get(survey.id), figures, rules);
    previousBySurvey.set(survey.id, figures);
    return {
      surveyId: survey.id,
      surveyName: survey.name,
      roundId: round.id,
      roundNumber: round.roundNumber,
      opensOn: round.opensOn,
      closesOn: round.closesOn,
      threshold: effectiveRules(rules).threshold,
      ...figures,
      ...change,
    };
  });
}
