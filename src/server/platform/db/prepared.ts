import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgPreparedQuery, type PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Db } from './client';

/**
 * Prepared statements for the hot paths (GUIDE 17). The statement is built once per database handle
 * (the pool, or one open transaction) rather than on every call, and on PostgreSQL it runs under its
 * name, so each connection parses and plans it once. Values go in through `sql.placeholder(name)`.
 *
 * Names must be unique in the process: PostgreSQL keeps one statement per name and connection.
 */
export function prepared<Query>(build: (db: Db) => Query): (db: Db) => Query {
  // A transaction is its own handle (PGlite runs its queries on the transaction's client only), so
  // each handle gets its own copy; handles that end are dropped with their entries.
  const byDb = new WeakMap<Db, Query>();
  return (db) => {
    let query = byDb.get(db);
    if (!query) {
      query = build(db);
      byDb.set(db, query);
    }
    return query;
  };
}

const dialect = new PgDialect();

/**
 * A prepared raw statement (recursive CTEs and the like) whose rows arrive as arrays and are mapped
 * by `mapRow`, skipping Drizzle's per-column result mapping. Integers come back as numbers (cast
 * bigint results with ::int); timestamps and dates come back as text, as Drizzle's drivers read them.
 */
export function preparedSql<Row>(
  name: string,
  query: SQL,
  mapRow: (values: unknown[]) => Row,
): (db: Db) => PgPreparedQuery<PreparedQueryConfig & { execute: Row[] }> {
  const built = dialect.sqlToQuery(query);
  return prepared((db) =>
    db._.session.prepareQuery<PreparedQueryConfig & { execute: Row[] }>(
      built,
      undefined,
      name,
      true,
      (rows) => (rows as unknown[][]).map(mapRow),
    ),
  );
}
