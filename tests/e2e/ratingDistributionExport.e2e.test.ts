import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import {
  browserForFile,
  demoAccounts,
  openSession,
  screenshot,
  signIn,
  visit,
  wide,
} from './support/browser';

const browser = browserForFile();

/** What the CSV writes for a withheld or empty cell (the server's words, never a number). */
const csvWords = {
  below_threshold: 'below threshold',
  complementary: 'withheld (complementary)',
  no_data: 'no data',
} as const;

interface ShownRow {
  kind: string;
  label: string;
  /** Each figure cell: its text on screen and its state; a row withheld as a whole has one cell. */
  cells: { text: string; state: string | null; span: number }[];
}

/** The first number in a cell's text as the screen writes it ("41%", "1,204", "−0.3"). */
function numberOf(text: string): { value: number; decimals: number } | null {
  const match = text.replace(/\u2212/g, '-').match(/-?\d[\d,]*(?:\.\d+)?/);
  if (!match) return null;
  const plain = match[0].replace(/,/g, '');
  return { value: Number(plain), decimals: plain.split('.')[1]?.length ?? 0 };
}

test('HR opens the rating distribution by department as a table and downloads the same cells as CSV', async () => {
  const { page, close } = await openSession(browser(), wide);
  await signIn(page, demoAccounts.hr);
  await visit(page, '/insights/now');

  const card = page.getByTestId('metric-rating_distribution_department');
  await card.scrollIntoViewIfNeeded();
  await expect
    .poll(async () => card.getByRole('heading', { name: 'Rating distribution by department' }).count())
    .toBe(1);
  // Chart first; the view switch turns it into the table.
  await card
    .getByTestId('metric-rating_distribution_department-view')
    .getByText('Table', { exact: true })
    .click();
  const table = card.getByTestId('metric-rating_distribution_department-table');
  await table.waitFor({ state: 'visible' });

  const shown = await table.evaluate((element) => {
    const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const header = [...element.querySelectorAll('thead th')].map(text);
    const rows = [...element.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({
      kind: tr.getAttribute('data-row') ?? 'row',
      label: text(tr.querySelector('th')!),
      cells: [...tr.querySelectorAll('td')].map((td) => ({
        text: text(td),
        state: td.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
        span: Number(td.getAttribute('colspan') ?? 1),
      })),
    }));
    return { header, rows };
  });
  expect(shown.rows.length).toBeGreaterThan(0);

  await expectNoBlockingViolations(page, 'Insights → Now, rating distribution as a table');
  // The card from its title down (the fixed header would cover its first lines).
  await card.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -72));
  await screenshot(page, 'rating-distribution-table', 'viewport');

  // The download, through the card's own CSV button.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('metric-rating_distribution_department-csv').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^analytics-rating_distribution_department-.*\.csv$/);
  const text = await readFile((await download.path())!, 'utf8');
  const [csvHeader, ...records] = parse(text.replace(/^\uFEFF/, '')) as string[][];

  // Columns: the group, the table's figure columns (same names, a unit suffix at most), then
  // people, grouping and the snapshot's time.
  // The table's last column is the group size, "People (n)".
  const perRow = shown.header.at(-1)?.startsWith('People') ?? false;
  const figureHeaders = shown.header.slice(1, perRow ? -1 : undefined);
  expect(csvHeader![0]).toBe('Group');
  figureHeaders.forEach((label, i) => {
    expect(csvHeader![i + 1]!.startsWith(label), `${csvHeader![i + 1]} vs ${label}`).toBe(true);
  });
  const peopleColumn = csvHeader!.indexOf('People');

  // Rows: the table's groups and total, in the same order, then the guideline when there is one.
  const groups: ShownRow[] = shown.rows.filter((row) => row.kind === 'row' || row.kind === 'total');
  // Group names match, the total row's included ("All in scope" on the English page and in the file).
  expect(records.slice(0, groups.length).map((r) => r[0])).toEqual(groups.map((row) => row.label));
  expect(groups.filter((row) => row.kind === 'total').length).toBeLessThanOrEqual(1);
  expect(records.slice(groups.length).every((r) => r[0] === 'Guideline')).toBe(true);

  let withheld = 0;
  let figures = 0;
  groups.forEach((row, r) => {
    const record = records[r]!;
    const values = record.slice(1, 1 + figureHeaders.length);
    const whole = row.cells.length === 1 && row.cells[0]!.span > 1 ? row.cells[0]! : null;
    if (whole) {
      // A group withheld as a whole: every figure of its line says why, in words.
      expect(whole.state, row.label).toMatch(/^(below_threshold|complementary)$/);
      const words = csvWords[whole.state as keyof typeof csvWords];
      expect(values, row.label).toEqual(values.map(() => words));
      expect(record[peopleColumn], row.label).toBe(words);
      withheld += values.length;
      return;
    }
    if (perRow) {
      // The group size: a number on both sides (empty on screen where the file says why).
      const size = row.cells.at(-1)!.text;
      if (size) expect(record[peopleColumn], row.label).toBe(size.replace(/,/g, ''));
    }
    values.forEach((csvValue, c) => {
      const cell = row.cells[c]!;
      const where = `${row.label} / ${figureHeaders[c]}: screen "${cell.text}", CSV "${csvValue}"`;
      if (cell.state === 'shown') {
        const onScreen = numberOf(cell.text);
        expect(onScreen, where).not.toBeNull();
        expect(Number.isNaN(Number(csvValue)), where).toBe(false);
        // The screen rounds; the file keeps the figure. They agree to the screen's precision.
        expect(Math.abs(Number(csvValue) - onScreen!.value), where).toBeLessThanOrEqual(
          0.5 * 10 ** -onScreen!.decimals + 1e-9,
        );
        figures += 1;
      } else {
        expect(csvValue, where).toBe(csvWords[(cell.state ?? 'no_data') as keyof typeof csvWords]);
        if (cell.state !== 'no_data') withheld += 1;
      }
    });
  });
  expect(figures, 'shown figures compared').toBeGreaterThan(0);
  expect(withheld, 'withheld cells compared').toBeGreaterThan(0);
  await close();
});
