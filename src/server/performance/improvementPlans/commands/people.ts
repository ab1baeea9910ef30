import { eq } from 'drizzle-orm';
import { people } from '../../../org/tables';
import type { Db } from '../../../platform/db/client';

/** The employee's name, status and current direct manager: who is told what about their plan. */
export async function employeeOf(tx: Db, employeeId: string) {
  const [row] = await tx
    .select({
      name: people.givenName,
      familyName: people.familyName,
      managerId: people.managerId,
      status: people.status,
    })
    .from(people)
    .where(eq(people.id, employeeId));
  return row ? { name: `${row.name} ${row.familyName}`, managerId: row.managerId, status: row.status } : null;
}
