import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { expectNoBlockingViolations } from './support/axe';
import { desktop, launchBrowser, openSession, phone, screenshot, type Viewport } from './support/browser';
import { type AppPage, appPages, openAppPage } from './support/pages';

/** The pages also checked at phone size, where the layout differs most. */
const phonePages = new Set([
  'login',
  'home',
  'people-directory',
  'profile-own',
  'performance-cycle-dashboard',
  'performance-improvement-plan',
  'performance-comp-planning-grid',
  'performance-comp-approvals',
  'insights-now',
  'insights-next-manager',
]);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function scan(target: AppPage, viewport: Viewport, size: string) {
  const session = await openSession(browser, viewport);
  await openAppPage(session.page, target);
  await screenshot(session.page, `${target.name}-${size}`, target.screenshot);
  await expectNoBlockingViolations(session.page, `${target.name} (${size}, as ${target.as ?? 'signed out'})`);
  await session.close();
}

describe('no serious or critical axe violations (WCAG 2.2 AA)', () => {
  describe('desktop 1280×800', () => {
    for (const target of appPages) {
      test(`${target.name} as ${target.as ?? 'signed out'}`, () => scan(target, desktop, 'desktop'));
    }
  });
  describe('phone 390×844', () => {
    for (const target of appPages.filter((p) => phonePages.has(p.name))) {
      test(`${target.name} as ${target.as ?? 'signed out'}`, () => scan(target, phone, 'phone'));
    }
  });
});
