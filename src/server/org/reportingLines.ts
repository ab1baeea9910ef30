import { and, eq, isNull } from 'drizzle-orm';
import { issue } from '../../contracts/issues';
import { noteManagerChangeForReviews } from '../performance/reviews/managerChange';
import type { Db } from '../platform/db/client';
import { validationFailed } from '../platform/errors/appError';
import { managementChain } from '../platform/policy/managementChain';
import { people, reportingLines } from './tables';

/**
 * Moves a person to a new manager from `effective` on: closes the open line and opens a new one, and
 * keeps people.manager_id equal to the open line. Refuses cycles and managers from elsewhere.
 */
export async function changeManager(
  tx: Db,
  input: { organizationId: string; personId: string; managerId: string | null; effective: string },
) {
  if (input.managerId) await assertValidManager(tx, input.organizationId, input.personId, input.managerId);
  const [open] = await tx
    .select()
    .from(reportingLines)
    .where(and(eq(reportingLines.personId, input.personId), isNull(reportingLines.validTo)))
    .limit(1);
  if (open && open.validFrom > input.effective) {
    throw validationFailed({
      managerChangeEffective: issue('managerChangeTooEarly', { date: open.validFrom }),
    });
  }
  if (open && open.validFrom === input.effective) {
    // Same-day correction: rewrite the line that started today instead of leaving a zero-length one.
    await tx.update(reportingLines).set({ managerId: input.managerId }).where(eq(reportingLines.id, open.id));
  } else {
    if (open)
      await tx.update(reportingLines).set({ validTo: input.effective }).where(eq(reportingLines.id, open.id));
    await tx.insert(reportingLines).values({
      organizationId: input.organizationId,
      personId: input.personId,
      managerId: input.managerId,
      validFrom: input.effective,
    });
  }
  await tx.update(people).set({ managerId: input.managerId }).where(eq(people.id, input.personId));
  await noteManagerChangeForReviews(tx, input);
}

async function assertValidManager(tx: Db, organizationId: string, personId: string, managerId: string) {
  if (managerId === personId) throw validationFailed({ managerId: issue('reportToSelf') });
  const chain = await managementChain(tx, organizationId, managerId);
  if (chain.length === 0) throw validationFailed({ managerId: issue('managerForeign') });
  if (chain[0]?.status === 'terminated') throw validationFailed({ managerId: issue('managerLeft') });
  if (chain.some((row) => row.id === personId)) {
    throw validationFailed({ managerId: issue('managerCycle') });
  }
}
