/** One anonymous response as the report sees it: bucket values snapshotted at launch, never a person. */
export interface ResponseRecord {
  /** Reporting attribute -> bucket value, e.g. { department: '<dept id>', tenure: '1-3y', location: 'Lisbon' }. */
  buckets: Record<string, string>;
  /** Likert answers 1..5 keyed by question id (every Likert item of the round is answered). */
  scores: Record<string, number>;
  /** The eNPS answer 0..10, or null when the round had no eNPS item. */
  enps: number | null;
}

export interface CommentRecord {
  buckets: Record<string, string>;
  questionId: string | null;
  text: string;
}

export interface AnonymityRules {
  /** Smallest group whose figures are shown: default 5, never below 3. */
  threshold: number;
  /** Smallest group whose comments are shown: default 10, never below `threshold`. */
  commentThreshold: number;
}

export interface DriverQuestion {
  id: string;
  driver: string;
}

/** One or more reporting attributes fixed to a bucket value, e.g. { location: 'Lisbon' }. */
export type Filter = Record<string, string>;

/**
 * Why a figure is not shown. `below_threshold`: the group itself is too small. `complementary`:
 * the group is large enough, but showing it would let a small one be worked out from what else is
 * shown. `refused`: the request lies outside what the engine publishes (README.md).
 */
export type HiddenState = 'below_threshold' | 'complementary' | 'refused';

/** A driver (or eNPS-less) mean of one group, or why there is none. */
export type MeanCell =
  | { state: 'shown'; mean: number; n: number }
  | { state: HiddenState }
  | { state: 'no_data' };

export type EnpsResult =
  | { state: 'shown'; score: number; n: number; promoters: number; passives: number; detractors: number }
  | { state: 'below_threshold' }
  | { state: 'no_data' };

/** eNPS of a group in a report: like `EnpsResult`, and hidden for the same reasons as the group. */
export type EnpsCell = EnpsResult | { state: 'complementary' | 'refused' };

/** The head count of a group as a report shows it. */
export type CountCell = { state: 'shown'; n: number } | { state: HiddenState } | { state: 'no_data' };
