import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanaryPlanting } from '../../dataClasses/planting';
import { matrixCoverage } from './coverage';
import { casesOf, MatrixHarness } from './harness';
import { knownLeakCeiling, knownLeaks } from './knownLeaks';
import { CaseChecker, deliverMailAndDigests, plantSeparatedClasses, seedSeparatedRecords } from './leakScan';
import { authorizationMatrix } from './rows';

/**
 * Every route × role × relation over real HTTP: the status the row expects, and (GUIDE practice 13)
 * a body that carries no separated class the row's `carries` does not allow — with canaries planted
 * in every text and jsonb column of those classes (`dataClasses/planting.ts`).
 */
let harness: MatrixHarness;
let planting: CanaryPlanting;

beforeAll(async () => {
  harness = await MatrixHarness.start();
  planting = await plantSeparatedClasses(harness);
  // Records of every separated kind for the cast before the first case, so lists read planted data.
  await seedSeparatedRecords(harness);
  await planting.plant();
}, 120_000);
afterAll(() => harness.close());

/** Columns the matrix's records never give a value a canary can sit in, and why. */
const neverPlanted: Record<string, string> = {
  'feedback360_requests.anonymity_thresholds': 'numbers per rater group: no string value to carry a canary',
  'engagement_survey_responses.likert_scores': 'numbers per question: no string value to carry a canary',
};

describe('authorization matrix', () => {
  it('has exactly one row for every registered API route', () => {
    const coverage = matrixCoverage(harness.server.routes, authorizationMatrix);
    expect(coverage, 'every route needs a row in src/server/platform/policy/matrix').toEqual({
      missingRows: [],
      staleRows: [],
      duplicateRows: [],
    });
  });

  it('gives every role × relation the expected outcome, and no body carries a class its row does not allow', async () => {
    const checker = new CaseChecker(harness, planting);
    for (const row of authorizationMatrix) {
      // Every case's target and record first, then one planting for the row (one statement instead
      // of one per case), then the requests.
      const prepared = [];
      for (const c of casesOf(row)) prepared.push(await harness.prepareCase(c));
      if (row.params) await planting.plant();
      for (const c of prepared) await checker.check(c, await harness.send(c));
    }

    // The platform's views last, when every notification, email, digest, audit event and access-log
    // entry the cases wrote exists: every list route once more, as every role.
    await deliverMailAndDigests(harness);
    for (const row of authorizationMatrix.filter((r) => r.route.startsWith('GET ') && r.target === 'none')) {
      for (const c of casesOf(row)) await checker.check(c, await harness.run(c));
    }

    expect.soft(checker.failures).toEqual([]);
    // A known leak that no longer happens must leave the list: it only shrinks.
    expect.soft(checker.unseenKnownLeaks()).toEqual([]);
    expect.soft(knownLeaks.length).toBeLessThanOrEqual(knownLeakCeiling);
    expect.soft(checker.cases).toBeGreaterThan(3000);
    expect.soft(checker.scannedBodies).toBeGreaterThan(1000);

    // A clean scan means "kept apart", not "nothing planted": each planted class reached the bodies
    // its rows allow (the owner's aspiration, the subject's 360 comments, the author's private note,
    // the person's pay).
    for (const dataClass of ['development', 'anonymous', 'confidential', 'compensation'] as const)
      expect.soft(checker.seenWhereAllowed.get(dataClass) ?? 0, dataClass).toBeGreaterThan(0);
    // Every planted column held its canary in some record while the routes were read.
    const unplanted = Object.entries(await planting.plantedRows())
      .filter(([column, count]) => count === 0 && !(column in neverPlanted))
      .map(([column]) => column);
    expect.soft(unplanted).toEqual([]);
    // Thousands of requests in one test: on 2 busy cores PostgreSQL needs up to four minutes, so
    // the guard sits well above that rather than at it (a timeout here measures the machine).
  }, 600_000);
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
