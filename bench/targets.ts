import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../src/server/platform/db/client';

/** The people and search terms the benchmarks aim at: the worst cases for the org chart. */
export interface Targets {
  widestManagerId: string;
  /** Active direct reports of the widest manager (what the org chart shows). */
  widestSpan: number;
  deepestId: string;
  depth: number;
  /** The first four letters of the most common family name: a search a person would type. */
  searchTerm: string;
  /** Everyone in the organisation, leavers included: the directory's total for an HR admin. */
  everyone: number;
}

export async function pickTargets(db: Db, organizationId: string): Promise<Targets> {
  const [widest] = await queryRows<{ manager_id: string; span: number }>(
    db,
    sql`SELECT manager_id, count(*)::int AS span FROM people
        WHERE organization_id = ${organizationId} AND manager_id IS NOT NULL AND status <> 'terminated'
        GROUP BY manager_id ORDER BY span DESC, manager_id LIMIT 1`,
  );
  const [deepest] = await queryRows<{ id: string; depth: number }>(
    db,
    sql`WITH RECURSIVE tree(id, depth) AS (
          SELECT id, 0 FROM people WHERE organization_id = ${organizationId} AND manager_id IS NULL
          UNION ALL
          SELECT p.id, t.depth + 1 FROM people p JOIN tree t ON p.manager_id = t.id)
        SELECT tree.id, tree.depth FROM tree JOIN people p ON p.id = tree.id
        WHERE p.status <> 'terminated' ORDER BY tree.depth DESC, tree.id LIMIT 1`,
  );
  const [common] = await queryRows<{ family_name: string }>(
    db,
    sql`SELECT family_name FROM people WHERE organization_id = ${organizationId}
        GROUP BY family_name HAVING family_name ~ '^[A-Za-z]{4}' ORDER BY count(*) DESC, family_name LIMIT 1`,
  );
  const [everyone] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM people WHERE organization_id = ${organizationId}`,
  );
  return {
    widestManagerId: widest!.manager_id,
    widestSpan: Number(widest!.span),
    deepestId: deepest!.id,
    depth: Number(deepest!.depth),
    searchTerm: common!.family_name.slice(0, 4),
    everyone: Number(everyone!.n),
  };
}

/** A page about half-way through a directory of this size (page 2,000 of 25 at 100,000 people). */
export const deepPageFor = (people: number) => Math.max(2, Math.round(people / 50));
