import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { collectPages } from './pages';
import { csvField, type ExportColumn, exportFileName, sheetNameOf, tableCsv, tableXlsx } from './table';

interface Line {
  name: string;
  note: string | null;
  amount: string;
  score: number | null;
}

const columns: readonly ExportColumn<Line>[] = [
  { key: 'name', header: 'Name' },
  { key: 'note', header: 'Note, "quoted"' },
  { key: 'amount', header: 'Amount', numeric: true, numFmt: '0.00' },
  { key: 'score', header: 'Score', numeric: true },
];

const lines: Line[] = [
  { name: '=HYPERLINK("x")', note: 'two\r\nlines', amount: '-1901.24', score: 3 },
  { name: 'Zoë, Ångström', note: null, amount: '0.50', score: null },
  { name: '@SUM(A1)', note: '+1', amount: '12', score: 4.5 },
];

describe('the CSV writer', () => {
  it('writes a BOM, CRLF lines, RFC 4180 quoting, defused formulas and bare numbers', () => {
    const csv = tableCsv(columns, lines);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.slice(1)).toBe(
      [
        'Name,"Note, ""quoted""",Amount,Score',
        `"'=HYPERLINK(""x"")","two\r\nlines",-1901.24,3`,
        '"Zoë, Ångström",,0.50,',
        "'@SUM(A1),'+1,12,4.5",
        '',
      ].join('\r\n'),
    );
  });

  it('guards every character a spreadsheet starts a formula with, in text cells only', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField('-5', true)).toBe('-5');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });
});

describe('the XLSX writer', () => {
  it('reads back with a frozen bold header, numbers as numbers and text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await tableXlsx(columns, lines, 'Cycle: 2026/1 [all]')) as unknown as ArrayBuffer,
    );
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Cycle  2026 1  all ');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getRow(1).values).toEqual([undefined, 'Name', 'Note, "quoted"', 'Amount', 'Score']);
    const first = sheet.getRow(2);
    expect(first.getCell(1).value).toBe('=HYPERLINK("x")');
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(first.getCell(3).value).toBe(-1901.24);
    expect(first.getCell(3).numFmt).toBe('0.00');
    expect(first.getCell(4).value).toBe(3);
    expect(sheet.getRow(3).getCell(2).value).toBeNull();
    expect(sheet.getRow(3).getCell(4).value).toBeNull();
    expect(sheet.rowCount).toBe(4);
  });
});

describe('names', () => {
  it('keeps file names to ASCII letters, digits and dashes, with a fallback', () => {
    expect(exportFileName('goals', 'Q3 / "2026": Team', 'csv')).toBe('goals-Q3-2026-Team.csv');
    expect(exportFileName('payroll', '€€€', 'xlsx', 'cycle')).toBe('payroll-cycle.xlsx');
    expect(sheetNameOf('', 'Export')).toBe('Export');
    expect(sheetNameOf('x'.repeat(40), 'Export')).toHaveLength(31);
  });
});

describe('collectPages', () => {
  const pages = [['a', 'b'], ['c'], ['d', 'e']];
  const read = async (cursor: string | null) => {
    const index = Number(cursor ?? 0);
    return { items: pages[index]!, nextCursor: index + 1 < pages.length ? String(index + 1) : null };
  };

  it('reads every page in order and hands each to onPage', async () => {
    const seen: string[][] = [];
    expect(await collectPages(read, { onPage: async (items) => void seen.push(items) })).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
    expect(seen).toEqual(pages);
  });

  it('refuses an export above the limit rather than cutting it silently', async () => {
    await expect(collectPages(read, { limit: 4 })).rejects.toMatchObject({
      code: 'invalid_state',
      reason: { code: 'exportTooLarge', params: { limit: '4' } },
    });
  });
});
