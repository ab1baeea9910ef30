import type { CompensationCode } from './codes';

export type IssueParams = Record<string, string | number | boolean>;

/**
 * What a check found: an `error` refuses the input; a `warning` lets it through with a flag that
 * approvers see (e.g. a merit increase outside its guideline but justified).
 */
export interface CompensationIssue {
  code: CompensationCode;
  level: 'error' | 'warning';
  params?: IssueParams;
}

export const issueOf = (
  code: CompensationCode,
  level: CompensationIssue['level'],
  params?: IssueParams,
): CompensationIssue => (params ? { code, level, params } : { code, level });

/** Whether any issue refuses the input (a warning never does). */
export const isRefused = (issues: readonly CompensationIssue[]) =>
  issues.some((found) => found.level === 'error');

/**
 * Input the pure functions cannot compute with (unknown currency, missing rate, bad date …). The
 * server turns it into a field issue with the same code and params; it is never a 500.
 */
export class CompensationError extends Error {
  readonly code: CompensationCode;
  readonly params: IssueParams;

  constructor(code: CompensationCode, params: IssueParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'CompensationError';
    this.code = code;
    this.params = params;
  }
}

export const isCompensationError = (value: unknown): value is CompensationError =>
  value instanceof CompensationError;
