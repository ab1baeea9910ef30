import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CanaryPlanting } from '../../../platform/dataClasses/planting';
import { casesOf, MatrixHarness } from '../../../platform/policy/matrix/harness';
import { CaseChecker, plantSeparatedClasses } from '../../../platform/policy/matrix/leakScan';
import { compProposalRows } from './matrixRows';

/**
 * The proposal rows of the authorization matrix on their own (the full matrix runs them too): each
 * role × relation gets its status, and no 2xx body carries a class the row does not allow — with the
 * canaries planted in every compensation text column (the justification included).
 */
let harness: MatrixHarness;
let planting: CanaryPlanting;
beforeAll(async () => {
  harness = await MatrixHarness.start();
  planting = await plantSeparatedClasses(harness);
}, 120_000);
afterAll(() => harness.close());

describe('compensation proposal rows', () => {
  it('give every role × relation the expected outcome and carry nothing they may not', async () => {
    const checker = new CaseChecker(harness, planting);
    for (const row of compProposalRows) {
      const prepared = [];
      for (const c of casesOf(row)) prepared.push(await harness.prepareCase(c));
      await planting.plant();
      for (const c of prepared) await checker.check(c, await harness.send(c));
    }
    expect(checker.failures).toEqual([]);
  }, 120_000);
});
