import type { FormErrors, UseFormReturnType } from '@mantine/form';
import type { z } from 'zod';
import { isApiError } from '../api/client';
import { translateMessage } from '../i18n';

/**
 * Validate form values with a contract schema. Messages written in the contract are translated
 * through the catalogue; zod's own messages follow the configured zod locale.
 */
export function zodValidate(schema: z.ZodType) {
  return (values: unknown): FormErrors => {
    const result = schema.safeParse(values);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.map(String).join('.');
      if (!(path in errors)) errors[path] = translateMessage(issue.message);
    }
    return errors;
  };
}

/**
 * Put the server's per-field messages next to the matching inputs. Returns true when at least one
 * message found its field, so the caller can skip the general error banner.
 */
// biome-ignore lint/suspicious/noExplicitAny: works for any form shape
export function applyServerFieldErrors(form: UseFormReturnType<any, any>, error: unknown): boolean {
  if (!isApiError(error)) return false;
  const values = form.getValues() as Record<string, unknown>;
  let matched = false;
  for (const [field, message] of Object.entries(error.fields)) {
    if (field in values) {
      form.setFieldError(field, translateMessage(message));
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
  const fields = isApiError(error) && codes.includes(error.code) ? error.fields : {};
  return {
    fieldError: (name: string) => (fields[name] ? translateMessage(fields[name]) : undefined),
    hasFieldErrors: Object.keys(fields).length > 0,
  };
}
