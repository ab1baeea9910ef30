import { type MatrixRow, onlyRoles, signedIn } from '../../platform/policy/matrix/types';

/**
 * HR analytics answer about a scope, not a record: HR admins (the organisation) and managers (their
 * subtree; the cast's manager and skip-level have reports) get 200, everyone else 403. Bodies hold
 * suppressed aggregates only — counts, shares, means — never a record's text: the Now half may carry
 * aggregated compensation (the promotion rate) to HR, the Next half aggregated development figures
 * and the pulse surveys' engagement trends (anonymous aggregates, each survey's threshold applied)
 * to managers and HR. `analyticsSeparation.test.ts` plants every class and scans both halves.
 */
const readers = { ...signedIn(403), manager: 200, skip_level: 200, hr_admin: 200 };

export const analyticsRows: MatrixRow[] = [
  {
    route: 'GET /api/insights/analytics/:half',
    target: 'none',
    params: async () => ({ half: 'now' }),
    expect: readers,
    carries: { compensation: 'hr_admin' },
  },
  {
    route: 'GET /api/insights/analytics/:half/:metricId.csv',
    target: 'none',
    params: async () => ({ half: 'next', metricId: 'development_coverage' }),
    expect: readers,
    carries: { development: ['manager', 'skip_level', 'hr_admin'] },
  },
  {
    route: 'POST /api/insights/analytics/refresh',
    target: 'none',
    expect: onlyRoles(['hr_admin'], 202),
  },
];
