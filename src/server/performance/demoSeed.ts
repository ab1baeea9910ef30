import type { Db } from '../platform/db/client';
import { inTransaction } from '../platform/db/tx';
import type { DemoContext } from '../seed/demoContext';
import { seedDemoCompCycles } from './compensation/cycles/demoSeed';
import { seedDemoPayData } from './compensation/payData/demoSeed';
import { seedDemoFeedback } from './feedback/demoSeed';
import { seedDemoGoals } from './goals/demoSeed';
import { seedDemoImprovementPlans } from './improvementPlans/demoSeed';
import { seedDemoOneOnOnes } from './oneOnOnes/demoSeed';
import { seedDemoReviews } from './reviews/demoSeed';

/** One seeding step per part of the performance track; each runs in the order listed. */
const steps: { name: string; run: (tx: Db, context: DemoContext) => Promise<void> }[] = [
  { name: 'goals', run: seedDemoGoals },
  { name: 'one-on-ones', run: seedDemoOneOnOnes },
  { name: 'feedback', run: seedDemoFeedback },
  // Reviews last: the completed cycle pulls in goals.
  { name: 'reviews', run: seedDemoReviews },
  // Bands in three currencies and everyone's pay history (hire, merit, some corrections).
  { name: 'pay data', run: seedDemoPayData },
  // Last year's merit cycle, released (its increases are in the pay history), and this year's, planning.
  { name: 'pay cycles', run: seedDemoCompCycles },
  // One running improvement plan, with its 1:1 check-ins (after the 1:1s it joins).
  { name: 'improvement plans', run: seedDemoImprovementPlans },
];

/**
 * Goals with check-in history, 1:1 series, feedback and review cycles for the demo organisation,
 * dated relative to `today` so the demo always looks current. One transaction: all or nothing.
 */
export async function seedDemoPerformance(db: Db, context: DemoContext): Promise<void> {
  await inTransaction(db, async (tx) => {
    for (const step of steps) await step.run(tx, context);
  });
}
