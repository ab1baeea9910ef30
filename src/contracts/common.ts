import { z } from 'zod';
import { importReport } from './import';
import { issueMessage } from './issues';

/** A code from `issues.ts` (or `zod.<code>`) with its params: what the web app translates. */
export const issueBody = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/**
 * One error shape for every API failure; `code` is stable, `reason` (an issue) says more precisely
 * why when the server knows, `fields` names each invalid input in English and `fieldIssues` gives its
 * issue code and params, `currentVersion` comes with `version_conflict` and `report` (the row-by-row
 * check) with `import_invalid`. Clients translate by `code`, `reason` and `fieldIssues`, never by text.
 */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    reason: issueBody.optional(),
    fields: z.record(z.string(), z.string()).optional(),
    fieldIssues: z.record(z.string(), issueBody).optional(),
    currentVersion: z.number().int().optional(),
    report: importReport.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

/** The spellings a yes/no query parameter may take; see `queryBoolean`. */
const queryBooleanWords: Readonly<Record<string, boolean>> = {
  true: true,
  '1': true,
  false: false,
  '0': false,
};

/**
 * A yes/no query parameter. A query string carries text, and `z.coerce.boolean()` would read
 * `?current=false` as `Boolean('false')`, i.e. true; so only `true`/`1` and `false`/`0` count and
 * anything else is a field error on the parameter (400, `valueInvalid`). The OpenAPI document still
 * says boolean, so typed clients keep passing `true`/`false`.
 */
export const queryBoolean = z.preprocess(
  (value) =>
    typeof value === 'string' && Object.hasOwn(queryBooleanWords, value) ? queryBooleanWords[value] : value,
  z.boolean({ error: issueMessage('valueInvalid') }),
);

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export function pageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** Cursor pagination for lists that grow without bound (org chart children, logs). */
export function cursorPageOf<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, issueMessage('dateFormat'));
export const uuidParam = z.string().uuid();
