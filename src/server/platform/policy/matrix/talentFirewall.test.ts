import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { talentRows } from '../../../growth/talent/matrixRows';
import { insertTalentSession } from '../../../growth/talent/testing';
import { calibrationRows } from '../../../performance/calibration/matrixRows';
import { compCycleRows } from '../../../performance/compensation/cycles/matrixRows';
import { compEquityRows } from '../../../performance/compensation/equity/matrixRows';
import { payLetterRows } from '../../../performance/compensation/letters/matrixRows';
import { payDataRows } from '../../../performance/compensation/payData/matrixRows';
import { compProposalRows } from '../../../performance/compensation/proposals/matrixRows';
import { compReleaseRows } from '../../../performance/compensation/release/matrixRows';
import { improvementPlansRows } from '../../../performance/improvementPlans/matrixRows';
import { reviewsRows } from '../../../performance/reviews/matrixRows';
import type { CanaryPlanting } from '../../dataClasses/planting';
import { canariesIn } from '../../dataClasses/scanner';
import { casesOf, type MatrixCase, MatrixHarness } from './harness';
import { CaseChecker, plantSeparatedClasses } from './leakScan';

/**
 * The talent firewall, stricter than the products we compare with (SPEC S1.1, anchors 5.3): a
 * person's potential assessment and 9-box placement never appear on a calibration, compensation,
 * improvement-plan or review screen or API. For every successful case of those routes the target
 * person gets a complete talent record (evidence, retention reason, override rationale, box labels)
 * in a review the caller is designated for — so the caller could read it on the talent screens —
 * the canaries are planted, and the body must carry no talent canary and no talent field.
 */
let harness: MatrixHarness;
let planting: CanaryPlanting;
let checker: CaseChecker;

beforeAll(async () => {
  harness = await MatrixHarness.start();
  planting = await plantSeparatedClasses(harness);
  checker = new CaseChecker(harness, planting);
});
afterAll(() => harness.close());

const guardedRows = [
  ...calibrationRows,
  ...compCycleRows,
  ...compProposalRows,
  ...payDataRows,
  ...payLetterRows,
  ...compReleaseRows,
  ...compEquityRows,
  ...improvementPlansRows,
  ...reviewsRows,
];

const successful = (c: MatrixCase) => typeof c.expected === 'number' && c.expected >= 200 && c.expected < 300;

async function talentShownBy(c: MatrixCase) {
  const prepared = await harness.prepareCase(c);
  const { db } = harness.server.database;
  const organizationId = harness.cast.org.organizationId;
  const target = prepared.context.personId || harness.cast.employee.id;
  const caller = c.role === 'anonymous' ? null : harness.actorOf(c.role).id;
  await insertTalentSession(db, {
    organizationId,
    memberIds: [...new Set([target, harness.cast.employee.id, harness.cast.peer.id])],
    participantIds: caller ? [caller] : [],
  });
  await planting.plant();
  const result = await harness.send(prepared);
  const canaries = canariesIn(result.response.text).filter((canary) => canary.dataClass === 'talent');
  const findings = (await checker.leaks(prepared, result)).filter((f) => f.dataClass === 'talent');
  return { status: result.response.status, canaries, findings };
}

describe('talent firewall', () => {
  it('the check sees talent where it belongs: HR reads a colleague’s talent card', async () => {
    const row = talentRows.find(
      (r) => r.route === 'GET /api/growth/talent/sessions/:sessionId/people/:personId',
    )!;
    const c = casesOf(row).find((x) => x.role === 'hr_admin' && x.relation === 'other')!;
    const prepared = await harness.prepareCase(c);
    await planting.plant();
    const result = await harness.send(prepared);
    expect(result.response.status).toBe(200);
    expect(canariesIn(result.response.text).map((canary) => canary.dataClass)).toContain('talent');
    expect(await checker.leaks(prepared, result)).toEqual([]);
    // The same body on a review route would be a talent leak.
    const onReview = { ...prepared, row: reviewsRows[0]! };
    expect((await checker.leaks(onReview, result)).map((f) => f.dataClass)).toContain('talent');
  });

  it('no calibration, compensation, improvement-plan or review route carries talent data', {
    timeout: 600_000,
  }, async () => {
    const leaks: string[] = [];
    let bodies = 0;
    for (const row of guardedRows)
      for (const c of casesOf(row).filter(successful)) {
        const { status, canaries, findings } = await talentShownBy(c);
        if (status >= 200 && status < 300) bodies++;
        if (canaries.length || findings.length)
          leaks.push(
            `${row.route} as ${c.role} on ${c.relation ?? '-'}: ${findings.map((f) => f.detail).join('; ')}`,
          );
      }
    expect(leaks).toEqual([]);
    expect(bodies).toBeGreaterThan(100);
  });
});
