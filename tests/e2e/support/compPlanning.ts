import { type APIRequestContext, type Page, request } from 'playwright-core';
import { baseURL, demoAccounts, demoPassword } from './browser';

/**
 * A pay cycle in planning for the signed-in persona's grid: the first one their planning list
 * shows, or else one HR sets up and launches through the API (the demo may have none): EUR with
 * the demo's GBP and USD rated, ratings from the calibrated "H1 performance review", a compa-ratio
 * merit matrix and a 3 % merit budget.
 */
export async function planningCycleId(page: Page, origin: string = baseURL()): Promise<string> {
  const listed = await planningCycles(page.request);
  const found = listed.find((cycle) => cycle.state === 'planning');
  if (found) return found.id;
  const hr = await request.newContext({ baseURL: origin });
  try {
    await launchCycleAsHr(hr);
  } finally {
    await hr.dispose();
  }
  const after = (await planningCycles(page.request)).find((cycle) => cycle.state === 'planning');
  if (!after) throw new Error('HR launched a pay cycle, but the planning list does not show it.');
  return after.id;
}

async function planningCycles(api: APIRequestContext) {
  const response = await api.get('/api/performance/compensation/planning');
  if (response.status() !== 200)
    throw new Error(`Planning list: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as { items: { id: string; state: string }[] }).items;
}

async function launchCycleAsHr(api: APIRequestContext) {
  const login = await api.post('/api/auth/login', {
    data: { email: demoAccounts.hr, password: demoPassword },
  });
  if (login.status() !== 200) throw new Error(`HR login: ${login.status()} ${await login.text()}`);
  const csrf = (await api.storageState()).cookies.find((cookie) => cookie.name === 'trellis_csrf')?.value;
  if (!csrf) throw new Error('HR login set no CSRF cookie.');
  const headers = { 'x-csrf-token': csrf };
  const send = async (method: 'post', path: string, data: unknown) => {
    const response = await api.fetch(path, { method, data, headers });
    if (response.status() !== 200 && response.status() !== 201)
      throw new Error(`${method.toUpperCase()} ${path}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as { id: string; version: number };
  };
  const reviews = await api.get('/api/review-cycles', { params: { pageSize: 100 } });
  const reviewCycle = ((await reviews.json()) as { items: { id: string; name: string }[] }).items.find(
    (item) => /H1 performance review/.test(item.name),
  );
  const cells = (target: number) =>
    [target + 1, target, Math.max(0, target - 1)].map((middle) => ({
      minPct: String(Math.max(0, middle - 1)),
      targetPct: String(middle),
      maxPct: String(middle + 1.5),
    }));
  const draft = await send('post', '/api/performance/compensation/cycles', {
    name: `Planning e2e ${Date.now().toString(36)}`,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    effectiveDate: '2027-01-01',
    visibilityDate: '2027-01-15',
    planningCurrency: 'EUR',
    fxTable: {
      base: 'EUR',
      asOf: '2026-12-01',
      source: 'ECB reference rates',
      rates: { GBP: '0.85', USD: '1.08' },
    },
    reviewCycleId: reviewCycle?.id ?? null,
    meritMatrix: {
      axis: 'compa_ratio',
      thresholds: ['0.90', '1.10'],
      rows: [1, 2, 3, 4, 5].map((rating) => ({ rating, cells: cells(rating - 1) })),
    },
    budget: { merit: { kind: 'bottom_up', percent: '3' } },
  });
  await send('post', `/api/performance/compensation/cycles/${draft.id}/launch`, { version: draft.version });
}
