import type { MatrixRow } from './types';

/** Registered routes without a matrix row, and rows naming routes that no longer exist. */
export function matrixCoverage(routes: { method: string; url: string }[], rows: MatrixRow[]) {
  const registered = new Set(routes.map((r) => `${r.method} ${r.url}`));
  const covered = new Set(rows.map((r) => r.route));
  return {
    missingRows: [...registered].filter((route) => !covered.has(route)).sort(),
    staleRows: [...covered].filter((route) => !registered.has(route)).sort(),
    duplicateRows: rows.map((r) => r.route).filter((route, i, list) => list.indexOf(route) !== i),
  };
}
