import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { type aspirationKinds, aspirations } from './tables';

export type AspirationRow = typeof aspirations.$inferSelect;

export async function findAspiration(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(aspirations)
    .where(and(eq(aspirations.id, id), eq(aspirations.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** A person's aspirations, newest first; `sharedOnly` keeps to what they shared with their manager. */
export async function listAspirations(
  db: Db,
  options: {
    organizationId: string;
    ownerId: string;
    sharedOnly: boolean;
    kind?: (typeof aspirationKinds)[number];
    page: number;
    pageSize: number;
  },
) {
  const where = and(
    eq(aspirations.organizationId, options.organizationId),
    eq(aspirations.ownerId, options.ownerId),
    options.sharedOnly ? eq(aspirations.sharedWithManager, true) : undefined,
    options.kind ? eq(aspirations.kind, options.kind) : undefined,
  ) as SQL;
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(aspirations)
      .where(where)
      .orderBy(desc(aspirations.updatedAt), desc(aspirations.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(aspirations)
      .where(where),
  ]);
  return { rows, total: count?.total ?? 0 };
}
