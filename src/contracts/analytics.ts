import { z } from 'zod';
import { isoDate } from './common';

/**
 * HR analytics (SPEC S5, issue 14 items 1–5): a catalogue of metrics in two halves that never meet.
 * "Now" carries aggregated performance and compensation figures, "Next" aggregated development
 * figures and the engagement trends of pulse surveys (anonymous aggregates). Every metric answers the same
 * table shape, so the web app draws a chart from it, shows the same numbers as a table and links the
 * CSV of exactly those cells (`GET /api/insights/analytics/:half/:metricId.csv`).
 *
 * Figures come from a precomputed snapshot (`asOf`), never from the live records on each request.
 * Any group of people below `minGroupSize` (5) is withheld, and so are enough of its siblings that no
 * withheld cell follows from the others and the total by subtraction.
 */
export const analyticsHalves = ['now', 'next'] as const;
export const analyticsHalf = z.enum(analyticsHalves);
export type AnalyticsHalf = z.infer<typeof analyticsHalf>;

/** `org`: the whole organisation (HR admins); `subtree`: everyone below the caller (managers, HR). */
export const analyticsScopes = ['org', 'subtree'] as const;
export const analyticsScope = z.enum(analyticsScopes);
export type AnalyticsScope = z.infer<typeof analyticsScope>;

/**
 * The metric ids, by half. The web app translates a metric's title as `analytics.metric.<id>` and
 * may fall back to `title`. A client shows whatever metrics a response lists, in order. The Next
 * half's `engagement_trend` and `enps_trend` are rows of closed pulse-survey rounds (oldest first,
 * `key` the round's id, `label` the survey's name and round number), suppressed by each survey's own
 * anonymity rules rather than by `minGroupSize`.
 */
export const nowMetricIds = [
  'review_completion',
  'rating_distribution_department',
  'rating_distribution_manager',
  'calibration_change',
  'manager_leniency',
  'promotion_rate',
  'turnover',
  'high_performer_retention',
] as const;
export const nextMetricIds = [
  'development_coverage',
  'mentoring_participation',
  'coaching_utilisation',
  'engagement_trend',
  'enps_trend',
] as const;
export const analyticsMetricId = z.enum([...nowMetricIds, ...nextMetricIds]);
export type AnalyticsMetricId = z.infer<typeof analyticsMetricId>;

/** The data class a metric's aggregates are drawn from (SPEC S1); its rows never leave it. */
export const analyticsDataClass = z.enum(['performance', 'compensation', 'development', 'anonymous']);
export type AnalyticsDataClass = z.infer<typeof analyticsDataClass>;

export const analyticsUnit = z.enum(['percent', 'count', 'score', 'rating', 'ratio']);
export type AnalyticsUnit = z.infer<typeof analyticsUnit>;
export const analyticsChart = z.enum(['bar', 'stackedBar', 'line', 'distribution']);
export type AnalyticsChart = z.infer<typeof analyticsChart>;

/**
 * One cell. `shown`: `value` in the column's unit (a percent is 0..100, one decimal) and `n`, the
 * people the figure is about (the row's group). `below_threshold`: the group is smaller than the
 * minimum; `complementary`: withheld so a below-threshold sibling cannot be worked out from the
 * total; `no_data`: nobody to count (not the same as withheld — show it differently).
 */
export const analyticsCell = z.discriminatedUnion('state', [
  z.object({ state: z.literal('shown'), value: z.number(), n: z.number().int() }),
  z.object({ state: z.literal('below_threshold') }),
  z.object({ state: z.literal('complementary') }),
  z.object({ state: z.literal('no_data') }),
]);
export type AnalyticsCell = z.infer<typeof analyticsCell>;

/**
 * A column or row heading. `translate: true` means `key` is a fixed category the web app translates
 * as `analytics.column.<key>` (columns) or `analytics.row.<key>` (rows: only `none`, "no
 * department" / "no manager", and `total`), with `label` the English fallback. `translate: false`
 * means `label` is data (a department's or manager's name, a rating scale's label) shown as is.
 *
 * Column keys used: review_completion `self_review`, `manager_review`, `calibrated`, `released`,
 * `acknowledged`; rating distributions `rating_1` … `rating_N` (label = the scale's label, data);
 * calibration_change `moved`, `up`, `down`; manager_leniency `mean_proposed`, `difference`,
 * `z_score`; promotion_rate `promotions`, `rate`; turnover `voluntary`, `involuntary`,
 * `unspecified`, `total`; high_performer_retention `top_rated`, `retained`;
 * development_coverage `active_plan`, `career_conversation`; mentoring_participation `mentee`,
 * `mentor`, `any`; coaching_utilisation `utilisation`, `sessions_used`, `sessions_allowed`,
 * `proposed`, `active`, `completed`, `ended`; engagement_trend `engagement` (mean Likert answer,
 * 1–5), `engagement_change`, `respondents`; enps_trend `enps` (−100..100), `enps_change`,
 * `respondents`. A change is shown only when both rounds were; the first round has `no_data`.
 */
export const analyticsHeading = z.object({
  key: z.string(),
  label: z.string(),
  translate: z.boolean(),
});
export const analyticsColumn = analyticsHeading.extend({ unit: analyticsUnit });
export type AnalyticsColumn = z.infer<typeof analyticsColumn>;

export const analyticsRow = analyticsHeading.extend({
  cells: z.record(z.string(), analyticsCell),
});
export type AnalyticsRow = z.infer<typeof analyticsRow>;

/**
 * Whose department and manager the figures group people by, stated on the chart (issue 14 item 2).
 * `cycle_launch`: as of the cycle's launch (`date`); `snapshot`: as of the snapshot's day;
 * `window`: managers as of each person's last day in the window `from`..`date`, departments as
 * recorded now. `sentence` is the English statement, also written in the CSV's `Grouping` column,
 * e.g. "Department and manager as of 3 March 2026, the cycle's launch." `survey_launch`: each survey
 * round's own launch-day teams (`from` the first listed round's opening day, `date` the last's).
 */
export const analyticsPointInTime = z.object({
  basis: z.enum(['cycle_launch', 'snapshot', 'window', 'survey_launch']),
  date: isoDate,
  from: isoDate.nullable(),
  sentence: z.string(),
});
export type AnalyticsPointInTime = z.infer<typeof analyticsPointInTime>;

export const analyticsMetricResult = z.object({
  id: analyticsMetricId,
  half: analyticsHalf,
  /** English title; the web app may translate by `id`. */
  title: z.string(),
  dataClass: analyticsDataClass,
  formula: z.object({
    /** What the figure means, in a sentence. */
    text: z.string(),
    /** The exact definition: numerator, denominator, who counts. */
    definition: z.string(),
  }),
  /** The finest group the figure is computed for, e.g. "cycle × department (at launch)". */
  grain: z.string(),
  minGroupSize: z.number().int(),
  /** The unit of the main figure; each column states its own. */
  unit: analyticsUnit,
  chart: analyticsChart,
  /** `hr`: HR admins only (manager leniency, compensation); `managers`: managers and HR. */
  audience: z.enum(['hr', 'managers']),
  pointInTime: analyticsPointInTime.nullable(),
  columns: z.array(analyticsColumn),
  /**
   * The groups, suppressed together as siblings. A metric by manager lists at most 100 rows (the
   * largest groups first; manager leniency by the size of the difference); `omittedRows` counts the
   * rest, which the CSV lists.
   */
  rows: z.array(analyticsRow),
  omittedRows: z.number().int(),
  /** The whole scope's row (`key` `total`), suppressed like the rows; null when the metric has none. */
  total: analyticsRow.nullable(),
  /**
   * Rating distributions only: the guideline share (percent, 0..100) per column key, from the
   * calibration settings; null when none is set.
   */
  guideline: z.record(z.string(), z.number()).nullable(),
});
export type AnalyticsMetricResult = z.infer<typeof analyticsMetricResult>;

export const analyticsCycle = z.object({
  id: z.string(),
  name: z.string(),
  launchedOn: isoDate,
});
export type AnalyticsCycle = z.infer<typeof analyticsCycle>;

export const analyticsParams = z.object({ half: analyticsHalf });
export const analyticsCsvParams = z.object({ half: analyticsHalf, metricId: analyticsMetricId });

export const analyticsQuery = z.object({
  /** Defaults to `org` for HR admins and `subtree` for everyone else. */
  scope: analyticsScope.optional(),
  /**
   * The review cycle of the cycle-based metrics; defaults to the latest launched cycle with
   * calibrated ratings, else the latest launched.
   */
  cycleId: z.string().uuid().optional(),
});
export type AnalyticsQuery = z.infer<typeof analyticsQuery>;

/** `GET /api/insights/analytics/:half` — one page of charts. */
export const analyticsPage = z.object({
  half: analyticsHalf,
  scope: analyticsScope,
  /** When the snapshot the figures come from was computed (ISO time); null before the first one. */
  asOf: z.string().nullable(),
  /** A refresh is queued or running; the figures are those of `asOf` until it ends. */
  refreshing: z.boolean(),
  /** Whether the caller may ask for a refresh (HR admins). */
  canRefresh: z.boolean(),
  /** Launched review cycles, newest first (the cycle picker); empty on the Next half. */
  cycles: z.array(analyticsCycle),
  /** The cycle the cycle-based metrics are about; null when there is none (or on Next). */
  cycleId: z.string().nullable(),
  metrics: z.array(analyticsMetricResult),
});
export type AnalyticsPage = z.infer<typeof analyticsPage>;

/** `POST /api/insights/analytics/refresh` (HR admins) → 202: the snapshot job queued. */
export const analyticsRefreshAccepted = z.object({ jobId: z.string(), state: z.literal('queued') });
export type AnalyticsRefreshAccepted = z.infer<typeof analyticsRefreshAccepted>;
