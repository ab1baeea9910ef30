/**
 * The names the snapshot tables store (`metric_id`, `bucket`), fixed lists so a stored value is a
 * key, never text. A grain metric may feed several catalogue metrics: `rating_distribution` is read
 * by department and by manager.
 */
export const nowGrainMetrics = [
  'review_completion',
  'rating_distribution',
  'calibration_change',
  'manager_leniency',
  'high_performer_retention',
  'turnover',
  'promotion_rate',
] as const;
export const nextGrainMetrics = [
  'development_coverage',
  'mentoring_participation',
  'coaching_utilisation',
] as const;
export const grainMetrics = [...nowGrainMetrics, ...nextGrainMetrics] as const;
export type GrainMetric = (typeof grainMetrics)[number];

/** What a snapshot row is: a grain row, or the organisation's sum by department or by manager. */
export const grainRollups = ['grain', 'department', 'manager'] as const;
export type GrainRollup = (typeof grainRollups)[number];

/** Ratings 1..10: the longest scale a calibration guideline allows. */
export const MAX_RATING = 10;
export const ratingBuckets = Array.from({ length: MAX_RATING }, (_, i) => `rating_${i + 1}` as const);

export const grainBuckets = [
  // review completion
  'participants',
  'self_review',
  'manager_review',
  'calibrated',
  'released',
  'acknowledged',
  // ratings, calibration, leniency, retention
  'rated',
  ...ratingBuckets,
  'up',
  'down',
  'proposed',
  'top_rated',
  'retained',
  // window metrics
  'population',
  'start',
  'end',
  'voluntary',
  'involuntary',
  'unspecified',
  'promoted',
  // Next
  'people',
  'active_plan',
  'career_conversation',
  'mentee',
  'mentor',
  'any',
  'coachees',
  'sessions',
  'allowance',
  'requested',
  'chemistry',
  'awaiting_approval',
  'active',
  'completed',
  'declined',
  'cancelled',
] as const;
export type GrainBucket = (typeof grainBuckets)[number];
