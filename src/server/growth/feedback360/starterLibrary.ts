import { and, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { competencies } from '../paths/tables';

/** Makes sure an organisation has a small competency library, so 360s can be created in tests. */
export async function ensureCompetencies(db: Db, organizationId: string) {
  const existing = await db
    .select({ id: competencies.id })
    .from(competencies)
    .where(and(eq(competencies.organizationId, organizationId), eq(competencies.status, 'active')));
  if (existing.length > 0) return;
  await db
    .insert(competencies)
    .values([
      {
        organizationId,
        name: 'Collaboration',
        description: 'Works across teams towards shared outcomes.',
        behaviours: ['Shares context early', 'Invites other views', 'Builds alliances across teams'],
      },
      {
        organizationId,
        name: 'Communication',
        description: 'Makes complex things clear.',
        behaviours: ['Writes clearly', 'Adapts to the audience', 'Shapes the narrative'],
      },
      {
        organizationId,
        name: 'Ownership',
        description: 'Sees things through.',
        behaviours: ['Follows up', 'Raises risks early', 'Owns outcomes beyond the team'],
      },
    ])
    .onConflictDoNothing();
}
