import { type SQL, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../platform/db/client';

interface TableShape {
  table: string;
  /** Text-like columns (text, varchar, jsonb, arrays), scanned as text. */
  textColumns: string[];
  /** Rows of the organisation, or null for tables that belong to no organisation. */
  filter: SQL | null;
}

/**
 * Every table of the database with the condition that selects one organisation's rows: its own
 * `organization_id`, or a foreign key chain up to a table that has one (a 360 answer through its
 * response and request). Read from the catalogue, so a new table is scanned without being listed.
 * Scans stay inside the organisation: on the shared PostgreSQL test database they never grow with
 * what other test files left behind.
 */
export async function organizationTables(db: Db, organizationId: string): Promise<TableShape[]> {
  const columns = await queryRows<{ table: string; column: string; type: string }>(
    db,
    sql`SELECT table_name AS "table", column_name AS "column", data_type AS type
        FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const keys = await queryRows<{ table: string; column: string; parent: string; parentColumn: string }>(
    db,
    sql`SELECT rel.relname AS "table", a.attname AS "column", prel.relname AS parent, pa.attname AS "parentColumn"
        FROM pg_constraint c
        JOIN pg_class rel ON rel.oid = c.conrelid
        JOIN pg_namespace n ON n.oid = rel.relnamespace AND n.nspname = 'public'
        JOIN pg_class prel ON prel.oid = c.confrelid
        JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
        JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
        WHERE c.contype = 'f' AND array_length(c.conkey, 1) = 1`,
  );
  const byTable = new Map<string, { column: string; type: string }[]>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  const filters = new Map<string, SQL | null>();
  const filterOf = (table: string, seen: Set<string>): SQL | null => {
    if (filters.has(table)) return filters.get(table)!;
    if (table === 'organizations') return sql`id = ${organizationId}`;
    if (byTable.get(table)?.some((c) => c.column === 'organization_id'))
      return sql`organization_id = ${organizationId}`;
    for (const key of keys.filter((k) => k.table === table && !seen.has(k.parent))) {
      const parent = filterOf(key.parent, new Set([...seen, table]));
      if (parent)
        return sql`${sql.identifier(key.column)} IN (SELECT ${sql.identifier(key.parentColumn)} FROM ${sql.identifier(key.parent)} WHERE ${parent})`;
    }
    return null;
  };
  return [...byTable.entries()].map(([table, cols]) => {
    const filter = filterOf(table, new Set([table]));
    filters.set(table, filter);
    return {
      table,
      textColumns: cols
        .filter((c) => ['text', 'character varying', 'jsonb', 'json', 'ARRAY'].includes(c.type))
        .map((c) => c.column),
      filter,
    };
  });
}

/** Which of `needles` occur (case-insensitively) in any text or JSON column of the organisation's rows. */
export async function findInOrganization(db: Db, organizationId: string, needles: string[]) {
  const found = new Map<string, string[]>();
  for (const { table, textColumns, filter } of await organizationTables(db, organizationId)) {
    if (!filter || textColumns.length === 0) continue;
    const text = sql.join(
      textColumns.map((c) => sql`coalesce(${sql.identifier(c)}::text, '')`),
      sql` || ' ' || `,
    );
    const list = sql`ARRAY[${sql.join(
      needles.map((n) => sql`${n.toLowerCase()}`),
      sql`, `,
    )}]::text[]`;
    const hits = await queryRows<{ needle: string }>(
      db,
      sql`SELECT needle FROM unnest(${list}) AS needle WHERE EXISTS (
            SELECT 1 FROM ${sql.identifier(table)} WHERE ${filter} AND strpos(lower(${text}), needle) > 0)`,
    );
    for (const { needle } of hits) found.set(needle, [...(found.get(needle) ?? []), table]);
  }
  return found;
}

/** A fingerprint of every organisation row (count and checksum per table): equal means nothing changed. */
export async function organizationFingerprint(db: Db, organizationId: string) {
  const fingerprint: Record<string, string> = {};
  for (const { table, filter } of await organizationTables(db, organizationId)) {
    if (!filter) continue;
    const [row] = await queryRows<{ n: number; sum: string | null }>(
      db,
      sql`SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS sum
          FROM ${sql.identifier(table)} t WHERE ${filter}`,
    );
    fingerprint[table] = `${row?.n}:${row?.sum}`;
  }
  return fingerprint;
}
