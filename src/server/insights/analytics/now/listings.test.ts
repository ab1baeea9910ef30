import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsMetricId, AnalyticsPage } from '../../../../contracts/analytics';
import { seedSyntheticOrganization } from '../../../org/seed/synthetic';
import { testContent } from '../../../performance/calibration/testing';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { testDatabase } from '../../../testing/database';
import type { AnalyticsViewer } from '../access';
import { buildAnalytics } from '../page';
import { refreshAnalytics } from '../refresh';

/**
 * The organisation's by-manager tables read from the job's listing (`analytics_now_listings`) must
 * be the very tables the full computation gives: the same rows listed, in the same order, with the
 * same withheld cells, and the same total and omitted count. A synthetic organisation of 1,500
 * people (about 200 managers, so the page cuts both tables at 100) with two launched cycles whose
 * proposed and final ratings spread by a hash of the person: managers differ in leniency, some
 * teams are under 5, and the people at the top have no reviewer.
 */
let db: Db;
let organizationId: string;
const cycleIds: string[] = [];
const listedMetrics: AnalyticsMetricId[] = ['rating_distribution_manager', 'manager_leniency'];
const hr: AnalyticsViewer = { hr: true, managerId: null };
let actor: Actor;

const page = (request: { cycleId: string; metricId?: AnalyticsMetricId }) =>
  buildAnalytics(db, actor, hr, { half: 'now', ...request });
const metricOf = (result: AnalyticsPage, id: AnalyticsMetricId) => result.metrics.find((m) => m.id === id)!;

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ organizationId } = await seedSyntheticOrganization(db, {
    people: 1500,
    slug: `analytics-listings-${randomUUID().slice(0, 8)}`,
    seed: 14,
  }));
  actor = {
    accountId: randomUUID(),
    organizationId,
    personId: null,
    email: 'hr@listings.test',
    roles: new Set(['hr_admin'] as const),
    locale: 'en',
    sessionId: randomUUID(),
    csrfToken: '',
  };
  for (const [index, launchedAt] of ['2026-02-02T09:00:00Z', '2026-08-03T09:00:00Z'].entries()) {
    const [cycle] = await queryRows<{ id: string }>(
      db,
      sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
            self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due, launched_at)
          VALUES (${organizationId}, ${`Cycle ${index + 1}`}, '2026-01-01', '2026-06-30',
            ${JSON.stringify(testContent)}::jsonb, 'active', '2026-07-10', '2026-07-24', '2026-08-07',
            '2026-08-14', '2026-08-28', ${launchedAt}::timestamptz)
          RETURNING id`,
    );
    cycleIds.push(cycle!.id);
    // Everyone reviewed by their manager; a tenth without a proposed rating, ratings spread by hash.
    await db.execute(sql`
      INSERT INTO reviews (organization_id, cycle_id, subject_id, reviewer_id, department_id, state,
                           proposed_rating, final_rating)
      SELECT p.organization_id, ${cycle!.id}, p.id, p.manager_id, p.department_id, 'calibrated',
             CASE WHEN abs(hashtext(p.id::text || ${index})) % 10 = 0 THEN NULL
                  ELSE 1 + abs(hashtext(p.id::text || 'p' || ${index})) % 5 END,
             1 + abs(hashtext(p.id::text || 'f' || ${index})) % 5
        FROM people p WHERE p.organization_id = ${organizationId}`);
  }
  await refreshAnalytics(db, { organizationId });
}, 600_000);

describe('the organisation’s by-manager tables from the snapshot’s listing', () => {
  it('keeps each cycle’s total row and the first 100 rows of both tables', async () => {
    const rows = await queryRows<{ metric_id: string; cycle_id: string; rows: number; last: number }>(
      db,
      sql`SELECT metric_id, cycle_id, count(*)::int AS rows, max(position) AS last
            FROM analytics_now_listings WHERE organization_id = ${organizationId}
           GROUP BY metric_id, cycle_id ORDER BY metric_id, cycle_id`,
    );
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatchObject({ rows: 101, last: 100 });
  });

  it('lists what the full computation (the CSV’s every row) lists first, for every cycle', async () => {
    for (const cycleId of cycleIds) {
      const fast = await page({ cycleId });
      for (const id of listedMetrics) {
        const listed = metricOf(fast, id);
        const full = metricOf(await page({ cycleId, metricId: id }), id);
        expect(full.rows.length).toBeGreaterThan(100);
        expect(listed.rows).toEqual(full.rows.slice(0, 100));
        expect(listed.omittedRows).toBe(full.rows.length - 100);
        expect({ ...listed, rows: [], omittedRows: 0 }).toEqual({ ...full, rows: [], omittedRows: 0 });
        // Something is withheld and something shown, so the comparison covers both.
        const states = new Set(
          full.rows.flatMap((row) => Object.values(row.cells).map((cell) => cell.state)),
        );
        expect(states).toContain('below_threshold');
        expect(states).toContain('shown');
      }
      // Leniency is ranked by how far off a manager is: the listed rows are not simply the largest.
      const leniency = metricOf(fast, 'manager_leniency');
      const first = leniency.rows[0]!.cells.difference;
      expect(first?.state === 'shown' && first.value !== 0).toBe(true);
    }
  });

  it('answers the same page as ranking every manager on the request (no listing)', async () => {
    const withListing = await Promise.all(cycleIds.map((cycleId) => page({ cycleId })));
    await db.execute(sql`DELETE FROM analytics_now_listings WHERE organization_id = ${organizationId}`);
    try {
      const without = await Promise.all(cycleIds.map((cycleId) => page({ cycleId })));
      expect(withListing).toEqual(without);
    } finally {
      await refreshAnalytics(db, { organizationId });
    }
  });
});
