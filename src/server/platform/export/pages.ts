import { issue } from '../../../contracts/issues';
import { recordAuditEvent } from '../audit/record';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { AppError } from '../errors/appError';
import { type ExportFormat, MAX_EXPORT_ROWS } from './table';

/** One page of a screen's paginated read. */
export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}

/**
 * Reads a screen's list page by page (the screen's own paginated query, so the export holds what the
 * screen would show over all its pages) and hands each page to `onPage` (the access log) as it
 * arrives. More than `limit` rows is refused (409 `invalid_state`, `exportTooLarge`) before anything
 * is sent: a silently cut export would read as complete.
 */
export async function collectPages<Item>(
  readPage: (cursor: string | null, limit: number) => Promise<Page<Item>>,
  options: { onPage?: (items: Item[]) => Promise<void>; pageSize?: number; limit?: number } = {},
): Promise<Item[]> {
  const limit = options.limit ?? MAX_EXPORT_ROWS;
  const pageSize = options.pageSize ?? 500;
  const all: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<Item> = await readPage(cursor, pageSize);
    if (all.length + page.items.length > limit)
      throw new AppError('invalid_state', issue('exportTooLarge', { limit: String(limit) }));
    await options.onPage?.(page.items);
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}

/**
 * The audit event of a download: what was exported, of which record, in which format and how many
 * rows — never the contents (the audit trail is readable by admins who may not see them).
 */
export async function auditExport(
  db: Db,
  actor: Actor,
  event: {
    /** `goals`, `review_status`, `calibrated_ratings`, … (action `export.<kind>`). */
    kind: string;
    targetType: string;
    targetId: string;
    format: ExportFormat;
    rows: number;
    /** The filters the export was narrowed by (ids and enums only, no free text). */
    filters?: Record<string, string | number | boolean | null | undefined>;
  },
) {
  await recordAuditEvent(db, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: `export.${event.kind}`,
    targetType: event.targetType,
    targetId: event.targetId,
    after: { format: event.format, rows: event.rows, ...(event.filters ? { filters: event.filters } : {}) },
  });
}
