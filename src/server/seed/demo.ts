import { seedDemoGrowth } from '../growth/demoSeed';
import { refreshAnalytics } from '../insights/analytics/refresh';
import { seedDemoOrganization } from '../org/seed/demo';
import { seedDemoPerformance } from '../performance/demoSeed';
import { organizationToday } from '../platform/clock';
import type { Db } from '../platform/db/client';

/**
 * The whole demo: the organisation first, then each track's records about its people. The tracks
 * are seeded only when the organisation is new, so re-running never duplicates them.
 */
export async function seedDemo(
  db: Db,
  options: { today?: string } = {},
): Promise<{ organizationId: string; created: boolean }> {
  const result = await seedDemoOrganization(db);
  if (result.created) {
    const today = options.today ?? (await organizationToday(db, result.organizationId));
    await seedDemoPerformance(db, { organizationId: result.organizationId, today });
    // Growth after performance: plans may link to demo goals and seed from released reviews.
    await seedDemoGrowth(db, { organizationId: result.organizationId, today });
    // The analytics snapshot of what was just seeded, so the Insights pages show figures at once.
    await refreshAnalytics(db, { organizationId: result.organizationId });
  }
  return result;
}
