import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';

/**
 * The one writer of tabular exports (CSV and XLSX) behind every "Download" button: payroll, goals,
 * review status, calibration, pay outcomes, analytics tables. A domain presents its rows (plain
 * objects, only the fields the screen shows that caller), declares the columns, and hands both here.
 *
 *   const columns = [{ key: 'name', header: 'Name' }, { key: 'score', header: 'Score', numeric: true }];
 *   const csv = tableCsv(columns, rows);              // string, BOM + CRLF
 *   const xlsx = await tableXlsx(columns, rows, 'Ratings');   // Buffer
 *   sendTable(reply, { format: 'csv', fileName: exportFileName('goals', 'Q3'), columns, rows });
 */

/** A cell value: text, a number (or an exact decimal string of a numeric column), or empty. */
export type CellValue = string | number | null | undefined;

export interface ExportColumn<Row> {
  key: keyof Row & string;
  /** The column's title in the header row (English, as the other exports). */
  header: string;
  /**
   * A number column: written bare in CSV (a leading minus is a sign, not a formula) and as a number
   * cell in XLSX. A value may be a number or an exact decimal string ("1234.50").
   */
  numeric?: boolean;
  /** XLSX number format of a numeric column ("0.00"), fixed or per row (a currency's digits). */
  numFmt?: string | ((row: Row) => string);
}

export type ExportFormat = 'csv' | 'xlsx';

/** The most rows one export holds; a bigger one is refused with a message to narrow its filters. */
export const MAX_EXPORT_ROWS = 10_000;

/** A text cell starting like this would run as a formula in a spreadsheet (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

const asText = (value: CellValue) => (value === null || value === undefined ? '' : String(value));

/**
 * One CSV field (RFC 4180): a text cell a spreadsheet would run as a formula is prefixed with an
 * apostrophe; a field with a quote, comma or line break is quoted, quotes doubled.
 */
export function csvField(value: CellValue, numeric = false): string {
  const text = asText(value);
  const safe = !numeric && FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** RFC 4180 CSV: UTF-8 byte-order mark (Excel reads names right), a header row, CRLF after each line. */
export function tableCsv<Row>(columns: readonly ExportColumn<Row>[], rows: readonly Row[]): string {
  const header = columns.map((column) => csvField(column.header)).join(',');
  const body = rows.map((row) =>
    columns.map((column) => csvField(row[column.key] as CellValue, column.numeric)).join(','),
  );
  return `\uFEFF${[header, ...body].join('\r\n')}\r\n`;
}

/** A worksheet name Excel accepts: no \ / ? * [ ] :, at most 31 characters. */
export const sheetNameOf = (name: string, fallback: string) =>
  name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || fallback;

/**
 * The same table as an XLSX workbook (exceljs): one sheet, bold frozen header, numeric columns as
 * number cells (empty stays empty), text as text. A text cell is never a formula in XLSX, so it
 * needs no guard.
 */
export async function tableXlsx<Row>(
  columns: readonly ExportColumn<Row>[],
  rows: readonly Row[],
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Trellis';
  const sheet = workbook.addWorksheet(sheetNameOf(sheetName, 'Export'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map(({ key, header }) => ({ key, header, width: Math.max(12, header.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, string | number | null> = {};
    for (const column of columns) {
      const value = row[column.key] as CellValue;
      if (value === null || value === undefined || value === '') values[column.key] = null;
      else values[column.key] = column.numeric ? Number(value) : String(value);
    }
    const added = sheet.addRow(values);
    for (const column of columns) {
      if (!column.numeric || !column.numFmt) continue;
      added.getCell(column.key).numFmt =
        typeof column.numFmt === 'function' ? column.numFmt(row) : column.numFmt;
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A download's file name: `prefix-name.ext`, the name (a cycle's, a session's) reduced to ASCII
 * letters, digits and dashes so it is safe in a header and on every file system.
 */
export const exportFileName = (prefix: string, name: string, extension: ExportFormat, fallback = 'export') =>
  `${prefix}-${
    name
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  }.${extension}`;

const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Sends a table as an attachment that no cache keeps. */
export async function sendTable<Row>(
  reply: FastifyReply,
  table: {
    format: ExportFormat;
    fileName: string;
    columns: readonly ExportColumn<Row>[];
    rows: readonly Row[];
    /** The XLSX sheet's name. */
    sheetName?: string;
  },
) {
  const body =
    table.format === 'csv'
      ? tableCsv(table.columns, table.rows)
      : await tableXlsx(table.columns, table.rows, table.sheetName ?? 'Export');
  return reply
    .type(contentTypes[table.format])
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename="${table.fileName}"`)
    .send(body);
}
