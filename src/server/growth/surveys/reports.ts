import { randomInt } from 'node:crypto';
import { and, eq, inArray, type SQLWrapper, sql } from 'drizzle-orm';
import type {
  ReportGroup,
  SurveyBreakdown,
  SurveyComments,
  SurveyDriver,
  SurveyHeatmap,
  SurveyResults,
  TenureBand,
} from '../../../contracts/surveys';
import { departments } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { presentRound } from './present';
import { participationOf, previousClosedRound, type RoundRow, type SurveyRow } from './queries';
import {
  type AnonymityRules,
  type CommentRecord,
  type DriverQuestion,
  driverHeatmap,
  type Filter,
  type ReportRow,
  type ResponseRecord,
  segmentBreakdown,
  trendDelta,
  UNSPECIFIED,
  visibleComments,
} from './reporting';
import {
  engagementSurveyComments,
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveys,
} from './tables';

/**
 * The reports of a round: loads the round's anonymous rows (of the caller's scope: the whole
 * organisation for HR, the launch-day subtree for a manager), hands them to the pure engine in
 * ./reporting, and presents what it publishes. No raw row ever leaves: only the engine's cells.
 */
export interface ReportContext {
  round: RoundRow;
  survey: SurveyRow;
  scope: 'organization' | 'subtree';
  /** The manager whose launch-day subtree is reported; null for the organisation. */
  managerId: string | null;
  filter: { department?: string; tenure?: TenureBand };
}

const rulesOf = (survey: SurveyRow): AnonymityRules => ({
  threshold: survey.anonymityThreshold,
  commentThreshold: survey.commentThreshold,
});

const inScope = (managerId: string | null, chain: SQLWrapper) =>
  managerId ? sql`${chain} @> ARRAY[${managerId}::uuid]` : undefined;

const bucketsOf = (row: { department: string | null; tenure: string }) => ({
  department: row.department ?? UNSPECIFIED,
  tenure: row.tenure,
});

async function responsesOf(db: Db, roundId: string, managerId: string | null): Promise<ResponseRecord[]> {
  const rows = await db
    .select({
      department: engagementSurveyResponses.bucketDepartmentId,
      tenure: engagementSurveyResponses.bucketTenureBand,
      scores: engagementSurveyResponses.likertScores,
      enps: engagementSurveyResponses.enpsScore,
    })
    .from(engagementSurveyResponses)
    .where(
      and(
        eq(engagementSurveyResponses.roundId, roundId),
        inScope(managerId, engagementSurveyResponses.bucketManagerChain),
      ),
    );
  return rows.map((row) => ({ buckets: bucketsOf(row), scores: row.scores, enps: row.enps }));
}

async function commentsOf(db: Db, roundId: string, managerId: string | null): Promise<CommentRecord[]> {
  const rows = await db
    .select({
      department: engagementSurveyComments.bucketDepartmentId,
      tenure: engagementSurveyComments.bucketTenureBand,
      questionId: engagementSurveyComments.questionId,
      text: engagementSurveyComments.verbatimText,
    })
    .from(engagementSurveyComments)
    .where(
      and(
        eq(engagementSurveyComments.roundId, roundId),
        inScope(managerId, engagementSurveyComments.bucketManagerChain),
      ),
    );
  return rows.map((row) => ({ buckets: bucketsOf(row), questionId: row.questionId, text: row.text }));
}

async function roundQuestions(db: Db, round: RoundRow) {
  if (round.questionIds.length === 0) return [];
  return db
    .select()
    .from(engagementSurveyQuestions)
    .where(inArray(engagementSurveyQuestions.id, round.questionIds))
    .orderBy(engagementSurveyQuestions.position);
}

const driverQuestionsOf = (
  questions: { id: string; kind: string; driver: string | null }[],
): DriverQuestion[] =>
  questions.filter((q) => q.kind === 'likert' && q.driver).map((q) => ({ id: q.id, driver: q.driver! }));

const filterOf = (context: ReportContext): Filter => ({
  ...(context.filter.department ? { department: context.filter.department } : {}),
  ...(context.filter.tenure ? { tenure: context.filter.tenure } : {}),
});

/** The departments a heatmap lists (a department nobody answered from shows "no data"). */
async function departmentNames(db: Db, organizationId: string) {
  const rows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.organizationId, organizationId));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function presentGroup(row: ReportRow, drivers: string[], label: string | null): ReportGroup {
  return {
    key: row.value === UNSPECIFIED ? null : row.value,
    label,
    count: row.count,
    cells: drivers.map((driver) => ({
      driver: driver as SurveyDriver,
      cell: row.drivers[driver] ?? { state: 'no_data' },
    })),
    enps: row.enps,
  };
}

async function roundHeader(db: Db, context: ReportContext) {
  const { invited } = await participationOf(db, context.round.id, context.managerId);
  return presentRound(context.round, context.survey, invited);
}

export async function resultsOf(db: Db, context: ReportContext): Promise<SurveyResults> {
  const { round, survey, managerId } = context;
  const rules = rulesOf(survey);
  const participation = await participationOf(db, round.id, managerId);
  const header = presentRound(round, survey, participation.invited);
  const shownParticipation =
    participation.invited >= rules.threshold
      ? {
          ...participation,
          rate: Math.round((1000 * participation.responded) / participation.invited) / 1000,
        }
      : null;
  const previous = await previousClosedRound(db, round);
  const anonymity = { threshold: rules.threshold, commentThreshold: rules.commentThreshold };
  if (!round.closed)
    return {
      round: header,
      scope: context.scope,
      participation: shownParticipation,
      enps: { state: 'refused' },
      enpsTrend: { state: 'not_comparable' },
      drivers: [],
      previousRoundId: previous?.id ?? null,
      anonymity,
    };
  const questions = driverQuestionsOf(await roundQuestions(db, round));
  const overall = (responses: ResponseRecord[], qs: DriverQuestion[]) =>
    driverHeatmap({ responses, questions: qs, rowAttribute: 'department', rules, filter: filterOf(context) });
  const current = overall(await responsesOf(db, round.id, managerId), questions);
  const before = previous
    ? overall(
        await responsesOf(db, previous.id, managerId),
        driverQuestionsOf(await roundQuestions(db, previous)),
      )
    : null;
  const trendOf = (a: Parameters<typeof trendDelta>[0] | undefined, b: Parameters<typeof trendDelta>[1]) => {
    if (!a) return { state: 'not_comparable' as const };
    const delta = trendDelta(a, b, rules);
    return delta.state === 'shown'
      ? { state: 'shown' as const, delta: Math.round(delta.delta * 100) / 100, previous: delta.previous }
      : { state: 'not_comparable' as const };
  };
  return {
    round: header,
    scope: context.scope,
    participation: shownParticipation,
    enps: current.overall.enps,
    enpsTrend: trendOf(before?.overall.enps, current.overall.enps),
    drivers: current.drivers.map((driver) => {
      const score = current.overall.drivers[driver] ?? { state: 'no_data' as const };
      return {
        driver: driver as SurveyDriver,
        score,
        trend: trendOf(before?.overall.drivers[driver], score),
      };
    }),
    previousRoundId: previous?.id ?? null,
    anonymity,
  };
}

export async function heatmapOf(db: Db, context: ReportContext): Promise<SurveyHeatmap> {
  const { round, survey } = context;
  const names = await departmentNames(db, survey.organizationId);
  const values = survey.audienceKind === 'departments' ? survey.audienceDepartmentIds : [...names.keys()];
  const map = driverHeatmap({
    responses: await responsesOf(db, round.id, context.managerId),
    questions: driverQuestionsOf(await roundQuestions(db, round)),
    rowAttribute: 'department',
    rowValues: context.scope === 'organization' ? values : undefined,
    rules: rulesOf(survey),
    // Department rows inside a department filter would be one row: only the tenure filter applies.
    filter: context.filter.tenure ? { tenure: context.filter.tenure } : {},
  });
  return {
    round: await roundHeader(db, context),
    scope: context.scope,
    drivers: map.drivers as SurveyDriver[],
    overall: presentGroup(map.overall, map.drivers, null),
    rows: map.rows.map((row) => presentGroup(row, map.drivers, names.get(row.value ?? '') ?? null)),
  };
}

export async function breakdownOf(
  db: Db,
  context: ReportContext,
  groupBy: 'department' | 'tenure',
): Promise<SurveyBreakdown> {
  const { round, survey } = context;
  const names = groupBy === 'department' ? await departmentNames(db, survey.organizationId) : new Map();
  const result = segmentBreakdown({
    responses: await responsesOf(db, round.id, context.managerId),
    questions: driverQuestionsOf(await roundQuestions(db, round)),
    groupBy,
    rules: rulesOf(survey),
    filter: filterOf(context),
  });
  return {
    round: await roundHeader(db, context),
    scope: context.scope,
    groupBy,
    drivers: result.drivers as SurveyDriver[],
    total: presentGroup(result.total, result.drivers, null),
    segments: result.groups.map((row) =>
      presentGroup(
        row,
        result.drivers,
        groupBy === 'department' ? (names.get(row.value ?? '') ?? null) : null,
      ),
    ),
  };
}

export async function commentsViewOf(
  db: Db,
  context: ReportContext,
  options: { page: number; pageSize: number; seed?: number; questionId?: string },
): Promise<SurveyComments> {
  const { round, survey } = context;
  const seed = options.seed ?? randomInt(0, 2 ** 31);
  const responses = await responsesOf(db, round.id, context.managerId);
  const view = visibleComments({
    comments: await commentsOf(db, round.id, context.managerId),
    respondentCount: responses.length,
    responses,
    filter: filterOf(context),
    questionId: options.questionId,
    rules: rulesOf(survey),
    seed,
  });
  const prompts = new Map((await roundQuestions(db, round)).map((q) => [q.id, q.prompt]));
  const all = view.state === 'shown' ? view.comments : [];
  const start = (options.page - 1) * options.pageSize;
  return {
    round: await roundHeader(db, context),
    scope: context.scope,
    state: view.state,
    seed,
    items: all.slice(start, start + options.pageSize).map((c) => ({
      questionId: c.questionId,
      prompt: c.questionId ? (prompts.get(c.questionId) ?? null) : null,
      verbatimText: c.text,
    })),
    page: options.page,
    pageSize: options.pageSize,
    total: all.length,
  };
}

/** The survey of a round (the guard loads the round; its rules live on the survey). */
export async function surveyOfRound(db: Db, round: RoundRow): Promise<SurveyRow> {
  const [row] = await db.select().from(engagementSurveys).where(eq(engagementSurveys.id, round.surveyId));
  return row!;
}
