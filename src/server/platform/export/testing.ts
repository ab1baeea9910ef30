import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A CSV download's records (header row first), read back as a spreadsheet would, BOM dropped. */
export function csvRecords(text: string): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { relaxColumnCount: false }) as string[][];
}

/** An XLSX download's first sheet as rows of cell values (header row first). */
export async function xlsxRows(buffer: ArrayBuffer): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer);
  const rows: unknown[][] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1));
  });
  return rows;
}
