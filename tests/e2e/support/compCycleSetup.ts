import type { Page } from 'playwright-core';
import { choose } from './forms';

/**
 * HR's set-up of a drafted pay cycle on its page, as a person fills it: a rate for every currency
 * the demo pays in besides EUR, ratings from the calibrated "H1 performance review", a merit matrix
 * whose rating-3 middle cell targets 2.75 %, a 3 % merit budget — then Save, which the page confirms.
 */
export async function fillCycleSetUp(page: Page, options: { approvalLevels?: string } = {}) {
  for (const [code, rate] of [
    ['GBP', '0.85'],
    ['USD', '1.08'],
  ] as const) {
    // "Currency" alone: the planning currency's field is another one.
    await page
      .getByRole('textbox', { name: 'Currency', exact: true })
      .or(page.getByRole('combobox', { name: 'Currency', exact: true }))
      .first()
      .click();
    await page.getByRole('option', { name: code, exact: true }).click();
    await page.getByRole('button', { name: 'Add rate' }).click();
    await page.getByRole('textbox', { name: `Rate from EUR to ${code}` }).fill(rate);
  }
  await choose(page, page, 'Ratings from review cycle', /H1 performance review/);
  if (options.approvalLevels !== undefined)
    await page.getByRole('textbox', { name: 'Approval levels' }).fill(options.approvalLevels);
  await page.getByTestId('matrix-start').click();
  await page.getByRole('textbox', { name: /^Target % for rating 3, 0.90 to 1.10$/ }).fill('2.75');
  await page.getByRole('radiogroup', { name: 'Merit', exact: true }).getByText('% of base').click();
  await page.getByRole('textbox', { name: 'Percent of eligible base' }).first().fill('3');
  await page.getByTestId('comp-cycle-save').click();
  await page.getByText('Set-up saved').waitFor();
}
