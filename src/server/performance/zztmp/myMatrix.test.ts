// TEMPORARY (helper session): status-only run of the matrix rows of performance and org. Deleted after use.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { orgRows } from '../../platform/policy/matrix/orgRows';
import { casesOf, describeCase, MatrixHarness } from '../../platform/policy/matrix/harness';
import { calibrationRows } from '../calibration/matrixRows';
import { feedbackRows } from '../feedback/matrixRows';
import { goalsRows } from '../goals/matrixRows';
import { oneOnOnesRows } from '../oneOnOnes/matrixRows';
import { reviewsRows } from '../reviews/matrixRows';

let harness: MatrixHarness;
beforeAll(async () => {
  harness = await MatrixHarness.start();
}, 120_000);
afterAll(() => harness.close());

const groups = { orgRows, goalsRows, oneOnOnesRows, feedbackRows, reviewsRows, calibrationRows };
const only = process.env.MY_ROWS?.split(',');
for (const [name, rows] of Object.entries(groups)) {
  if (only && !only.includes(name)) continue;
  it(name, async () => {
    const failures: string[] = [];
    for (const row of rows)
      for (const c of casesOf(row)) {
        const { response } = await harness.run(c);
        if (response.status !== c.expected)
          failures.push(`${describeCase(c)}: expected ${c.expected}, got ${response.status} ${response.text.slice(0, 160)}`);
      }
    expect(failures).toEqual([]);
  }, 900_000);
}
