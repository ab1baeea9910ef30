import { sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/client';

export interface ColumnValue<Row> {
  column: PgColumn;
  value: (row: Row) => string | number | boolean | readonly string[] | null;
}

const rowsPerStatement = 10_000;

/**
 * Inserts many rows with one statement per 10,000 rows by sending each column as a single array
 * parameter and turning the arrays back into rows with `unnest`. Compared with a multi-row VALUES
 * list this keeps the bind-parameter count tiny (no 65,535 limit) and skips building a SQL text with
 * a placeholder per value, which is where most of the time of a 100,000-person seed went.
 * Rows keep their order, so a manager listed before their reports is inserted first.
 */
export async function bulkInsert<Row>(
  tx: Db,
  table: PgTable,
  columns: readonly ColumnValue<Row>[],
  rows: readonly Row[],
): Promise<void> {
  const tableName = getTableConfig(table).name;
  const types = columns.map(({ column }) => column.getSQLType());
  const targetList = sql.join(
    columns.map(({ column }) => sql.identifier(column.name)),
    sql`, `,
  );
  const aliases = columns.map((_, index) => `c${index}`);
  // unnest flattens arrays of arrays, so array-typed columns travel as array literals in text and are cast back.
  const selectList = sql.raw(
    types
      .map((type, index) => (type.endsWith('[]') ? `${aliases[index]}::${type}` : aliases[index]))
      .join(', '),
  );
  for (let start = 0; start < rows.length; start += rowsPerStatement) {
    const batch = rows.slice(start, start + rowsPerStatement);
    const arrays = columns.map(({ value }, index) => {
      const type = types[index]!;
      const isArrayColumn = type.endsWith('[]');
      const values = batch.map((row) => {
        const cell = value(row);
        return isArrayColumn && Array.isArray(cell) ? arrayLiteral(cell) : cell;
      });
      return sql`${sql.param(values)}::${sql.raw(isArrayColumn ? 'text' : type)}[]`;
    });
    await tx.execute(
      sql`INSERT INTO ${sql.identifier(tableName)} (${targetList}) SELECT ${selectList} FROM unnest(${sql.join(arrays, sql`, `)}) AS u(${sql.raw(aliases.join(', '))})`,
    );
  }
}

/** A PostgreSQL array literal such as {"hr_admin","coach"}. */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/[\\"]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
