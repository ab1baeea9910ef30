import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError, apiPost } from '../api/client';
import { errorMessage } from '../components/ErrorAlert';
import { de } from './de';
import { en } from './en';
import i18n from './index';
import { apiFieldError, apiFieldErrors, translateIssue } from './issues';
import { validationDe } from './validationDe';
import { validationEn } from './validationEn';
// zod's messages reach issues.ts when zod loads (as with the first form in the app).
import './zodLocale';

/** A server error as the API sends it, with the English wording given. */
function serverError(english: { field: string; message: string }) {
  return new ApiError({
    status: 400,
    code: 'validation_failed',
    message: english.message,
    fields: { dueDate: english.field },
    fieldIssues: { dueDate: { code: 'dueBeforeStart' } },
  });
}

const t = i18n.t.bind(i18n);

beforeAll(async () => {
  i18n.addResourceBundle('en', 'translation', { ...en, validation: validationEn }, true, true);
  i18n.addResourceBundle('de', 'translation', { ...de, validation: validationDe }, true, true);
  await i18n.changeLanguage('de');
});
afterAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('errors are translated by code, not by English wording', () => {
  it('shows the same German text after the server rewords its English field message', () => {
    const today = serverError({ field: 'The due date cannot be before the start date.', message: 'Fix it.' });
    const reworded = serverError({
      field: 'Due dates come on or after start dates!',
      message: 'Please fix.',
    });
    const german = 'Das Fälligkeitsdatum darf nicht vor dem Startdatum liegen.';
    expect(apiFieldError(today, 'dueDate')).toBe(german);
    expect(apiFieldError(reworded, 'dueDate')).toBe(german);
    expect(errorMessage(reworded, t)).toBe(german);
    expect(apiFieldErrors(reworded)).toEqual({ dueDate: german });
  });

  it('fills params into the translated text', () => {
    expect(translateIssue({ code: 'ratingOutOfRange', params: { max: 5 } })).toBe(
      'Wählen Sie eine Bewertung von 1 bis 5.',
    );
  });

  it("renders zod's own checks from the server with zod's German messages", () => {
    const text = translateIssue(
      { code: 'zod.too_small', params: { origin: 'string', minimum: 3, inclusive: true } },
      'Too small: expected string to have >=3 characters',
    );
    expect(text).toContain('3');
    expect(text).not.toMatch(/Too small/);
  });

  it('falls back to the English text only for a code this build does not know', () => {
    expect(translateIssue({ code: 'fromTheFuture' }, 'Something new')).toBe('Something new');
  });

  it('translates top-level errors by code and reason, whatever the English message says', () => {
    const refused = (message: string) =>
      new ApiError({ status: 409, code: 'invalid_state', message, reason: { code: 'planArchived' } });
    expect(errorMessage(refused('This plan is archived.'), t)).toBe(errorMessage(refused('Archived!'), t));
    expect(errorMessage(refused('Archived!'), t)).toBe(
      'Dieser Plan ist archiviert. Aktivieren Sie ihn wieder, um ihn zu ändern.',
    );
    const locked = new ApiError({ status: 409, code: 'review_locked', message: 'Reworded in English' });
    expect(errorMessage(locked, t)).toBe('Dieses Formular wurde eingereicht und ist gesperrt.');
    const stale = new ApiError({
      status: 409,
      code: 'version_conflict',
      message: 'Newer',
      currentVersion: 7,
    });
    expect(errorMessage(stale, t)).toContain('(7)');
    expect(errorMessage(new ApiError({ status: 418, code: 'teapot', message: 'Short and stout' }), t)).toBe(
      'Short and stout',
    );
  });

  it('reads reason and field issues from the answer body', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: {
                code: 'validation_failed',
                message: 'Some fields need your attention.',
                reason: { code: 'planArchived' },
                fields: { deadline: 'Any English at all' },
                fieldIssues: { deadline: { code: 'dateAfterToday', params: { bad: { nested: true } } } },
              },
            }),
            { status: 400 },
          ),
      ),
    );
    const error = (await apiPost('/api/auth/login', { body: { email: 'a@b.test', password: 'x' } }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error.reason).toEqual({ code: 'planArchived' });
    expect(error.fieldIssues).toEqual({ deadline: { code: 'dateAfterToday', params: {} } });
    expect(apiFieldError(error, 'deadline')).toBe('Wählen Sie ein Datum nach dem heutigen Tag');
  });
});
