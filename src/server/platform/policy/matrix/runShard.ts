import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanaryPlanting } from '../../dataClasses/planting';
import { casesOf, type MatrixCase, MatrixHarness } from './harness';
import { CaseChecker, deliverMailAndDigests, plantSeparatedClasses, seedSeparatedRecords } from './leakScan';
import { authorizationMatrix } from './rows';
import { MATRIX_SHARDS, rowsOfShard } from './shards';
import type { MatrixRow } from './types';

/** Columns the matrix's records never give a value a canary can sit in, and why. */
const neverPlanted: Record<string, string> = {
  'feedback360_requests.anonymity_thresholds': 'numbers per rater group: no string value to carry a canary',
  'engagement_survey_responses.likert_scores': 'numbers per question: no string value to carry a canary',
  // Held answers wait only until a release; the matrix's rounds are closed, and closing releases
  // every held answer into responses and comments, so no row is left to plant.
  'engagement_survey_held_answers.likert_scores': 'released on close: the matrix holds no waiting answer',
  'engagement_survey_held_answers.held_comments': 'released on close: the matrix holds no waiting answer',
};

/** The list routes every shard reads once more at its end (see below). */
const platformViews = () =>
  authorizationMatrix.filter((row) => row.route.startsWith('GET ') && row.target === 'none');

/** The first case of a row that succeeds (2xx), if any: the one that makes the row's records. */
const succeedingCase = (row: MatrixRow): MatrixCase | undefined =>
  casesOf(row).find((c) => typeof c.expected === 'number' && c.expected >= 200 && c.expected < 300);

/**
 * One shard of the authorization matrix (`shards.ts`): every route × role × relation of its rows over
 * real HTTP — the status the row expects, and (GUIDE practice 13) a body that carries no separated
 * class the row's `carries` does not allow, with canaries planted in every text and jsonb column of
 * those classes (`dataClasses/planting.ts`).
 *
 * Each shard stands alone: its own harness (the cast and a second organisation, both under fresh
 * random slugs, see `createTestOrganization`), its own planting scoped to those two organisations,
 * and its own seed. Shards in one worker share that worker's database, and on PostgreSQL every
 * worker shares one; nothing here reads or writes outside the shard's organisations, so shards may
 * run one after another or at once.
 */
export function describeMatrixShard(shard: number) {
  const rows = rowsOfShard(authorizationMatrix, shard);
  const others = authorizationMatrix.filter((row) => !rows.includes(row));
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

  describe(`authorization matrix, shard ${shard} of ${MATRIX_SHARDS}`, () => {
    it(`gives every role × relation of its ${rows.length} rows the expected outcome, and no body carries a class its row does not allow`, async () => {
      const checker = new CaseChecker(harness, planting);
      for (const row of rows) {
        // Every case's target and record first, then one planting for the row (one statement instead
        // of one per case), then the requests.
        const prepared = [];
        for (const c of casesOf(row)) prepared.push(await harness.prepareCase(c));
        if (row.params) await planting.plant();
        for (const c of prepared) await checker.check(c, await harness.send(c));
      }

      // Then one succeeding case of every other shard's row, checked the same way: the records,
      // notifications, emails and audit events of every kind exist in this shard's organisations too,
      // as they did when one file ran every row, so the views below read them and every planted
      // column holds its canary here. (Their rows' other cases run in their own shards.) One
      // planting after all of them rather than one per row: each is a statement over every table.
      const replayed = others.map(succeedingCase).filter((c): c is MatrixCase => c !== undefined);
      for (const c of replayed) await checker.check(c, await harness.run(c));
      await planting.plant();

      // The platform's views last, when every notification, email, digest, audit event and access-log
      // entry the cases wrote exists: every list route once more, as every role.
      await deliverMailAndDigests(harness);
      for (const row of platformViews()) {
        for (const c of casesOf(row)) await checker.check(c, await harness.run(c));
      }

      expect.soft(checker.failures).toEqual([]);
      // A known leak that no longer happens must leave the list: it only shrinks. Each shard answers
      // for the known leaks of its own rows (the ceiling is checked once, authorizationMatrix.test.ts).
      expect.soft(checker.unseenKnownLeaks(new Set(rows.map((row) => row.route)))).toEqual([]);
      const expectedCases =
        [...rows, ...platformViews()].reduce((n, row) => n + casesOf(row).length, 0) + replayed.length;
      expect.soft(checker.cases).toBe(expectedCases);
      expect.soft(checker.scannedBodies).toBeGreaterThan(500);

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
      // Thousands of requests in one test; the guard sits well above what 2 busy cores need (a
      // timeout here measures the machine).
    }, 600_000);
  });
}
