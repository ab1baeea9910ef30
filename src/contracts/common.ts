import { z } from 'zod';
import { importReport } from './import';

/**
 * One error shape for every API failure; `code` is stable, `fields` names each invalid input,
 * `currentVersion` comes with `version_conflict` and `report` (the row-by-row check) with `import_invalid`.
 */
export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    currentVersion: z.number().int().optional(),
    report: importReport.optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;

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

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the date format YYYY-MM-DD');
export const uuidParam = z.string().uuid();
