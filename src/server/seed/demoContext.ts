import { and, eq, ne } from 'drizzle-orm';
import { departments, people } from '../org/tables';
import type { Db } from '../platform/db/client';

/** What every demo seeding step gets: the demo organisation and the date the demo is built for. */
export interface DemoContext {
  organizationId: string;
  /** ISO date (yyyy-mm-dd) the demo treats as today; history is dated backwards from it. */
  today: string;
}

/** One person of the demo organisation, with what the demo seeds pick people by. */
export interface DemoPerson {
  id: string;
  email: string;
  givenName: string;
  familyName: string;
  managerId: string | null;
  /** The department's name, for texts that fit the person's field (`workFamily`). */
  departmentName: string | null;
}

/** The demo organisation's staff without leavers, ordered by email so that seeding is repeatable. */
export function demoStaff(tx: Db, organizationId: string): Promise<DemoPerson[]> {
  return tx
    .select({
      id: people.id,
      email: people.email,
      givenName: people.givenName,
      familyName: people.familyName,
      managerId: people.managerId,
      departmentName: departments.name,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(people.organizationId, organizationId), ne(people.status, 'terminated')))
    .orderBy(people.email);
}

/**
 * The kind of work a department does. Demo texts (review answers, praise) are picked from the
 * person's own field, so an engineer is not proud of closing a sales renewal (issue 11, item 17).
 */
export type WorkFamily = 'engineering' | 'product' | 'commercial' | 'people' | 'business';

const familyOfDepartment: Record<string, WorkFamily> = {
  Engineering: 'engineering',
  IT: 'engineering',
  Data: 'engineering',
  Security: 'engineering',
  Product: 'product',
  Design: 'product',
  Sales: 'commercial',
  'Customer Success': 'commercial',
  Marketing: 'commercial',
  'People & Culture': 'people',
};

/** The work family of a demo department by name; finance, legal, operations and the rest: business. */
export const workFamily = (departmentName: string | null | undefined): WorkFamily =>
  (departmentName ? familyOfDepartment[departmentName] : undefined) ?? 'business';

/**
 * Writes demo rows a few hundred per statement: one statement per table would pass PostgreSQL's
 * bind-parameter limit for wide rows, one per row would be slow.
 */
export async function insertInChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 500) {
  for (let start = 0; start < rows.length; start += size) await insert(rows.slice(start, start + size));
}
