import type { z } from 'zod';
import type { Issue } from '../../contracts/issues';
import { isApiError } from '../api/client';
import i18n, { currentLocale } from './index';

/**
 * Whether the catalogue has a text for this issue code. Asked of i18next rather than of
 * contracts/issues.ts, whose English texts would otherwise load on every page in every language;
 * catalogues.test.ts holds both languages to cover exactly the contract's codes.
 */
const isKnownCode = (code: string) => /^[A-Za-z0-9]+$/.test(code) && i18n.exists(`validation.${code}`);

/**
 * Issues (contracts/issues.ts) in the reader's language, by code and never by English wording:
 * a contract's own code → `validation.<code>`, zod's built-in checks (`zod.<code>`) → zod's locale
 * messages. `fallback` (the server's English text) only shows for a code this build does not know.
 */
export function translateIssue(found: Issue, fallback?: string): string {
  if (isKnownCode(found.code)) return translate(`validation.${found.code}`, found.params ?? {});
  if (found.code.startsWith('zod.')) {
    const text = zodLocaleText(found.code.slice('zod.'.length), found.params ?? {});
    if (text) return text;
  }
  return fallback ?? i18n.t('validation.valueInvalid');
}

/** i18next's typed `t` does not take a key built at run time; every such key is in the catalogue (catalogues.test.ts). */
const translate = (key: string, params: object): string =>
  (i18n.t as (key: string, options: object) => string)(key, params);

type ZodLocaleError = (issue: never) => string | { message: string } | undefined | null;
/**
 * zod's own messages per language, handed over by zodLocale.ts when zod loads (with the first form or
 * shortly after the signed-in app paints). Importing zod's locales here would put zod (26 KB gzipped)
 * on every page's first paint, as the error alert uses this module; until they arrive, a zod check the
 * server refused shows the server's English text.
 */
let zodLocales: Partial<Record<'en' | 'de', ZodLocaleError>> = {};
export function provideZodLocales(locales: Record<'en' | 'de', ZodLocaleError>): void {
  zodLocales = locales;
}

/** zod's own message for one of its issue codes with the params the server kept (minimum, format …). */
function zodLocaleText(code: string, params: NonNullable<Issue['params']>): string | undefined {
  try {
    const localeError = zodLocales[currentLocale()];
    if (!localeError) return undefined;
    const result = localeError({ code, ...params, input: undefined } as never);
    return typeof result === 'string' ? result : result?.message;
  } catch {
    // an issue whose params did not survive the trip (arrays of values, keys): use the fallback
    return undefined;
  }
}

/**
 * The message of a zod issue found in the browser (a form checked against a contract): a contract's
 * code is translated; zod's own messages already follow the UI language (zodLocale.ts).
 */
export function zodIssueMessage(found: z.core.$ZodIssue): string {
  const params = 'params' in found && found.params ? (found.params as Issue['params']) : undefined;
  return isKnownCode(found.message)
    ? translateIssue({ code: found.message, ...(params ? { params } : {}) })
    : found.message;
}

/** One field's error from a failed API call, in the reader's language; undefined when that field is fine. */
export function apiFieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const found = error.fieldIssues[field];
  if (found) return translateIssue(found, error.fields[field]);
  // A server older than its field codes: its English text is better than nothing.
  return error.fields[field];
}

/** Every field error of a failed API call, in the reader's language (empty for other failures). */
export function apiFieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const names = new Set([...Object.keys(error.fields), ...Object.keys(error.fieldIssues)]);
  return Object.fromEntries([...names].map((name) => [name, apiFieldError(error, name) ?? '']));
}
