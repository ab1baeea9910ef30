import type {
  AnalyticsChart,
  AnalyticsDataClass,
  AnalyticsHalf,
  AnalyticsMetricId,
  AnalyticsPointInTime,
  AnalyticsUnit,
} from '../../../contracts/analytics';
import type { GrainBucket, GrainMetric } from './grain';

/** A bucket's sums over some grain rows: people counted, and the sum and sum of squares of values. */
export interface Sums {
  people: number;
  total: number;
  squares: number;
}
export type BucketSums = Partial<Record<GrainBucket, Sums>>;

const none: Sums = { people: 0, total: 0, squares: 0 };
export const bucket = (sums: BucketSums, name: GrainBucket): Sums => sums[name] ?? none;

/** Adds grain rows' sums (each person sits in exactly one grain row, so sums add up). */
export function addSums(into: BucketSums, from: BucketSums): BucketSums {
  for (const [name, value] of Object.entries(from) as [GrainBucket, Sums][]) {
    const current = into[name] ?? { people: 0, total: 0, squares: 0 };
    into[name] = {
      people: current.people + value.people,
      total: current.total + value.total,
      squares: current.squares + value.squares,
    };
  }
  return into;
}

/** What a column's figure may depend on besides its own row: the whole scope's sums. */
export interface CellContext {
  scope: BucketSums;
}

export interface ColumnDefinition {
  key: string;
  label: string;
  /** A fixed category the web app translates (`analytics.column.<key>`), or data (a scale label). */
  translate: boolean;
  unit: AnalyticsUnit;
  /** The figure of a group, or null when there is nothing to divide by. */
  value(sums: BucketSums, context: CellContext): number | null;
}

/** What the catalogue knows of the cycle a figure is about. */
export interface CycleFacts {
  /** The rating scale's labels, rating 1 first. */
  scale: string[];
}

/** What every metric states about itself, whatever its figures are computed from. */
export interface MetricInfo {
  id: AnalyticsMetricId;
  half: AnalyticsHalf;
  title: string;
  dataClass: AnalyticsDataClass;
  formula: { text: string; definition: string };
  grain: string;
  chart: AnalyticsChart;
  unit: AnalyticsUnit;
  /** `hr`: HR admins only. */
  audience: 'hr' | 'managers';
}

/**
 * One metric of the snapshot catalogue: what it means (formula), where its numbers come from (the
 * grain metric and how rows are grouped), who may see it and how it is drawn. Pure: cells are
 * computed from bucket sums, so each metric's fixture test works its numbers out from a hand-built
 * grain. (The engagement trends are computed elsewhere: `next/engagement.ts`.)
 */
export interface MetricDefinition extends MetricInfo {
  dataClass: 'performance' | 'compensation' | 'development';
  /** The snapshot rows it reads. */
  grainMetric: GrainMetric;
  rowsBy: 'department' | 'manager';
  /** Whose department and manager the rows use: the cycle's launch, today, or the window. */
  basis: AnalyticsPointInTime['basis'];
  /** The bucket whose people make a row's group: suppression counts it, cells report it as `n`. */
  population: GrainBucket;
  /** Rows listed on the page, at most (the CSV lists all). */
  maxRows?: number;
  /** Order of listed rows when capped: by group size (default) or by a column's absolute value. */
  rankBy?: string;
  columns(cycle: CycleFacts | null): ColumnDefinition[];
}

export const MIN_GROUP = 5;

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** `part` of `whole` in percent, one decimal; null without a whole. */
export const percent = (part: number, whole: number) => (whole > 0 ? round((100 * part) / whole, 1) : null);

export const twoDecimals = (value: number) => round(value, 2);

/** A category column showing `bucket`'s people as a share of the row's population. */
export const shareColumn = (
  key: string,
  label: string,
  part: GrainBucket,
  whole: GrainBucket,
): ColumnDefinition => ({
  key,
  label,
  translate: true,
  unit: 'percent',
  value: (sums) => percent(bucket(sums, part).people, bucket(sums, whole).people),
});
