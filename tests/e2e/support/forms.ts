import type { Locator, Page } from 'playwright-core';
import { settle } from './browser';

/** Goes to a page and waits for its one h1 and for loading to end. */
export async function openPage(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await settle(page);
}

/** Picks an option of a Mantine select (or combobox) by the field's label. */
export async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp) {
  await scope
    .getByRole('textbox', { name: label })
    .or(scope.getByRole('combobox', { name: label }))
    .first()
    .click();
  await page.getByRole('option', { name: option }).first().click();
}
