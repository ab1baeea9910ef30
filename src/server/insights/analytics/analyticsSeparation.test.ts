import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyticsHalves, nextMetricIds, nowMetricIds } from '../../../contracts/analytics';
import { growthRows } from '../../growth/matrixRows';
import { addTestReview, createTestCycle } from '../../performance/calibration/testing';
import { goals } from '../../performance/goals/tables';
import { reviewAnswers, reviewForms } from '../../performance/reviews/tables';
import {
  type CanaryPlanting,
  prepareCanaryPlanting,
  responseFieldConstraints,
} from '../../platform/dataClasses/planting';
import type { DataClass } from '../../platform/dataClasses/registry';
import { canariesIn, resetCanaries } from '../../platform/dataClasses/scanner';
import { type Db, queryRows } from '../../platform/db/client';
import { casesOf, MatrixHarness } from '../../platform/policy/matrix/harness';
import { seedSeparatedRecords } from '../../platform/policy/matrix/leakScan';
import { type MatrixRole, separatedClasses } from '../../platform/policy/matrix/types';
import { ApiClient } from '../../testing/http';
import { refreshAnalytics } from './refresh';

/**
 * The Now/Next leak scan (issue 14, acceptance): the two halves of HR analytics never carry each
 * other's records. The matrix cast gets records of every class — development, confidential,
 * anonymous and talent records from the growth rows' makers, pay records, and performance records
 * of our own (a goal, a released cycle with ratings and a written answer) — every text and jsonb
 * column gets its class's canary, and the snapshot is computed. Then every page and every CSV of
 * both halves, for every reader and scope, is scanned: no development, confidential, anonymous or
 * talent canary in a Now answer; no performance or compensation canary, and no pay amount, in a
 * Next answer. The positive controls prove the scan sees canaries where they are.
 */
let harness: MatrixHarness;
let planting: CanaryPlanting;
let db: Db;
let payAmounts: string[];

const forbiddenIn: Record<'now' | 'next', DataClass[]> = {
  now: ['development', 'confidential', 'anonymous', 'talent'],
  next: ['performance', 'compensation', 'confidential', 'anonymous', 'talent'],
};
const leaksOf = (half: 'now' | 'next', text: string) => {
  const found = canariesIn(text)
    .filter((canary) => forbiddenIn[half].includes(canary.dataClass))
    .map((canary) => `${canary.dataClass} (${canary.label})`);
  if (half === 'next')
    for (const amount of payAmounts) if (text.includes(amount)) found.push(`pay amount ${amount}`);
  return found;
};

beforeAll(async () => {
  harness = await MatrixHarness.start();
  db = harness.server.database.db;
  const { cast } = harness;
  const organizationId = cast.org.organizationId;
  resetCanaries();
  const openApi = await new ApiClient(harness.server.baseUrl).get('/api/openapi.json');
  planting = await prepareCanaryPlanting(db, {
    organizationIds: harness.organizationIds,
    classes: [...separatedClasses, 'performance'],
    responseFields: responseFieldConstraints(openApi.body),
  });
  await seedSeparatedRecords(harness);
  // Performance records: a goal, and a released cycle rating everyone below the CEO, with answers.
  await db.insert(goals).values({
    organizationId,
    level: 'personal',
    ownerPersonId: cast.employee.id,
    title: 'Close the quarter',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    visibility: 'private',
  });
  const cycleId = await createTestCycle(db, organizationId, 'Leak scan cycle');
  const reviewees = [
    cast.employee,
    cast.employee2,
    cast.peer,
    cast.hr,
    cast.approver,
    cast.coach,
    cast.orgAdmin,
  ];
  for (const [index, person] of reviewees.entries()) {
    const reviewId = await addTestReview(db, {
      organizationId,
      cycleId,
      subjectId: person.id,
      reviewerId: index < 2 ? cast.manager.id : cast.ceo.id,
      state: 'released',
      proposedRating: 3,
      finalRating: (index % 5) + 1,
    });
    const [form] = await db
      .select({ id: reviewForms.id })
      .from(reviewForms)
      .where(sql`${reviewForms.reviewId} = ${reviewId} AND ${reviewForms.kind} = 'manager'`);
    await db
      .insert(reviewAnswers)
      .values({ organizationId, formId: form!.id, questionId: 'summary', text: 'Solid year' });
  }
  await planting.plant();
  payAmounts = (
    await queryRows<{ amount: string }>(
      db,
      sql`SELECT base_minor::text AS amount FROM pay_records WHERE organization_id = ${organizationId}`,
    )
  )
    .map((row) => row.amount)
    .filter((amount) => amount.length >= 5);
  await refreshAnalytics(db, { organizationId });
}, 600_000);
afterAll(() => harness.close());

const readers: MatrixRole[] = ['manager', 'skip_level', 'hr_admin'];

async function answersOf(half: 'now' | 'next') {
  const ids = half === 'now' ? nowMetricIds : nextMetricIds;
  const bodies: { what: string; status: number; text: string }[] = [];
  for (const role of readers) {
    const { client } = await harness.clientFor(role);
    // The cast's HR admin manages nobody: the organisation is their scope.
    const scopes = role === 'hr_admin' ? ['org'] : ['subtree'];
    for (const scope of scopes) {
      const page = await client.get(`/api/insights/analytics/${half}?scope=${scope}`);
      bodies.push({ what: `${role} ${half} page (${scope})`, status: page.status, text: page.text });
      for (const id of ids) {
        const csv = await client.get(`/api/insights/analytics/${half}/${id}.csv?scope=${scope}`);
        bodies.push({ what: `${role} ${id}.csv (${scope})`, status: csv.status, text: csv.text });
      }
    }
  }
  return bodies;
}

describe('Now/Next leak scan', () => {
  it('the scan sees what is planted: development on a plan list, performance on the Now page', async () => {
    // Development: the employee's own plans carry their canaries; the Now scan would flag that body.
    const row = growthRows.find((r) => r.route === 'GET /api/growth/plans')!;
    const own = casesOf(row).find((c) => c.role === 'employee')!;
    const plans = await harness.run(own);
    expect(plans.response.status).toBe(200);
    expect(leaksOf('now', plans.response.text).some((leak) => leak.startsWith('development'))).toBe(true);
    // Performance: the Now page names the cycle's rating scale (a performance record, planted), so
    // the same body would be a leak on the Next half.
    const { client } = await harness.clientFor('hr_admin');
    const now = await client.get('/api/insights/analytics/now?scope=org');
    expect(now.status).toBe(200);
    expect(leaksOf('next', now.text).some((leak) => leak.startsWith('performance'))).toBe(true);
    // And the pay amounts are there to be found (the check is not vacuous).
    expect(payAmounts.length).toBeGreaterThan(0);
    const next = await client.get('/api/insights/analytics/next?scope=org');
    const coverage = next.body.metrics.find((m: { id: string }) => m.id === 'development_coverage');
    expect(coverage.total.cells.active_plan.state).toBe('shown');
  });

  for (const half of analyticsHalves)
    it(`no ${half === 'now' ? 'development, anonymous or talent' : 'performance or compensation'} record in any ${half} answer`, {
      timeout: 300_000,
    }, async () => {
      const leaks: string[] = [];
      const bodies = await answersOf(half);
      for (const body of bodies) {
        for (const leak of leaksOf(half, body.text)) leaks.push(`${body.what}: ${leak}`);
      }
      expect(leaks).toEqual([]);
      // Every reader got real answers: HR every metric, managers the metrics meant for them.
      const ok = bodies.filter((body) => body.status === 200);
      expect(ok.length).toBeGreaterThan(half === 'now' ? 20 : 10);
      expect(bodies.filter((body) => body.status !== 200 && body.status !== 404)).toEqual([]);
    });
});
