/**
 * Every top-level error code the API answers with (`error.code`). The server's catalogue
 * (`platform/errors/appError.ts`) and the web app's texts (`errorCodes` in its catalogues) must
 * each cover exactly this list, which the type checker holds them to.
 */
export const apiErrorCodes = [
  'validation_failed',
  'invalid_credentials',
  'unauthenticated',
  'csrf_failed',
  'forbidden',
  'not_found',
  'version_conflict',
  'already_exists',
  'invalid_state',
  'review_locked',
  'calibration_not_locked',
  'calibration_locked',
  'rationale_required',
  'guideline_not_met',
  'calibration_incomplete',
  'addendum_locked',
  'cycle_has_open_reviews',
  'cycle_closed',
  'threshold_locked',
  'reminder_too_soon',
  'competency_in_use',
  'scale_in_use',
  'level_in_use',
  'erasure_blocked',
  'four_eyes_required',
  'fairness_check_failed',
  'invalid_token',
  'import_invalid',
  'payload_too_large',
  'rate_limited',
  'internal',
  'database_unavailable',
] as const;

export type ApiErrorCode = (typeof apiErrorCodes)[number];
