import type {
  AnalyticsCell,
  AnalyticsMetricId,
  AnalyticsMetricResult,
  AnalyticsPointInTime,
  AnalyticsRow,
} from '../../../../contracts/analytics';
import { type EngagementTrendPoint, engagementTrend } from '../../../growth/surveys/readApi';
import type { Db } from '../../../platform/db/client';
import type { AnalyticsViewer } from '../access';
import { type MetricInfo, MIN_GROUP } from '../definition';
import { spelledDate } from '../present';
import type { ScopeFilter } from '../read';

/**
 * The engagement trends of the "Next" half (issue 14 items 1 and 8): one row per closed pulse
 * round, oldest first, from the surveys' read API — already suppressed by each survey's own rules
 * (its threshold, and a change only when both rounds were shown). Anonymous aggregates of a whole
 * round or a manager's launch-day team, never a response; not on the "Now" page (SPEC S1.1).
 */
export interface EngagementMetric extends MetricInfo {
  dataClass: 'anonymous';
  columns: {
    key: string;
    label: string;
    unit: 'score' | 'count';
    value: (point: EngagementTrendPoint) => AnalyticsCell;
  }[];
}

const ROUNDS_SHOWN = 12;

type Cell =
  | EngagementTrendPoint['respondents']
  | EngagementTrendPoint['engagement']
  | EngagementTrendPoint['enps'];
type Change = EngagementTrendPoint['engagementChange'];

const hidden = (state: string): AnalyticsCell =>
  state === 'no_data'
    ? { state: 'no_data' }
    : state === 'complementary'
      ? { state: 'complementary' }
      : { state: 'below_threshold' };

const respondentsOf = (point: EngagementTrendPoint): number =>
  point.respondents.state === 'shown' ? point.respondents.n : 0;

/** A figure of the read API as a table cell: shown with the round's respondents as `n`, or why not. */
function cellOf(cell: Cell, point: EngagementTrendPoint): AnalyticsCell {
  if (cell.state !== 'shown') return hidden(cell.state);
  const value = 'mean' in cell ? Math.round(cell.mean * 100) / 100 : 'score' in cell ? cell.score : cell.n;
  return { state: 'shown', value, n: respondentsOf(point) };
}

/** A change since the survey's previous round: none for a survey's first round; withheld unless both rounds were shown. */
function changeOf(change: Change, point: EngagementTrendPoint, digits: number): AnalyticsCell {
  if (change === null) return { state: 'no_data' };
  if (change.state !== 'shown') return { state: 'below_threshold' };
  const factor = 10 ** digits;
  return { state: 'shown', value: Math.round(change.delta * factor) / factor, n: respondentsOf(point) };
}

const respondentsColumn = {
  key: 'respondents',
  label: 'Respondents',
  unit: 'count' as const,
  value: (point: EngagementTrendPoint) => cellOf(point.respondents, point),
};

export const engagementMetrics: EngagementMetric[] = [
  {
    id: 'engagement_trend',
    half: 'next',
    title: 'Engagement trend',
    dataClass: 'anonymous',
    formula: {
      text: 'How engaged people say they are, round by round of the pulse surveys.',
      definition:
        'Per closed survey round: the mean of every Likert answer (1 = strongly disagree … 5 = strongly agree) of everyone who answered in the scope; the change against the same survey’s previous round. A round is shown only when at least the survey’s anonymity threshold answered, and a change only when both rounds were shown.',
    },
    grain: 'survey round × manager’s team at launch',
    chart: 'line',
    unit: 'score',
    audience: 'managers',
    columns: [
      {
        key: 'engagement',
        label: 'Engagement (1–5)',
        unit: 'score',
        value: (point) => cellOf(point.engagement, point),
      },
      {
        key: 'engagement_change',
        label: 'Change since the previous round',
        unit: 'score',
        value: (point) => changeOf(point.engagementChange, point, 2),
      },
      respondentsColumn,
    ],
  },
  {
    id: 'enps_trend',
    half: 'next',
    title: 'eNPS trend',
    dataClass: 'anonymous',
    formula: {
      text: 'How likely people are to recommend working here, round by round.',
      definition:
        'Per closed survey round: eNPS = round(100 × (promoters − detractors) ÷ answers) of the 0–10 question, promoters answering 9–10 and detractors 0–6; the change against the same survey’s previous round. Shown only when at least the survey’s anonymity threshold answered it, and a change only when both rounds were shown.',
    },
    grain: 'survey round × manager’s team at launch',
    chart: 'line',
    unit: 'score',
    audience: 'managers',
    columns: [
      { key: 'enps', label: 'eNPS', unit: 'score', value: (point) => cellOf(point.enps, point) },
      {
        key: 'enps_change',
        label: 'Change since the previous round',
        unit: 'score',
        value: (point) => changeOf(point.enpsChange, point, 0),
      },
      respondentsColumn,
    ],
  },
];

export const engagementMetricById = (id: AnalyticsMetricId) =>
  engagementMetrics.find((metric) => metric.id === id);

function pointInTimeOf(points: EngagementTrendPoint[]): AnalyticsPointInTime | null {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  return {
    basis: 'survey_launch',
    date: last.opensOn,
    from: first.opensOn,
    sentence: `Teams as of each round's launch, rounds opened between ${spelledDate(first.opensOn)} and ${spelledDate(last.opensOn)}.`,
  };
}

/** One engagement metric's table from the trend points (pure: the fixture test works it out by hand). */
export function presentEngagement(
  metric: EngagementMetric,
  points: EngagementTrendPoint[],
): AnalyticsMetricResult {
  const rows: AnalyticsRow[] = points.map((point) => ({
    key: point.roundId,
    label: `${point.surveyName} #${point.roundNumber}`,
    translate: false,
    cells: Object.fromEntries(metric.columns.map((column) => [column.key, column.value(point)])),
  }));
  return {
    id: metric.id,
    half: metric.half,
    title: metric.title,
    dataClass: metric.dataClass,
    formula: metric.formula,
    grain: metric.grain,
    // Each survey keeps its own threshold; the smallest of those listed is what the reader may rely on.
    minGroupSize: points.length ? Math.min(...points.map((point) => point.threshold)) : MIN_GROUP,
    unit: metric.unit,
    chart: metric.chart,
    audience: metric.audience,
    pointInTime: pointInTimeOf(points),
    columns: metric.columns.map(({ key, label, unit }) => ({ key, label, translate: true, unit })),
    rows,
    omittedRows: 0,
    total: null,
    guideline: null,
  };
}

/**
 * The engagement metrics of a "Next" page (or the one a CSV asks for) for the viewer's scope: the
 * organisation, or the manager's launch-day team — withheld where it differs from the organisation
 * by fewer than the threshold when the viewer (an HR admin) reads both.
 */
export async function engagementResults(
  db: Db,
  options: {
    organizationId: string;
    viewer: AnalyticsViewer;
    filter: ScopeFilter;
    metricId?: AnalyticsMetricId;
  },
): Promise<AnalyticsMetricResult[]> {
  const metrics = engagementMetrics.filter((metric) => !options.metricId || metric.id === options.metricId);
  if (metrics.length === 0) return [];
  const points = await engagementTrend(db, {
    organizationId: options.organizationId,
    managerId: options.filter.kind === 'subtree' ? options.filter.managerId : null,
    alsoSeesOrganisation: options.viewer.hr,
    limit: ROUNDS_SHOWN,
  });
  return metrics.map((metric) => presentEngagement(metric, points));
}
