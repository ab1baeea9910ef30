import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe on the page as it is now and returns the serious and critical violations; minor and
 * moderate ones are printed (they do not fail the run but deserve a look).
 */
export async function blockingViolations(page: Page, label = page.url()): Promise<Result[]> {
  await transitionsFinished(page);
  const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const advisory = results.violations.filter((violation) => !blocking.has(violation.impact ?? ''));
  if (advisory.length > 0) console.log(`axe (minor/moderate) on ${label}:\n${describeViolations(advisory)}`);
  return results.violations.filter((violation) => blocking.has(violation.impact ?? ''));
}

/**
 * Waits until no finite animation or transition is running (a dialog fading in or out), so axe never
 * measures contrast on half-transparent text. Endless ones (spinners) are ignored; gives up after 5 s.
 */
async function transitionsFinished(page: Page): Promise<void> {
  // Two frames first: a transition that starts on the next frame is then already registered.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          .every(
            (animation) =>
              animation.playState !== 'running' ||
              animation.effect?.getComputedTiming().endTime === Number.POSITIVE_INFINITY,
          ),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}

export function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map((node) => `      - ${JSON.stringify(node.target)}  ${node.html.slice(0, 160)}`)
        .join('\n');
      const more = violation.nodes.length > 8 ? `\n      … and ${violation.nodes.length - 8} more` : '';
      return `  [${violation.impact}] ${violation.id}: ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

/** Fails with rule id, impact, target selectors and help URL for every serious or critical violation. */
export async function expectNoBlockingViolations(page: Page, label: string): Promise<void> {
  const violations = await blockingViolations(page, label);
  expect(
    violations.length,
    `axe found serious/critical violations on ${label}:\n${describeViolations(violations)}`,
  ).toBe(0);
}
