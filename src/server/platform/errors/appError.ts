import type { ApiErrorCode } from '../../../contracts/errorCodes';
import type { ImportReport } from '../../../contracts/import';
import { type Issue, issue, issueText } from '../../../contracts/issues';
import { isDatabaseUnavailableError } from '../db/availability';

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
  calibration_incomplete: [
    409,
    'Some reviews of this session’s population are not in it yet; acknowledge that to sign off.',
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
  erasure_blocked: [409, 'This person cannot be erased yet.'],
  four_eyes_required: [403, 'A second HR admin has to decide on this erasure request.'],
  fairness_check_failed: [
    422,
    'The improvement plan does not pass the fairness check yet, so it cannot be published.',
  ],
  invalid_token: [400, 'This link is invalid or has expired. Ask for a new one.'],
  import_invalid: [422, 'The file has invalid rows; nothing was imported.'],
  payload_too_large: [413, 'The request is too large.'],
  rate_limited: [429, 'Too many attempts. Wait a few minutes and try again.'],
  internal: [500, 'Something went wrong on our side. Please try again.'],
  database_unavailable: [503, 'The database cannot be reached right now. Please try again in a moment.'],
} as const satisfies Record<ApiErrorCode, readonly [number, string]>;

export type ErrorCode = keyof typeof errorCatalogue;

export interface AppErrorDetails {
  /** Per field: the code and params the web app translates (`fieldIssues` in the payload). */
  fieldIssues?: Record<string, Issue>;
  /** Per field: English text for API consumers; derived from `fieldIssues` when not given. */
  fields?: Record<string, string>;
  currentVersion?: number;
  /** With `import_invalid`: the row-by-row report, so the client can show what to fix. */
  report?: ImportReport;
}

/**
 * `reason` (an issue, see contracts/issues.ts) says more precisely than the code why the action was
 * refused, in a way the web app can translate: `new AppError('invalid_state', issue('planArchived'))`.
 * A plain string message is English for API consumers and logs only.
 */
export class AppError extends Error {
  readonly status: number;
  readonly reason: Issue | undefined;
  readonly details: AppErrorDetails;
  constructor(
    readonly code: ErrorCode,
    message?: string | Issue,
    details: AppErrorDetails = {},
  ) {
    super(typeof message === 'object' ? issueText(message) : (message ?? errorCatalogue[code][1]));
    this.status = errorCatalogue[code][0];
    this.reason = typeof message === 'object' ? message : undefined;
    const fields =
      details.fields ??
      (details.fieldIssues
        ? Object.fromEntries(
            Object.entries(details.fieldIssues).map(([field, found]) => [field, issueText(found)]),
          )
        : undefined);
    this.details = { ...details, ...(fields ? { fields } : {}) };
  }
}

export const notFound = (what = 'That record') => new AppError('not_found', `${what} was not found.`);
export const forbidden = () => new AppError('forbidden');
/** Field errors by code: `validationFailed({ dueDate: issue('dueBeforeStart') })`. */
export const validationFailed = (fieldIssues: Record<string, Issue>) =>
  new AppError('validation_failed', undefined, { fieldIssues });
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
  // A lost or refused connection (restart, crash, network): 503, retried by the client, never 500.
  if (isDatabaseUnavailableError(error)) return new AppError('database_unavailable');
  const pgError = findPgError(error);
  if (pgError?.code === '23505') {
    const field = uniqueConstraintFields[pgError.constraint ?? ''] ?? 'value';
    return new AppError('already_exists', undefined, { fieldIssues: { [field]: issue('valueInUse') } });
  }
  if (pgError?.code === '40001' || pgError?.code === '40P01') {
    return new AppError('version_conflict', issue('concurrentChange'));
  }
  return (pgError && translateRefusedInput(pgError)) ?? error;
}

/**
 * Input the database refused although validation let it through answers 4xx, never 500 (validation
 * should catch it first: NUL and lone surrogates in `http/storableInput.ts`, lengths in the
 * contracts; this is the net behind it). SQLSTATE class 22, data exceptions: 22P05/22021 text it
 * cannot encode, 22001 too long, 22P02 malformed uuid/number, 22003 out of range, 22007/22008 dates,
 * 2202E array subscripts, …; 54000 a value too large for an index (btree rows stop near 2,700 bytes);
 * 23502 a missing value, 23514 a check, 23503 a reference to a record that is not there.
 */
function translateRefusedInput(pg: PgErrorInfo): AppError | null {
  const { code = '' } = pg;
  const refused = (found: Issue) => {
    const field = fieldOfPgError(pg);
    return field
      ? new AppError('validation_failed', undefined, { fieldIssues: { [field]: found } })
      : new AppError('validation_failed', found);
  };
  if (code === '22P05' || code === '22021') return refused(issue('textUnstorable'));
  if (code === '22001' || code === '54000') return refused(issue('textTooLong'));
  if (code.startsWith('22') || code === '23502' || code === '23514') return refused(issue('valueInvalid'));
  if (code === '23503') {
    // Deleting a record others still point to is a state problem; pointing to a missing one is input.
    return /^update or delete on table/.test(pg.message ?? '')
      ? new AppError('invalid_state')
      : refused(issue('valueInvalid'));
  }
  return null;
}

/** The input field a database error is about, when it names one we know (`given_name` → `givenName`). */
function fieldOfPgError(pg: PgErrorInfo): string | null {
  const index = pg.code === '54000' ? /index "([^"]+)"/.exec(pg.message ?? '')?.[1] : undefined;
  const known = uniqueConstraintFields[index ?? pg.constraint ?? ''];
  if (known) return known;
  return pg.column ? pg.column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()) : null;
}

interface PgErrorInfo {
  code?: string;
  constraint?: string;
  column?: string;
  message?: string;
}

/** The server's error in a chain: node-postgres and PGlite throw it, Drizzle wraps it as `cause`. */
function findPgError(error: unknown): PgErrorInfo | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const candidate = current as PgErrorInfo & { code?: unknown; cause?: unknown };
    if (typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code)) {
      const { code, constraint, column, message } = candidate;
      return { code, constraint, column, message };
    }
    current = candidate.cause;
  }
  return null;
}
