import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { browserForFile, demoAccounts, loginAs, openSession, settle } from './support/browser';

/*
 * The built app under its real Content-Security-Policy (script-src 'self', no inline script, no
 * eval): no page reports a violation, neither as a `securitypolicyviolation` event nor in the
 * browser's console log (where Chromium writes them, outside console.* calls).
 */

const browser = browserForFile();

async function watchViolations(page: Page): Promise<string[]> {
  const reports: string[] = [];
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Log.enable');
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (/content security policy/i.test(entry.text)) reports.push(entry.text);
  });
  page.on('console', (message) => {
    if (/content security policy/i.test(message.text())) reports.push(message.text());
  });
  return reports;
}

async function violationsOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

describe('Content-Security-Policy without unsafe-inline', () => {
  test('the policy allows scripts from this origin only', async () => {
    const session = await openSession(browser());
    const response = await session.page.goto('/login');
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self'(;|$)/);
    expect(policy.split(';').find((d) => d.startsWith('script-src '))).not.toMatch(/unsafe-(inline|eval)/);
    await session.close();
  });

  test('sign-in page, signed-in pages and the API docs report no violation', async () => {
    const session = await openSession(browser());
    const { page } = session;
    const logged = await watchViolations(page);

    await page.goto('/login');
    await settle(page);
    expect(await violationsOnPage(page), 'sign-in page').toEqual([]);

    await loginAs(page, demoAccounts.hr);
    await settle(page);
    expect(await violationsOnPage(page), 'home').toEqual([]);
    for (const path of ['/people', '/performance', '/admin/audit']) {
      await page.goto(path);
      await settle(page);
      expect(await violationsOnPage(page), path).toEqual([]);
    }

    await page.goto('/api/docs');
    // Rendered by Swagger UI's scripts once it has the OpenAPI document (the first one takes a while).
    await page.locator('.swagger-ui .opblock').first().waitFor({ state: 'attached', timeout: 60_000 });
    expect(await violationsOnPage(page), '/api/docs').toEqual([]);

    expect(logged).toEqual([]);
    await session.close();
  }, 150_000);
});
