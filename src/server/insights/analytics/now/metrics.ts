import type { BucketSums } from '../definition';
import {
  bucket,
  type ColumnDefinition,
  type MetricDefinition,
  MIN_GROUP,
  percent,
  shareColumn,
  twoDecimals,
} from '../definition';
import { MAX_RATING, ratingBuckets } from '../grain';
import { RETENTION_MONTHS } from './snapshot';

/** Average headcount over the window: the mean of the headcounts on its first and last day. */
const averageHeadcount = (sums: BucketSums) =>
  (bucket(sums, 'start').people + bucket(sums, 'end').people) / 2;

const ratingColumns = (scale: string[]): ColumnDefinition[] =>
  scale.slice(0, MAX_RATING).map((label, index) => ({
    key: `rating_${index + 1}`,
    label,
    translate: false,
    unit: 'percent',
    value: (sums) => percent(bucket(sums, ratingBuckets[index]!).people, bucket(sums, 'rated').people),
  }));

const distribution = (rowsBy: 'department' | 'manager'): MetricDefinition => ({
  id: rowsBy === 'department' ? 'rating_distribution_department' : 'rating_distribution_manager',
  half: 'now',
  title: rowsBy === 'department' ? 'Rating distribution by department' : 'Rating distribution by manager',
  dataClass: 'performance',
  formula: {
    text: `How the calibrated final ratings of the cycle spread, per ${rowsBy}, against the guideline.`,
    definition:
      'Share of people with rating k = reviews with final rating k ÷ reviews with a final rating, counting reviews calibrated, released or acknowledged. Guideline: the calibration sessions’ common guideline curve, when they share one.',
  },
  grain:
    rowsBy === 'department'
      ? 'cycle × department at launch'
      : 'cycle × reviewing manager (fixed at launch; their subtree as of launch)',
  chart: 'distribution',
  unit: 'percent',
  audience: 'managers',
  grainMetric: 'rating_distribution',
  rowsBy,
  basis: 'cycle_launch',
  population: 'rated',
  ...(rowsBy === 'manager' ? { maxRows: 100 } : {}),
  columns: (cycle) => ratingColumns(cycle?.scale ?? []),
});

/**
 * The "Now" half of the catalogue: aggregated performance and compensation figures. Each entry's
 * fixture test is in `catalogue.test.ts`.
 */
export const nowMetrics: MetricDefinition[] = [
  {
    id: 'review_completion',
    half: 'now',
    title: 'Review completion by phase',
    dataClass: 'performance',
    formula: {
      text: 'How far the cycle’s reviews have come, phase by phase, per department.',
      definition:
        'Share of the cycle’s reviews past each phase: self review submitted; manager review submitted (review submitted or later); calibrated (calibrated, released or acknowledged); released (released or acknowledged); acknowledged.',
    },
    grain: 'cycle × department at launch',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'review_completion',
    rowsBy: 'department',
    basis: 'cycle_launch',
    population: 'participants',
    columns: () => [
      shareColumn('self_review', 'Self review', 'self_review', 'participants'),
      shareColumn('manager_review', 'Manager review', 'manager_review', 'participants'),
      shareColumn('calibrated', 'Calibrated', 'calibrated', 'participants'),
      shareColumn('released', 'Released', 'released', 'participants'),
      shareColumn('acknowledged', 'Acknowledged', 'acknowledged', 'participants'),
    ],
  },
  distribution('department'),
  distribution('manager'),
  {
    id: 'calibration_change',
    half: 'now',
    title: 'Calibration change rate',
    dataClass: 'performance',
    formula: {
      text: 'How often calibration moved a manager’s proposed rating, and which way.',
      definition:
        'Moved = reviews whose final rating differs from the proposed rating ÷ calibrated reviews with both ratings; up = final above proposed; down = final below proposed.',
    },
    grain: 'cycle × department at launch',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'calibration_change',
    rowsBy: 'department',
    basis: 'cycle_launch',
    population: 'calibrated',
    columns: () => [
      {
        key: 'moved',
        label: 'Moved',
        translate: true,
        unit: 'percent',
        value: (sums) =>
          percent(bucket(sums, 'up').people + bucket(sums, 'down').people, bucket(sums, 'calibrated').people),
      },
      shareColumn('up', 'Up', 'up', 'calibrated'),
      shareColumn('down', 'Down', 'down', 'calibrated'),
    ],
  },
  {
    id: 'manager_leniency',
    half: 'now',
    title: 'Manager leniency',
    dataClass: 'performance',
    formula: {
      text: 'Whether a manager proposes higher or lower ratings than the population does.',
      definition:
        'Difference = the manager’s mean proposed rating − the mean proposed rating of everyone in scope; z = difference ÷ (standard deviation of the proposed ratings in scope ÷ √ the manager’s number of reviews). Proposed ratings of reviews the manager submitted.',
    },
    grain: 'cycle × reviewing manager (fixed at launch)',
    chart: 'bar',
    unit: 'score',
    audience: 'hr',
    grainMetric: 'manager_leniency',
    rowsBy: 'manager',
    basis: 'cycle_launch',
    population: 'proposed',
    maxRows: 100,
    rankBy: 'difference',
    columns: () => {
      const mean = (sums: BucketSums) => {
        const { people, total } = bucket(sums, 'proposed');
        return people > 0 ? total / people : null;
      };
      const difference = (sums: BucketSums, scope: BucketSums) => {
        const own = mean(sums);
        const all = mean(scope);
        return own === null || all === null ? null : own - all;
      };
      return [
        {
          key: 'mean_proposed',
          label: 'Mean proposed rating',
          translate: true,
          unit: 'rating',
          value: (sums) => {
            const own = mean(sums);
            return own === null ? null : twoDecimals(own);
          },
        },
        {
          key: 'difference',
          label: 'Difference from the mean',
          translate: true,
          unit: 'score',
          value: (sums, { scope }) => {
            const gap = difference(sums, scope);
            return gap === null ? null : twoDecimals(gap);
          },
        },
        {
          key: 'z_score',
          label: 'z-score',
          translate: true,
          unit: 'score',
          value: (sums, { scope }) => {
            const gap = difference(sums, scope);
            const all = bucket(scope, 'proposed');
            const n = bucket(sums, 'proposed').people;
            if (gap === null || all.people === 0 || n === 0) return null;
            const scopeMean = all.total / all.people;
            const variance = Math.max(0, all.squares / all.people - scopeMean * scopeMean);
            // Everyone proposed the same rating: nobody stands out.
            if (variance === 0) return 0;
            return twoDecimals(gap / (Math.sqrt(variance) / Math.sqrt(n)));
          },
        },
      ];
    },
  },
  {
    id: 'promotion_rate',
    half: 'now',
    title: 'Internal promotion rate',
    dataClass: 'compensation',
    formula: {
      text: 'Promotions in the last 12 months against the average headcount.',
      definition:
        'Promotions effective in the window (approved promotions of released compensation cycles, and pay records with the reason “promotion”) ÷ average headcount, where average headcount = (people employed on the window’s first day + people employed on its last day) ÷ 2.',
    },
    grain: 'department × manager on each person’s last day in the window',
    chart: 'bar',
    unit: 'percent',
    audience: 'hr',
    grainMetric: 'promotion_rate',
    rowsBy: 'department',
    basis: 'window',
    population: 'population',
    columns: () => [
      {
        key: 'promotions',
        label: 'Promotions',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'promoted').total,
      },
      {
        key: 'rate',
        label: 'Promotion rate',
        translate: true,
        unit: 'percent',
        value: (sums) => percent(bucket(sums, 'promoted').total, averageHeadcount(sums)),
      },
    ],
  },
  {
    id: 'turnover',
    half: 'now',
    title: 'Turnover',
    dataClass: 'performance',
    formula: {
      text: 'People who left in the last 12 months against the average headcount, by reason.',
      definition:
        'Separations (last day of employment in the window) ÷ average headcount, where average headcount = (people employed on the window’s first day + people employed on its last day) ÷ 2; voluntary and involuntary by the recorded reason, unspecified when none was recorded.',
    },
    grain: 'department × manager on each person’s last day in the window',
    chart: 'stackedBar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'turnover',
    rowsBy: 'department',
    basis: 'window',
    population: 'population',
    columns: () => {
      const rate = (key: 'voluntary' | 'involuntary' | 'unspecified', label: string): ColumnDefinition => ({
        key,
        label,
        translate: true,
        unit: 'percent',
        value: (sums) => percent(bucket(sums, key).people, averageHeadcount(sums)),
      });
      return [
        rate('voluntary', 'Voluntary'),
        rate('involuntary', 'Involuntary'),
        rate('unspecified', 'Reason not recorded'),
        {
          key: 'total',
          label: 'Total',
          translate: true,
          unit: 'percent',
          value: (sums) =>
            percent(
              bucket(sums, 'voluntary').people +
                bucket(sums, 'involuntary').people +
                bucket(sums, 'unspecified').people,
              averageHeadcount(sums),
            ),
        },
      ];
    },
  },
  {
    id: 'high_performer_retention',
    half: 'now',
    title: 'Retention of high performers',
    dataClass: 'performance',
    formula: {
      text: `Whether the people rated highest in the cycle are still here ${RETENTION_MONTHS} months after its period.`,
      definition: `Retained = people with the top final rating of the scale still employed ${RETENTION_MONTHS} months after the cycle’s period ended (or today, if sooner) ÷ people with the top final rating. Groups of fewer than ${MIN_GROUP} top-rated people are withheld.`,
    },
    grain: 'cycle × department at launch',
    chart: 'bar',
    unit: 'percent',
    audience: 'managers',
    grainMetric: 'high_performer_retention',
    rowsBy: 'department',
    basis: 'cycle_launch',
    population: 'top_rated',
    columns: () => [
      {
        key: 'top_rated',
        label: 'Top rated',
        translate: true,
        unit: 'count',
        value: (sums) => bucket(sums, 'top_rated').people,
      },
      shareColumn('retained', 'Retained', 'retained', 'top_rated'),
    ],
  },
];
