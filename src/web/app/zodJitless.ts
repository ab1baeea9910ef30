import { z } from 'zod';

/*
 * zod compiles fast object parsers with `new Function` when it may; to find out, it tries once, and
 * under our Content-Security-Policy (script-src 'self', no 'unsafe-eval') that try is reported as a
 * violation on every page. Tell zod up front that eval is off the table. Imported first by main.tsx,
 * before any schema parses.
 */
z.config({ jitless: true });
