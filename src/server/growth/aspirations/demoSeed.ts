import type { Db } from '../../platform/db/client';
import type { DemoContext } from '../../seed/demoContext';

/** Demo records of this part (scaffold: the part's owner fills it). */
export async function seedDemoAspirations(_tx: Db, _context: DemoContext): Promise<void> {}
