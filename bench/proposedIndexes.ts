import { sql } from 'drizzle-orm';
import type { Db } from '../src/server/platform/db/client';

/**
 * Indexes the benchmark tries on top of the schema, to show what they would buy before anyone adds
 * them to a migration. Each is paired with the query it is for.
 */
export const proposedIndexes = [
  {
    why: 'directory total count: index-only scan instead of reading every row',
    statement: 'CREATE INDEX people_org_status_idx ON people (organization_id, status)',
  },
  {
    why: 'directory search (ILIKE %q% on the full name): trigram index',
    statement:
      "CREATE INDEX people_full_name_trgm_idx ON people USING gin ((given_name || ' ' || family_name) gin_trgm_ops)",
  },
  {
    why: 'directory search on email',
    statement: 'CREATE INDEX people_email_trgm_idx ON people USING gin (email gin_trgm_ops)',
  },
  {
    why: 'directory search on job title',
    statement: 'CREATE INDEX people_job_title_trgm_idx ON people USING gin (job_title gin_trgm_ops)',
  },
] as const;

export async function createProposedIndexes(db: Db): Promise<void> {
  await db.execute(sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
  for (const index of proposedIndexes) await db.execute(sql.raw(index.statement));
  // Index-only scans need the visibility map, which autovacuum would have set on a live database.
  await db.execute(sql`VACUUM ANALYZE people`);
}
