import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { growthRows } from '../../growth/matrixRows';
import { calibrationRows } from '../../performance/calibration/matrixRows';
import { payDataRows } from '../../performance/compensation/payData/matrixRows';
import { feedbackRows } from '../../performance/feedback/matrixRows';
import { goalsRows } from '../../performance/goals/matrixRows';
import { improvementPlansRows } from '../../performance/improvementPlans/matrixRows';
import { oneOnOnesRows } from '../../performance/oneOnOnes/matrixRows';
import { reviewsRows } from '../../performance/reviews/matrixRows';
import { describeCase, MatrixHarness } from '../policy/matrix/harness';
import { CaseChecker, plantSeparatedClasses } from '../policy/matrix/leakScan';
import { type MatrixRole, type MatrixRow, matrixRoles } from '../policy/matrix/types';
import type { CanaryPlanting } from './planting';
import { canariesIn } from './scanner';

/**
 * SPEC S1.1 as a test: with development, anonymous and confidential data present for a population,
 * no performance route carries development, anonymous or talent data, for any role. The growth
 * records are made by the growth matrix rows' own `params` hooks (each creates the record its route
 * is about), for several people; then canaries go into every text and jsonb column of the separated
 * classes (`planting.ts`, columns chosen from the schema), and every performance GET route is read
 * about each of those people, as every role. The authorization matrix scans every route the same
 * way; this test adds the denser growth population and states the one-way rule on its own.
 */
const performanceRows: MatrixRow[] = [
  ...goalsRows,
  ...oneOnOnesRows,
  ...feedbackRows,
  ...reviewsRows,
  ...calibrationRows,
  // Improvement plans: performance records, never fed by development data (S1.1).
  ...improvementPlansRows,
  // Pay data is compensation, on the performance side: it may carry pay, never growth data.
  ...payDataRows,
];

let harness: MatrixHarness;
let planting: CanaryPlanting;
beforeAll(async () => {
  harness = await MatrixHarness.start();
  planting = await plantSeparatedClasses(harness);
});
afterAll(() => harness.close());

const subjects = () => [harness.cast.employee, harness.cast.employee2, harness.cast.manager];

describe('separation of performance from growth data (SPEC S1.1)', () => {
  it('no performance row lets a body carry development, anonymous or talent data', () => {
    // Only the author's own private 1:1 note (confidential) comes back on a performance route.
    const declared = performanceRows
      .map((row) => ({ row, classes: Object.keys(row.carries ?? {}).filter((c) => c !== 'compensation') }))
      .filter(({ classes }) => classes.length > 0)
      .map(({ row, classes }) => `${row.route}: ${classes.join(', ')}`);
    expect(declared).toEqual(['POST /api/one-on-ones/meetings/:meetingId/agenda-items: confidential']);
  });

  it('no performance GET response carries development, anonymous or talent data, for any role', async () => {
    for (const row of growthRows.filter((r) => r.params))
      for (const subject of subjects()) await harness.prepare(row, subject.id);
    await planting.plant();

    // The planted values are visible where they belong — the owner reading their own growth
    // records — so a clean scan below means "kept apart", not "nothing was planted".
    const owner = await harness.clientFor('employee');
    let seenInGrowth = 0;
    for (const row of growthRows.filter((r) => r.route.startsWith('GET ') && !r.route.includes('/:'))) {
      const response = await owner.client.get(row.route.slice(4) + (row.query ?? ''));
      if (response.status === 200) seenInGrowth += canariesIn(response.text).length;
    }
    expect(seenInGrowth).toBeGreaterThan(0);

    const checker = new CaseChecker(harness, planting);
    const viewers = matrixRoles.filter(
      (role): role is Exclude<MatrixRole, 'anonymous'> => role !== 'anonymous',
    );
    const findings: string[] = [];
    let scanned = 0;
    for (const row of performanceRows.filter((r) => r.route.startsWith('GET '))) {
      for (const subject of subjects()) {
        const { context, path } = await harness.prepare(row, subject.id);
        for (const role of viewers) {
          const c = { row, role, relation: null, expected: 200, context, path };
          const result = await harness.send(c);
          scanned++;
          // Confidential: the author's own note; compensation: pay is read by its own rules (matrix).
          for (const finding of await checker.leaks(c, result))
            if (finding.dataClass !== 'confidential' && finding.dataClass !== 'compensation')
              findings.push(
                `${describeCase(c)} about ${subject.email}: ${finding.dataClass} ${finding.detail}`,
              );
        }
      }
    }
    expect(findings).toEqual([]);
    expect(scanned).toBeGreaterThan(200);
  }, 240_000);
});
