import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notifications } from './tables';

/** Columns the inbox shows, plus the exact creation time as text for the cursor. */
const inboxColumns = {
  id: notifications.id,
  kind: notifications.kind,
  title: notifications.title,
  body: notifications.body,
  params: notifications.params,
  link: notifications.link,
  createdAt: notifications.createdAt,
  readAt: notifications.readAt,
  // JavaScript dates keep milliseconds, PostgreSQL keeps microseconds: the cursor carries the
  // database's own text so two notifications in the same millisecond never fall between pages.
  exactCreatedAt: sql<string>`${notifications.createdAt}::text`,
};
export type InboxRow = {
  id: string;
  kind: string;
  title: string;
  body: string;
  /** The kind's parameters; null on rows written before notifications had them. */
  params: unknown;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
  exactCreatedAt: string;
};

/**
 * One recipient's notifications, newest first, in pages that never drift when new ones arrive:
 * the cursor is the last row's (created_at, id).
 */
export async function listInbox(
  db: Db,
  recipient: { organizationId: string; personId: string },
  options: { unreadOnly: boolean; limit: number; after: InboxCursor | null },
): Promise<{ rows: InboxRow[]; nextCursor: string | null }> {
  const { after } = options;
  const rows = await db
    .select(inboxColumns)
    .from(notifications)
    .where(
      and(
        eq(notifications.organizationId, recipient.organizationId),
        eq(notifications.recipientId, recipient.personId),
        options.unreadOnly ? isNull(notifications.readAt) : undefined,
        after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${after.createdAt}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > options.limit && last ? encodeInboxCursor(last) : null,
  };
}

/** One notification, only if it belongs to this recipient (anyone else gets nothing: a 404). */
export async function findOwnNotification(
  db: Db,
  recipient: { organizationId: string; personId: string },
  notificationId: string,
): Promise<InboxRow | null> {
  const [row] = await db
    .select(inboxColumns)
    .from(notifications)
    .where(
      and(
        eq(notifications.id, notificationId),
        eq(notifications.organizationId, recipient.organizationId),
        eq(notifications.recipientId, recipient.personId),
      ),
    );
  return row ?? null;
}

function encodeInboxCursor(row: { exactCreatedAt: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.exactCreatedAt, row.id])).toString('base64url');
}

const timestampPattern = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface InboxCursor {
  createdAt: string;
  id: string;
}

/** A cursor the client altered must not reach SQL as a malformed value: null, and the route refuses it. */
export function decodeInboxCursor(cursor: string): InboxCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [createdAt, id] = parsed;
    if (typeof createdAt !== 'string' || typeof id !== 'string' || !uuidPattern.test(id)) return null;
    if (!timestampPattern.test(createdAt)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}
