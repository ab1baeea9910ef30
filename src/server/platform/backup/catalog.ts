import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

/** One table of the `public` schema as a backup sees it. */
export interface TableInfo {
  name: string;
  /** Column names in table order; a backup records them so a restore can refuse a schema that differs. */
  columns: string[];
  /** Columns that may hold NULL (only these can be filled in after the rows they point to). */
  nullable: Set<string>;
  /** The key rows are read in (keyset batches); null: no primary key or usable unique key. */
  key: { name: string; type: string }[] | null;
}

export interface ForeignKey {
  child: string;
  parent: string;
  columns: string[];
}

/** The ordinary tables of the `public` schema (Trellis keeps its data there; the ledger lives in trellis_meta). */
export async function listTables(db: Db): Promise<TableInfo[]> {
  const columns = await queryRows<{ table: string; column: string; nullable: boolean }>(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column", NOT a.attnotnull AS "nullable"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
        ORDER BY c.relname, a.attnum`,
  );
  // The primary key, else the first unique index over NOT NULL columns; in the index's column order.
  const keys = await queryRows<{ table: string; column: string; type: string }>(
    db,
    sql`SELECT DISTINCT ON (c.relname, k.position) c.relname AS "table", a.attname AS "column",
          format_type(a.atttypid, a.atttypmod) AS "type"
        FROM pg_index i
        JOIN pg_class c ON c.oid = i.indrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, position)
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND i.indisunique AND i.indpred IS NULL
          AND i.indexprs IS NULL
          AND i.indexrelid = (
            SELECT j.indexrelid FROM pg_index j
            WHERE j.indrelid = c.oid AND j.indisunique AND j.indpred IS NULL AND j.indexprs IS NULL
              AND NOT EXISTS (
                SELECT 1 FROM pg_attribute b
                WHERE b.attrelid = c.oid AND b.attnum = ANY (j.indkey) AND NOT b.attnotnull)
            ORDER BY j.indisprimary DESC, j.indnatts, j.indexrelid
            LIMIT 1)
        ORDER BY c.relname, k.position`,
  );
  const tables = new Map<string, TableInfo>();
  for (const row of columns) {
    let table = tables.get(row.table);
    if (!table) {
      table = { name: row.table, columns: [], nullable: new Set(), key: null };
      tables.set(row.table, table);
    }
    table.columns.push(row.column);
    if (row.nullable) table.nullable.add(row.column);
  }
  for (const row of keys) {
    const table = tables.get(row.table);
    if (!table) continue;
    table.key ??= [];
    table.key.push({ name: row.column, type: row.type });
  }
  return [...tables.values()];
}

export async function listForeignKeys(db: Db): Promise<ForeignKey[]> {
  return queryRows<ForeignKey>(
    db,
    sql`SELECT child.relname AS "child", parent.relname AS "parent",
          ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, position)
                JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
                ORDER BY k.position) AS "columns"
        FROM pg_constraint c
        JOIN pg_class child ON child.oid = c.conrelid
        JOIN pg_class parent ON parent.oid = c.confrelid
        JOIN pg_namespace n ON n.oid = child.relnamespace
        WHERE c.contype = 'f' AND n.nspname = 'public'
        ORDER BY child.relname, c.conname`,
  );
}

export interface LoadPlan {
  /** Tables in an order where every parent comes before its children. */
  order: string[];
  /**
   * Per table, the columns that point at rows that may not exist yet (a self-reference such as
   * people.manager_id, or a cycle between tables): loaded as NULL, filled in once every table is in.
   */
  deferred: Map<string, string[]>;
}

/**
 * Orders the tables by their foreign keys (the graph from pg_constraint). Self-references are
 * always deferred; a cycle between tables is broken at a key whose columns may be NULL. No
 * constraint is disabled or made deferrable on the way: that would need a superuser
 * (`session_replication_role`) or rewriting the schema, and managed PostgreSQL offers neither.
 */
export function planLoad(tables: TableInfo[], foreignKeys: ForeignKey[]): LoadPlan {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const deferred = new Map<string, string[]>();
  const defer = (key: ForeignKey) => {
    const table = byName.get(key.child)!;
    const notNull = key.columns.filter((column) => !table.nullable.has(column));
    if (notNull.length > 0) {
      throw new Error(
        `${key.child}.${notNull.join(', ')} refers to ${key.parent} in a cycle and may not be NULL: no load order exists.`,
      );
    }
    deferred.set(key.child, [...new Set([...(deferred.get(key.child) ?? []), ...key.columns])]);
  };
  let pending = foreignKeys.filter((key) => byName.has(key.child) && byName.has(key.parent));
  for (const key of pending.filter((k) => k.child === k.parent)) defer(key);
  pending = pending.filter((key) => key.child !== key.parent);

  const order: string[] = [];
  const remaining = new Set(tables.map((table) => table.name).sort());
  while (remaining.size > 0) {
    const ready = [...remaining].filter(
      (name) => !pending.some((key) => key.child === name && remaining.has(key.parent)),
    );
    if (ready.length > 0) {
      for (const name of ready) {
        order.push(name);
        remaining.delete(name);
      }
      continue;
    }
    // A cycle: defer one nullable key inside it and try again.
    const breakable = pending.find(
      (key) =>
        remaining.has(key.child) &&
        remaining.has(key.parent) &&
        key.columns.every((column) => byName.get(key.child)!.nullable.has(column)),
    );
    if (!breakable)
      throw new Error(`The tables ${[...remaining].join(', ')} refer to each other: no load order exists.`);
    defer(breakable);
    pending = pending.filter((key) => key !== breakable);
  }
  return { order, deferred };
}

/** Serial and identity columns, whose sequences must continue after the restored rows. */
export async function listSequenceColumns(
  db: Db,
): Promise<{ table: string; column: string; sequence: string }[]> {
  return queryRows(
    db,
    sql`SELECT c.relname AS "table", a.attname AS "column",
          pg_get_serial_sequence(format('public.%I', c.relname), a.attname) AS "sequence"
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND pg_get_serial_sequence(format('public.%I', c.relname), a.attname) IS NOT NULL
        ORDER BY 1, 2`,
  );
}
