import './zodSetup';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { isApiError } from '../api/client';
import { apiFieldError, zodIssueMessage } from '../i18n/issues';

/**
 * Validate form values with a contract schema. A contract's messages are issue codes, translated by
 * code (`validation.<code>`); zod's own messages follow the configured zod locale.
 */
export function zodValidate(schema: z.ZodType) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!(path in errors)) errors[path] = zodIssueMessage(issue);
    }
    return errors;
  };
}

/**
 * Put the server's per-field messages next to the matching inputs, translated by their issue codes.
 * Returns true when at least one message found its field, so the caller can skip the general error banner.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any form shape
export function applyServerFieldErrors(form: UseFormReturnType<any, any>, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const values = form.getValues() as Record<string, unknown>;
  let matched = false;
  for (const field of new Set([...Object.keys(error.fieldIssues), ...Object.keys(error.fields)])) {
    if (field in values) {
      form.setFieldError(field, apiFieldError(error, field));
      matched = true;
    }
  }
  return matched;
}

/** Empty select values arrive as `null`; empty optional text becomes `null` too. */
export function blankToNull(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * For forms that place the server's per-field messages by hand: the translated message of one field,
 * and whether any field message arrived (then the general error banner is not needed). Only errors
 * with one of `codes` carry field messages meant for the inputs.
 */
export function serverFieldErrors(error: unknown, codes: string[] = ['validation_failed']) {
  const relevant = isApiError(error) && codes.includes(error.code) ? error : undefined;
  return {
    fieldError: (name: string) => (relevant ? apiFieldError(relevant, name) : undefined),
    hasFieldErrors: relevant
      ? Object.keys(relevant.fields).length + Object.keys(relevant.fieldIssues).length > 0
      : false,
  };
}
