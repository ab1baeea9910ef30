import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { type Database, type Db, queryRows } from './client';

export const migrationsFolder = fileURLToPath(new URL('../../../../migrations', import.meta.url));

/**
 * Applies pending migrations under an advisory lock so that several instances starting at the same
 * moment on one database take turns; the later ones find nothing left to do.
 */
export async function migrateDatabase(database: Database): Promise<{ applied: number }> {
  return database.withAdvisoryLock('trellis:migrate', async (db) => {
    const migrations = readMigrationFiles({ migrationsFolder });
    await db.execute(sql`CREATE SCHEMA IF NOT EXISTS trellis_meta`);
    await db.execute(
      sql`CREATE TABLE IF NOT EXISTS trellis_meta.migrations (hash text PRIMARY KEY, created_at bigint NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = await queryRows<{ hash: string }>(db, sql`SELECT hash FROM trellis_meta.migrations`);
    const applied = new Set(done.map((r) => r.hash));
    let count = 0;
    for (const migration of migrations) {
      if (applied.has(migration.hash)) continue;
      await applyOne(db, migration.sql, migration.hash, migration.folderMillis);
      count++;
    }
    return { applied: count };
  });
}

async function applyOne(db: Db, statements: string[], hash: string, createdAt: number) {
  await db.transaction(async (tx) => {
    for (const statement of statements) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
    await tx.execute(
      sql`INSERT INTO trellis_meta.migrations (hash, created_at) VALUES (${hash}, ${createdAt})`,
    );
  });
}
