import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../testing/http';
import { matrixCoverage } from './coverage';
import { knownLeakCeiling, knownLeaks } from './knownLeaks';
import { authorizationMatrix } from './rows';
import { MATRIX_SHARDS, rowsOfShard } from './shards';
import type { MatrixRow } from './types';

/**
 * The matrix itself: a row for every route, once. Its cases run in `authorizationMatrix.shardN.test.ts`
 * (`runShard.ts`), a quarter of the rows each; this file holds what is checked once for all of them.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('authorization matrix', () => {
  it('has exactly one row for every registered API route', () => {
    const coverage = matrixCoverage(server.routes, authorizationMatrix);
    expect(coverage, 'every route needs a row in src/server/platform/policy/matrix').toEqual({
      missingRows: [],
      staleRows: [],
      duplicateRows: [],
    });
  });

  it('runs every row in exactly one shard, and every shard has rows', () => {
    const shards = Array.from({ length: MATRIX_SHARDS }, (_, i) => rowsOfShard(authorizationMatrix, i + 1));
    expect(
      shards
        .flat()
        .map((row) => row.route)
        .sort(),
    ).toEqual(authorizationMatrix.map((row) => row.route).sort());
    for (const rows of shards) expect(rows.length).toBeGreaterThan(0);
  });

  it('lists no more known leaks than the ceiling allows', () => {
    expect(knownLeaks.length).toBeLessThanOrEqual(knownLeakCeiling);
  });
});

describe('matrix shards', () => {
  it('keep every row in its shard when a row is added anywhere', () => {
    const added: MatrixRow = { route: 'GET /api/a-new-route', target: 'none', expect: {} as never };
    const grown = [added, ...authorizationMatrix];
    for (let shard = 1; shard <= MATRIX_SHARDS; shard++)
      expect(rowsOfShard(grown, shard).filter((row) => row !== added)).toEqual(
        rowsOfShard(authorizationMatrix, shard),
      );
  });
});

describe('matrix coverage check', () => {
  it('reports a registered route that has no row, and a row whose route is gone', () => {
    const coverage = matrixCoverage(
      [
        { method: 'GET', url: '/api/people' },
        { method: 'DELETE', url: '/api/people/:personId' },
      ],
      [
        { route: 'GET /api/people', target: 'none', expect: {} as never },
        { route: 'GET /api/gone', target: 'none', expect: {} as never },
      ],
    );
    expect(coverage.missingRows).toEqual(['DELETE /api/people/:personId']);
    expect(coverage.staleRows).toEqual(['GET /api/gone']);
  });
});
