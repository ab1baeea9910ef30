import '../../app/zodSetup';
import { loginRequest } from '../../../contracts/auth';
import { zodValidate } from '../../app/forms';
import { loadAreaMessages } from '../../i18n';

const check = zodValidate(loginRequest);

/**
 * The sign-in form's check, with the server's own contract, and the issue texts it may show. Loaded
 * apart from LoginPage (fetched once the page has painted, awaited on submit) so the first paint
 * waits for neither zod nor those texts.
 */
export async function validateLogin(values: { email: string; password: string }) {
  await loadIssueTexts();
  return check(values);
}

/** The issue texts in the current language, before the server's field errors are shown. */
export const loadIssueTexts = () => loadAreaMessages(['validation']).catch(() => {});
