import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type SQL, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../db/client';
import { type DataClass, tableClassification } from './registry';
import { registerCanary } from './scanner';

/**
 * Test helper: plants a canary in every text and jsonb column of the tables the registry puts in
 * the given classes, for the given organisations, so that response scans can tell where each
 * class's content travels. The columns come from the live schema (information_schema), not from
 * column names; a column is left out only when the schema says a suffix would change what the value
 * means, and each such column is listed in `skipped` with the reason:
 *   - a CHECK constraint on the column, or membership in a primary or foreign key;
 *   - a Drizzle `text(…, { enum })` declaration (a state or kind, not content);
 *   - a response field of the same name whose output schema (the OpenAPI document generated from
 *     the zod response schemas) is an enum, constant, pattern or format.
 * A length limit (varchar(n) or a response `maxLength`) plants only values the canary still fits.
 * Rows are those of the given organisations (through foreign keys for tables without
 * `organization_id`). Planting is one SQL statement for all text columns plus one write per new
 * jsonb value, guarded per column so a value never gets the canary twice: call `plant()` after every
 * step that creates records. A statement the database refuses throws.
 */

export interface PlantedColumn {
  table: string;
  column: string;
  dataClass: DataClass;
  kind: 'text' | 'jsonb';
  canary: string;
  /** The longest value the column or its response field accepts, when either sets one. */
  maxLength?: number;
}

export interface SkippedColumn {
  /** `table.column` */
  column: string;
  reason: string;
}

export interface CanaryPlanting {
  planted: PlantedColumn[];
  skipped: SkippedColumn[];
  /** Per requested class, the tables the registry puts in it (empty: nothing to plant). */
  tablesByClass: Partial<Record<DataClass, string[]>>;
  /** Tables that name no person, directly or through their parents (organisation-wide definitions). */
  organizationTables: string[];
  /** Appends the canaries where they are missing; throws when the database refuses a value. */
  plant(): Promise<void>;
  /** Per planted `table.column`: how many rows of the organisations carry its canary now. */
  plantedRows(): Promise<Record<string, number>>;
}

/** Field name → the constraints its string values have anywhere in the API's 2xx response schemas. */
export type ResponseFieldConstraints = Map<string, Set<string>>;

const classTag: Partial<Record<DataClass, string>> = {
  development: 'dev',
  confidential: 'conf',
  anonymous: 'anon',
  talent: 'tal',
  compensation: 'comp',
};

export async function prepareCanaryPlanting(
  db: Db,
  options: { organizationIds: string[]; classes: DataClass[]; responseFields: ResponseFieldConstraints },
): Promise<CanaryPlanting> {
  const tablesByClass: Partial<Record<DataClass, string[]>> = {};
  for (const dataClass of options.classes) {
    tablesByClass[dataClass] = Object.entries(tableClassification)
      .filter(([, entry]) => entry.dataClass === dataClass)
      .map(([table]) => table)
      .sort();
  }
  const tables = Object.values(tablesByClass).flat();
  const catalog = await readCatalog(db);
  const enums = await drizzleEnumColumns();
  const planted: PlantedColumn[] = [];
  const skipped: SkippedColumn[] = [];
  const organizationTables: string[] = [];

  for (const table of tables) {
    const info = catalog.tables.get(table);
    if (!info) throw new Error(`${table} is classified but not in the database`);
    if (!reachesPeople(table, catalog)) organizationTables.push(table);
    const dataClass = tableClassification[table]!.dataClass;
    for (const column of info.columns) {
      const name = `${table}.${column.name}`;
      if (!['text', 'character varying', 'jsonb', 'ARRAY', 'json'].includes(column.dataType)) continue;
      const reason = skipReason(column, enums.get(name), options.responseFields.get(camel(column.name)));
      if (reason) {
        skipped.push({ column: name, reason });
        continue;
      }
      const responseMax = maxLengthOf(options.responseFields.get(camel(column.name)));
      const limits = [column.maxLength, responseMax].filter((n): n is number => typeof n === 'number');
      const canary = `cnry-${classTag[dataClass] ?? dataClass}-${Math.random().toString(36).slice(2, 8)}`;
      registerCanary(dataClass, canary, {
        label: name,
        scope: organizationTables.includes(table) ? 'organization' : 'person',
      });
      planted.push({
        table,
        column: column.name,
        dataClass,
        kind: column.dataType === 'jsonb' ? 'jsonb' : 'text',
        canary,
        ...(limits.length ? { maxLength: Math.min(...limits) } : {}),
      });
    }
  }

  const byTable = new Map<string, PlantedColumn[]>();
  for (const column of planted) byTable.set(column.table, [...(byTable.get(column.table) ?? []), column]);
  const scopes = new Map(
    [...byTable.keys()].map((table) => [table, scopeOf(table, catalog, options.organizationIds)]),
  );
  const statement = plantStatement(byTable, scopes, catalog);
  const canaryOf = new Map(planted.map((c) => [`${c.table}.${c.column}`, c.canary]));

  return {
    planted,
    skipped,
    tablesByClass,
    organizationTables: organizationTables.sort(),
    async plant() {
      if (!statement) return;
      try {
        const pending = await queryRows<{ table: string; column: string; key: string; value: string }>(
          db,
          statement,
        );
        for (const row of pending) {
          const value = plantInJson(JSON.parse(row.value), canaryOf.get(`${row.table}.${row.column}`)!);
          await db.execute(
            sql`UPDATE ${sql.identifier(row.table)} SET ${sql.identifier(row.column)} = ${JSON.stringify(value)}::jsonb
                 WHERE ${sql.identifier(primaryKeyOf(row.table, catalog))}::text = ${row.key}`,
          );
        }
      } catch (error) {
        // The query text is long; the database's own message says what went wrong.
        const cause = (error as { cause?: { message?: string; where?: string } }).cause;
        throw new Error(
          `canary planting failed: ${cause?.message ?? (error as Error).message} ${cause?.where ?? ''}`,
        );
      }
    },
    async plantedRows() {
      const counts: Record<string, number> = {};
      for (const [table, columns] of byTable) {
        const [row] = await queryRows<Record<string, number | string>>(
          db,
          sql`SELECT ${sql.join(
            columns.map(
              (c, i) =>
                sql`count(*) FILTER (WHERE strpos(${textOf(c)}, ${c.canary}) > 0) AS ${sql.identifier(`c${i}`)}`,
            ),
            sql`, `,
          )} FROM ${sql.identifier(table)} WHERE ${scopes.get(table)!}`,
        );
        columns.forEach((c, i) => {
          counts[`${table}.${c.column}`] = Number(row?.[`c${i}`] ?? 0);
        });
      }
      return counts;
    },
  };
}

function skipReason(
  column: CatalogColumn,
  enumValues: string[] | undefined,
  response: Set<string> | undefined,
): string | null {
  if (column.dataType === 'ARRAY' || column.dataType === 'json')
    return `${column.dataType} column: planting covers text and jsonb only`;
  if (column.checks.length) return `CHECK constraint ${column.checks.join(', ')}`;
  if (column.keys.length) return `key column (${column.keys.join(', ')})`;
  if (enumValues) return `enum in the table schema (${enumValues.join(', ')})`;
  const fixed = [...(response ?? [])].filter((c) => !c.startsWith('maxLength'));
  if (fixed.length)
    return `response field "${camel(column.name)}" is ${fixed.join(', ')} in the output schema`;
  return null;
}

const maxLengthOf = (constraints: Set<string> | undefined) => {
  const limits = [...(constraints ?? [])]
    .filter((c) => c.startsWith('maxLength='))
    .map((c) => Number(c.slice('maxLength='.length)));
  return limits.length ? Math.min(...limits) : undefined;
};

const camel = (name: string) => name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const textOf = (c: PlantedColumn) =>
  c.kind === 'jsonb' ? sql`${sql.identifier(c.column)}::text` : sql`${sql.identifier(c.column)}`;

/**
 * One statement for every table (data-modifying CTEs), so planting after each matrix case costs
 * one round trip. Each column gets its canary once: rows already carrying it are left alone. Text
 * columns are planted in SQL; the statement returns the jsonb values still to plant (rare: only new
 * rows), which are rewritten in JS — a canary appended to every string value, never to a key — and
 * written back by primary key.
 */
function plantStatement(
  byTable: Map<string, PlantedColumn[]>,
  scopes: Map<string, SQL>,
  catalog: Catalog,
): SQL | null {
  const updates: SQL[] = [];
  const jsonbCandidates: SQL[] = [];
  [...byTable].forEach(([table, columns], i) => {
    const texts = columns.filter((c) => c.kind === 'text');
    const missing = (c: PlantedColumn) => {
      const fits = c.maxLength
        ? sql` AND length(${textOf(c)}) + ${c.canary.length + 1} <= ${c.maxLength}`
        : sql``;
      return sql`(${sql.identifier(c.column)} IS NOT NULL AND strpos(${textOf(c)}, ${c.canary}) = 0${fits})`;
    };
    if (texts.length) {
      const assignments = texts.map(
        (c) =>
          sql`${sql.identifier(c.column)} = CASE WHEN ${missing(c)} THEN ${sql.identifier(c.column)} || ${` ${c.canary}`} ELSE ${sql.identifier(c.column)} END`,
      );
      updates.push(
        sql`${sql.identifier(`planted_${i}`)} AS (UPDATE ${sql.identifier(table)} SET ${sql.join(assignments, sql`, `)} WHERE ${scopes.get(table)!} AND (${sql.join(texts.map(missing), sql` OR `)}) RETURNING 1)`,
      );
    }
    for (const c of columns.filter((column) => column.kind === 'jsonb')) {
      const key = primaryKeyOf(table, catalog);
      jsonbCandidates.push(
        sql`SELECT ${table} AS "table", ${c.column} AS "column", ${sql.identifier(key)}::text AS "key", ${textOf(c)} AS "value"
              FROM ${sql.identifier(table)}
             WHERE ${scopes.get(table)!} AND ${missing(c)}
               AND jsonb_path_exists(${sql.identifier(c.column)}, '$.** ? (@.type() == "string")')`,
      );
    }
  });
  if (!updates.length && !jsonbCandidates.length) return null;
  const select = jsonbCandidates.length
    ? sql.join(jsonbCandidates, sql` UNION ALL `)
    : sql`SELECT NULL::text AS "table", NULL::text AS "column", NULL::text AS "key", NULL::text AS "value" WHERE false`;
  return updates.length ? sql`WITH ${sql.join(updates, sql`, `)} ${select}` : select;
}

function primaryKeyOf(table: string, catalog: Catalog): string {
  const key = catalog.tables.get(table)?.primaryKey ?? [];
  if (key.length !== 1) throw new Error(`${table}: planting a jsonb column needs a one-column primary key`);
  return key[0]!;
}

/** Appends the canary to every string value of a JSON document (keys stay as they are). */
export function plantInJson(value: unknown, canary: string): unknown {
  if (typeof value === 'string') return `${value} ${canary}`;
  if (Array.isArray(value)) return value.map((item) => plantInJson(item, canary));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plantInJson(item, canary)]));
  return value;
}

// ---- the schema, read from the live database and the Drizzle table definitions ----

interface CatalogColumn {
  name: string;
  dataType: string;
  maxLength: number | null;
  checks: string[];
  keys: string[];
}
interface CatalogTable {
  columns: CatalogColumn[];
  hasOrganization: boolean;
  primaryKey: string[];
  /** Single-column foreign keys: column → referenced table and column. */
  foreignKeys: { column: string; table: string; refColumn: string }[];
}
interface Catalog {
  tables: Map<string, CatalogTable>;
}

async function readCatalog(db: Db): Promise<Catalog> {
  const columns = await queryRows<{
    table_name: string;
    column_name: string;
    data_type: string;
    character_maximum_length: number | null;
  }>(
    db,
    sql`SELECT table_name, column_name, data_type, character_maximum_length
          FROM information_schema.columns WHERE table_schema = 'public' ORDER BY table_name, ordinal_position`,
  );
  const constraints = await queryRows<{
    table_name: string;
    conname: string;
    contype: string;
    columns: string[] | string;
    ref_table: string | null;
    ref_columns: string[] | string | null;
  }>(
    db,
    sql`SELECT c.relname AS table_name, con.conname, con.contype::text AS contype,
               ARRAY(SELECT a.attname::text FROM unnest(con.conkey) k JOIN pg_attribute a
                       ON a.attrelid = con.conrelid AND a.attnum = k) AS columns,
               r.relname::text AS ref_table,
               ARRAY(SELECT a.attname::text FROM unnest(con.confkey) k JOIN pg_attribute a
                       ON a.attrelid = con.confrelid AND a.attnum = k) AS ref_columns
          FROM pg_constraint con
          JOIN pg_class c ON c.oid = con.conrelid
          JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
          LEFT JOIN pg_class r ON r.oid = con.confrelid
         WHERE con.contype IN ('c', 'p', 'f')`,
  );
  const tables = new Map<string, CatalogTable>();
  for (const c of columns) {
    const table = tables.get(c.table_name) ?? {
      columns: [],
      hasOrganization: false,
      primaryKey: [],
      foreignKeys: [],
    };
    tables.set(c.table_name, table);
    if (c.column_name === 'organization_id') table.hasOrganization = true;
    table.columns.push({
      name: c.column_name,
      dataType: c.data_type,
      maxLength: c.character_maximum_length === null ? null : Number(c.character_maximum_length),
      checks: [],
      keys: [],
    });
  }
  for (const con of constraints) {
    const table = tables.get(con.table_name);
    if (!table) continue;
    const cols = pgArray(con.columns);
    for (const name of cols) {
      const column = table.columns.find((c) => c.name === name);
      if (!column) continue;
      if (con.contype === 'c') column.checks.push(con.conname);
      else column.keys.push(con.conname);
    }
    if (con.contype === 'p') table.primaryKey = cols;
    const refs = pgArray(con.ref_columns);
    if (con.contype === 'f' && cols.length === 1 && con.ref_table && refs.length === 1)
      table.foreignKeys.push({ column: cols[0]!, table: con.ref_table, refColumn: refs[0]! });
  }
  return { tables };
}

/** node-postgres parses name[] columns; PGlite may hand back the `{a,b}` text form. */
const pgArray = (value: string[] | string | null): string[] =>
  value === null
    ? []
    : Array.isArray(value)
      ? value
      : value
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean);

/** A table names a person when a chain of foreign keys leads from it to `people`. */
function reachesPeople(table: string, catalog: Catalog, seen = new Set<string>()): boolean {
  if (seen.has(table)) return false;
  seen.add(table);
  return (catalog.tables.get(table)?.foreignKeys ?? []).some(
    (fk) => fk.table === 'people' || reachesPeople(fk.table, catalog, seen),
  );
}

/** Rows of the organisations: by `organization_id`, or through the foreign keys to a parent that has one. */
function scopeOf(table: string, catalog: Catalog, organizationIds: string[], depth = 0): SQL {
  const info = catalog.tables.get(table);
  const ids = sql.join(
    organizationIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  if (info?.hasOrganization) return sql`organization_id IN (${ids})`;
  if (info && depth < 4) {
    for (const fk of info.foreignKeys) {
      if (fk.table === 'people' || fk.table === table) continue;
      try {
        const parent = scopeOf(fk.table, catalog, organizationIds, depth + 1);
        return sql`${sql.identifier(fk.column)} IN (SELECT ${sql.identifier(fk.refColumn)} FROM ${sql.identifier(fk.table)} WHERE ${parent})`;
      } catch {
        // try the next foreign key
      }
    }
  }
  throw new Error(`${table}: no organization_id and no foreign key leads to a table with one`);
}

/** `table.column` → values of every Drizzle `text(…, { enum })` column in the server's tables.ts files. */
async function drizzleEnumColumns(): Promise<Map<string, string[]>> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const files = readdirSync(root, { recursive: true })
    .map(String)
    .filter((file) => /(^|\/)tables\.ts$/.test(file));
  const result = new Map<string, string[]>();
  for (const file of files) {
    const module: Record<string, unknown> = await import(`${root}${file}`);
    for (const value of Object.values(module)) {
      if (!(value instanceof PgTable)) continue;
      const config = getTableConfig(value);
      for (const column of config.columns) {
        const values = (column as { enumValues?: string[] }).enumValues;
        if (values?.length) result.set(`${config.name}.${column.name}`, [...values]);
      }
    }
  }
  return result;
}

/**
 * Reads the output side of the OpenAPI document (2xx response schemas, generated from the routes'
 * zod response schemas): for every property name, the constraints its string values carry.
 */
export function responseFieldConstraints(openApi: unknown): ResponseFieldConstraints {
  const doc = openApi as { paths?: Record<string, Record<string, { responses?: Record<string, unknown> }>> };
  const fields: ResponseFieldConstraints = new Map();
  const resolve = (ref: string): unknown =>
    ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], openApi);
  const constraintsOf = (schema: Record<string, unknown>, out: Set<string>, seen: Set<unknown>) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    if (typeof schema.$ref === 'string') {
      constraintsOf(resolve(schema.$ref) as Record<string, unknown>, out, seen);
      return;
    }
    if (Array.isArray(schema.enum)) out.add('an enum');
    if ('const' in schema) out.add('a constant');
    if (typeof schema.pattern === 'string') out.add('a pattern');
    if (typeof schema.format === 'string') out.add(`format ${schema.format}`);
    if (typeof schema.maxLength === 'number') out.add(`maxLength=${schema.maxLength}`);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const)
      for (const part of (schema[key] as Record<string, unknown>[] | undefined) ?? [])
        constraintsOf(part, out, seen);
    if (schema.items && typeof schema.items === 'object')
      constraintsOf(schema.items as Record<string, unknown>, out, seen);
  };
  const visit = (node: unknown, seen: Set<unknown>) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const schema = node as Record<string, unknown>;
    if (typeof schema.$ref === 'string') visit(resolve(schema.$ref), seen);
    if (schema.properties && typeof schema.properties === 'object') {
      for (const [name, property] of Object.entries(schema.properties as Record<string, unknown>)) {
        const set = fields.get(name) ?? new Set<string>();
        fields.set(name, set);
        if (property && typeof property === 'object')
          constraintsOf(property as Record<string, unknown>, set, new Set());
      }
    }
    for (const child of Object.values(schema)) visit(child, seen);
  };
  for (const operations of Object.values(doc.paths ?? {}))
    for (const operation of Object.values(operations))
      for (const [status, response] of Object.entries(operation.responses ?? {}))
        if (status.startsWith('2')) visit(response, new Set());
  return fields;
}
