import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsMetricResult, AnalyticsPage } from '../../../contracts/analytics';
import { seedDemoGrowth } from '../../growth/demoSeed';
import { buildDemoPlan, demoAccounts } from '../../org/seed/demo';
import { writeOrganizationPlan } from '../../org/seed/writePlan';
import { people } from '../../org/tables';
import { seedDemoPerformance } from '../../performance/demoSeed';
import type { Actor } from '../../platform/auth/actor';
import { organizationToday } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';
import { analyticsViewer } from './access';
import { buildAnalytics } from './page';

/**
 * A fresh installation with the demo shows figures on both halves at once (a released, calibrated
 * cycle; plans, conversations, mentoring and coaching). The demo's roster and both tracks are
 * seeded under a slug of this file's own: the demo organisation itself is one per database, and on
 * a shared database another file may have seeded only its roster.
 */
let db: Db;
let organizationId: string;

const shownCells = (metric: AnalyticsMetricResult) =>
  [...metric.rows, ...(metric.total ? [metric.total] : [])].flatMap((row) =>
    Object.values(row.cells).filter((cell) => cell.state === 'shown'),
  ).length;

async function actorFor(email: string, roles: Actor['roles']): Promise<Actor> {
  const [person] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`${people.organizationId} = ${organizationId} AND ${people.email} = ${email}`);
  return {
    accountId: randomUUID(),
    organizationId,
    personId: person!.id,
    email,
    roles,
    locale: 'en',
    sessionId: randomUUID(),
    csrfToken: '',
  };
}

async function pageFor(actor: Actor, half: 'now' | 'next'): Promise<AnalyticsPage> {
  return buildAnalytics(db, actor, await analyticsViewer(db, actor), { half });
}

beforeAll(async () => {
  db = (await testDatabase()).db;
  ({ organizationId } = await writeOrganizationPlan(db, {
    ...buildDemoPlan('unused-hash'),
    slug: `demo-analytics-${randomUUID().slice(0, 8)}`,
    accounts: [],
  }));
  const today = await organizationToday(db, organizationId);
  await seedDemoPerformance(db, { organizationId, today });
  await seedDemoGrowth(db, { organizationId, today });
}, 600_000);

describe('the demo organisation’s analytics', () => {
  it('computes the snapshot on the first request, so a fresh installation never shows an empty page', async () => {
    const runs = () =>
      queryRows<{ half: string }>(
        db,
        sql`SELECT half FROM analytics_snapshot_runs WHERE organization_id = ${organizationId} ORDER BY half`,
      );
    expect(await runs()).toEqual([]);
    const page = await pageFor(await actorFor(demoAccounts.hr, new Set(['hr_admin'])), 'now');
    expect(page.asOf).not.toBeNull();
    expect((await runs()).map((run) => run.half)).toEqual(['next', 'now']);
  });

  it('shows real figures on the Now half for HR, with the cycle’s launch stated', async () => {
    const page = await pageFor(await actorFor(demoAccounts.hr, new Set(['hr_admin'])), 'now');
    expect(page.cycles.length).toBeGreaterThan(0);
    const byId = new Map(page.metrics.map((metric) => [metric.id, metric]));
    for (const id of [
      'review_completion',
      'rating_distribution_department',
      'calibration_change',
      'turnover',
    ])
      expect(shownCells(byId.get(id as never)!), id).toBeGreaterThan(0);
    expect(byId.get('rating_distribution_department')!.pointInTime?.sentence).toMatch(
      /the cycle's launch\.$/,
    );
  });

  it('shows real figures on the Next half for HR and for a manager', async () => {
    const page = await pageFor(await actorFor(demoAccounts.hr, new Set(['hr_admin'])), 'next');
    const byId = new Map(page.metrics.map((metric) => [metric.id, metric]));
    for (const id of ['development_coverage', 'mentoring_participation'])
      expect(shownCells(byId.get(id as never)!), id).toBeGreaterThan(0);
    const managerPage = await pageFor(await actorFor(demoAccounts.manager, new Set()), 'next');
    expect(managerPage.scope).toBe('subtree');
  });
});
