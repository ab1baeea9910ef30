import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';

/**
 * The 1:1 series between two people, if they have one (there is at most one per pair). Growth uses
 * it to find where a shared development plan's follow-ups go; it learns only the series id.
 */
export async function findSeriesBetween(
  db: Db,
  input: { organizationId: string; personA: string; personB: string },
): Promise<string | null> {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`SELECT id FROM one_on_one_series
         WHERE organization_id = ${input.organizationId}
           AND least(organizer_id, attendee_id) = least(${input.personA}::uuid, ${input.personB}::uuid)
           AND greatest(organizer_id, attendee_id) = greatest(${input.personA}::uuid, ${input.personB}::uuid)
         LIMIT 1`,
  );
  return row?.id ?? null;
}
