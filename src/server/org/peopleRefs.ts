import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../platform/db/client';
import { people } from './tables';

/** How a record names a person: enough to show who, nothing of their record. */
export interface PersonRef {
  id: string;
  displayName: string;
  jobTitle: string;
}

/** Display names for a set of people of one organisation, in one query (nulls and repeats ignored). */
export async function peopleRefs(
  db: Db,
  organizationId: string,
  ids: (string | null)[],
): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      jobTitle: people.jobTitle,
    })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), inArray(people.id, wanted)));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, displayName: `${r.givenName} ${r.familyName}`, jobTitle: r.jobTitle },
    ]),
  );
}
