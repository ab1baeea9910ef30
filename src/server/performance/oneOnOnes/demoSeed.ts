import type { Db } from '../../platform/db/client';
import type { DemoContext } from '../demoContext';

/** Demo records of this part for the demo organisation (see ../demoSeed.ts for the order). */
export async function seedDemoOneOnOnes(_tx: Db, _context: DemoContext): Promise<void> {}
