import type { ImportReport } from '../../../contracts/import';

/**
 * Stable error codes: clients and tests rely on them, so add new ones rather than renaming.
 * Each maps to one HTTP status and a default user-facing message.
 */
export const errorCatalogue = {
  validation_failed: [400, 'Some fields need your attention.'],
  invalid_credentials: [401, 'That email and password do not match an account.'],
  unauthenticated: [401, 'Please sign in to continue.'],
  csrf_failed: [403, 'Your session could not be verified. Reload the page and try again.'],
  forbidden: [403, 'Your role does not allow this action.'],
  not_found: [404, 'We could not find that.'],
  version_conflict: [409, 'Someone else changed this in the meantime. Reload to see the newer version.'],
  already_exists: [409, 'That already exists.'],
  invalid_state: [409, 'This action is not possible in the current state.'],
  review_locked: [409, 'This form has been submitted and is locked.'],
  calibration_not_locked: [409, 'This review cannot be released until its calibration session is locked.'],
  calibration_locked: [409, 'This calibration session is locked; ratings can no longer change.'],
  rationale_required: [422, 'Write why this rating changes.'],
  guideline_not_met: [
    409,
    'The distribution is outside the required guideline curve, so it cannot be signed off.',
  ],
  addendum_locked: [409, 'The review was released; what the employee received is not rewritten.'],
  cycle_has_open_reviews: [409, 'Some reviews in this cycle are not released yet.'],
  cycle_closed: [409, 'This review cycle is closed; its reviews can no longer change.'],
  threshold_locked: [
    409,
    'Answers have started to arrive, so the anonymity threshold can no longer be lowered.',
  ],
  reminder_too_soon: [409, 'Reminders for this 360 were already sent today.'],
  competency_in_use: [409, 'This competency is already assessed or expected at a level; retire it instead.'],
  scale_in_use: [409, 'This scale is in use, so the number of levels can no longer change.'],
  level_in_use: [409, 'People are placed on this level; move them before removing it.'],
  invalid_token: [400, 'This link is invalid or has expired. Ask for a new one.'],
  import_invalid: [422, 'The file has invalid rows; nothing was imported.'],
  payload_too_large: [413, 'The request is too large.'],
  rate_limited: [429, 'Too many attempts. Wait a few minutes and try again.'],
  internal: [500, 'Something went wrong on our side. Please try again.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof errorCatalogue;

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details: {
      fields?: Record<string, string>;
      currentVersion?: number;
      /** With `import_invalid`: the row-by-row report, so the client can show what to fix. */
      report?: ImportReport;
    } = {},
  ) {
    super(message ?? errorCatalogue[code][1]);
    this.status = errorCatalogue[code][0];
  }
}

export const notFound = (what = 'That record') => new AppError('not_found', `${what} was not found.`);
export const forbidden = () => new AppError('forbidden');
export const validationFailed = (fields: Record<string, string>) =>
  new AppError('validation_failed', undefined, { fields });
export const versionConflict = (currentVersion: number) =>
  new AppError(
    'version_conflict',
    `Someone else saved a newer version (${currentVersion}). Reload to see it.`,
    {
      currentVersion,
    },
  );

/** PostgreSQL unique-violation names → the field a user would fix. */
const uniqueConstraintFields: Record<string, string> = {
  people_org_email_uq: 'email',
  people_org_employee_id_uq: 'employeeId',
  accounts_email_uq: 'email',
  departments_org_name_uq: 'name',
  levels_org_code_uq: 'code',
  job_titles_org_name_uq: 'name',
  competencies_org_name_uq: 'name',
  career_tracks_org_name_uq: 'name',
};

/** Translates database constraint errors into domain errors; anything else is returned unchanged. */
export function translateDatabaseError(error: unknown): unknown {
  const pgError = findPgError(error);
  if (pgError?.code === '23505') {
    const field = uniqueConstraintFields[pgError.constraint ?? ''] ?? 'value';
    return new AppError('already_exists', undefined, {
      fields: { [field]: 'This value is already in use.' },
    });
  }
  if (pgError?.code === '40001' || pgError?.code === '40P01') {
    return new AppError('version_conflict', 'Another change was saved at the same moment. Try again.');
  }
  return error;
}

function findPgError(error: unknown): { code?: string; constraint?: string } | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as { code?: unknown; constraint?: string; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      return { code: candidate.code, constraint: candidate.constraint };
    }
    current = candidate.cause;
  }
  return null;
}
