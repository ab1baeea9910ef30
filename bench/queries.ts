import {
  listDirectory,
  managerOn,
  orgChartChildren,
  orgChartPath,
  orgChartRoots,
} from '../src/server/org/queries';
import type { Db } from '../src/server/platform/db/client';
import { type Latency, measure, ms } from './stats';
import { deepPageFor, type Targets } from './targets';

export interface Figure {
  name: string;
  /** The HTTP request, for API figures. */
  request?: string;
  note?: string;
  latency: Latency;
}

type QueryCase = [name: string, run: () => Promise<unknown>];

/**
 * The queries behind the directory and the org chart, called as the routes call them for an HR admin
 * (who also sees leavers), so they compare with the API figures.
 */
function queryCases(db: Db, organizationId: string, people: number, targets: Targets): QueryCase[] {
  const page = { page: 1, pageSize: 25 };
  const hrAdmin = ['active', 'on_leave', 'terminated'] as const;
  const deepPage = deepPageFor(people);
  return [
    [
      'Directory page 1, sorted by family name (25 rows + total count)',
      () => listDirectory(db, organizationId, page, hrAdmin),
    ],
    [
      `Directory page ${deepPage.toLocaleString('en')} (offset ${((deepPage - 1) * 25).toLocaleString('en')})`,
      () => listDirectory(db, organizationId, { page: deepPage, pageSize: 25 }, hrAdmin),
    ],
    [
      `Directory search q="${targets.searchTerm}" (four letters, trigram indexes)`,
      () => listDirectory(db, organizationId, { ...page, q: targets.searchTerm }, hrAdmin),
    ],
    [
      'Directory search q="an" (two letters: name-prefix indexes)',
      () => listDirectory(db, organizationId, { ...page, q: 'an' }, hrAdmin),
    ],
    ['Org chart roots', () => orgChartRoots(db, organizationId)],
    [
      `Org chart children of the widest manager (${targets.widestSpan} reports)`,
      () => orgChartChildren(db, organizationId, targets.widestManagerId, null, 50),
    ],
    [
      `Path to the root from a deepest person (depth ${targets.depth}, recursive CTE)`,
      () => orgChartPath(db, organizationId, targets.deepestId),
    ],
    [
      'Manager of a person on a past date (reporting-line history)',
      () => managerOn(db, organizationId, targets.deepestId, '2025-06-30'),
    ],
  ];
}

export async function timeQueries(
  db: Db,
  organizationId: string,
  people: number,
  targets: Targets,
  runs: number,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const [name, run] of queryCases(db, organizationId, people, targets)) {
    const latency = await measure(run, runs);
    console.log(`  ${name}: p50 ${ms(latency.p50)} ms, p95 ${ms(latency.p95)} ms`);
    figures.push({ name, latency });
  }
  return figures;
}
