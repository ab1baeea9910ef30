import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';
import { migrationNames } from '../db/migrate';

/**
 * The last migration applied to a database, or null for a database never migrated. Migrations are
 * applied in order, one ledger row each, so the number of rows names the level; counting keeps
 * this independent of how the ledger identifies a migration.
 */
export async function appliedMigrationLevel(db: Db): Promise<{ count: number; name: string | null }> {
  const [ledger] = await queryRows<{ exists: boolean }>(
    db,
    sql`SELECT to_regclass('trellis_meta.migrations') IS NOT NULL AS "exists"`,
  );
  if (!ledger?.exists) return { count: 0, name: null };
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM trellis_meta.migrations`,
  );
  const count = Number(row?.n ?? 0);
  return { count, name: count === 0 ? null : (migrationNames()[count - 1] ?? null) };
}
