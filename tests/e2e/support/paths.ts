import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const resultsDir = fileURLToPath(new URL('../../../test-results/', import.meta.url));
export const screenshotDir = fileURLToPath(new URL('../../../test-results/screenshots/', import.meta.url));
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
