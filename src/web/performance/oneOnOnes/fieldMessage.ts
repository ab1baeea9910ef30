import type { TFunction } from 'i18next';
import { apiFieldError } from '../../i18n/issues';

/**
 * The message for one field of a failed call in the reader's language (translated by its issue
 * code), or null when that field is fine. `t` is kept for the callers; the translation needs none.
 */
export function fieldError(error: unknown, field: string, _t?: TFunction): string | null {
  return apiFieldError(error, field) ?? null;
}
