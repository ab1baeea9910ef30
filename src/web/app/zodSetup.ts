/*
 * zod's settings for the browser: no `new Function` (our CSP forbids eval) and messages in the UI
 * language. Imported by the code that parses with zod (the signed-in app, the auth pages' form checks)
 * rather than by main.tsx, so the sign-in page's first paint does not wait for zod.
 */
import './zodJitless';
import '../i18n/zodLocale';
