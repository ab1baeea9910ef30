/**
 * The anonymity-preserving reporting engine of engagement pulse surveys (issue 14, SPEC S1.3):
 * pure functions over a round's anonymous responses and comments. Every figure is read from one
 * publication plan per round (plan.ts), so no combination of requests derives a hidden group.
 * README.md says what is publishable and why.
 */
export { UNSPECIFIED } from './atoms';
export { type SegmentBreakdown, segmentBreakdown } from './breakdown';
export { type CommentsRequest, type CommentsView, type VisibleComment, visibleComments } from './comments';
export { enpsFromCounts, enpsOf } from './enps';
export { type DriverHeatmap, driverHeatmap } from './heatmap';
export { segmentsComparable } from './overlap';
export { lookupCut, type PublicationPlan, publicationPlan } from './plan';
export type { ReportRow } from './report';
export { DEFAULT_COMMENT_THRESHOLD, DEFAULT_RULES, effectiveRules } from './rules';
export { type TrendDelta, type TrendPoint, trendDelta } from './trend';
export type {
  AnonymityRules,
  CommentRecord,
  CountCell,
  DriverQuestion,
  EnpsCell,
  EnpsResult,
  Filter,
  HiddenState,
  MeanCell,
  ResponseRecord,
} from './types';
