import type { Db } from '../platform/db/client';
import { inTransaction } from '../platform/db/tx';
import type { DemoContext } from '../seed/demoContext';
import { seedDemoAspirations } from './aspirations/demoSeed';
import { seedDemoCoaching } from './coaching/demoSeed';
import { seedDemoConversations } from './conversations/demoSeed';
import { seedDemoFeedback360 } from './feedback360/demoSeed';
import { seedDemoLearning } from './learning/demoSeed';
import { seedDemoMentoring } from './mentoring/demoSeed';
import { seedDemoPaths } from './paths/demoSeed';
import { seedDemoPlans } from './plans/demoSeed';
import { seedDemoSuccession } from './succession/demoSeed';
import { seedDemoSurveys } from './surveys/demoSeed';
import { seedDemoTalent } from './talent/demoSeed';

/**
 * One seeding step per part of the growth track, in order: the competency library and learning
 * catalogue first (plans and 360s refer to them), then each person's aspirations, plans,
 * conversations and 360s.
 */
const steps: { name: string; run: (tx: Db, context: DemoContext) => Promise<void> }[] = [
  { name: 'paths', run: seedDemoPaths },
  { name: 'learning', run: seedDemoLearning },
  { name: 'aspirations', run: seedDemoAspirations },
  { name: 'plans', run: seedDemoPlans },
  { name: 'mentoring', run: seedDemoMentoring },
  { name: 'conversations', run: seedDemoConversations },
  { name: 'feedback360', run: seedDemoFeedback360 },
  { name: 'coaching', run: seedDemoCoaching },
  { name: 'succession', run: seedDemoSuccession },
  { name: 'talent', run: seedDemoTalent },
  { name: 'surveys', run: seedDemoSurveys },
];

/** The growth side of the demo, dated back from `today`. One transaction: all or nothing. */
export async function seedDemoGrowth(db: Db, context: DemoContext): Promise<void> {
  await inTransaction(db, async (tx) => {
    for (const step of steps) await step.run(tx, context);
  });
}
