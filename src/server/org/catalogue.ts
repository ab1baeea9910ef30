import { and, eq } from 'drizzle-orm';
import { issue } from '../../contracts/issues';
import type { Db } from '../platform/db/client';
import { validationFailed } from '../platform/errors/appError';
import { departments, levels } from './tables';

/** Department and level ids in a request must belong to the caller's organisation. */
export async function assertCatalogueRefs(
  tx: Db,
  organizationId: string,
  input: { departmentId?: string | null; levelId?: string | null },
) {
  if (input.departmentId) {
    const [found] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(and(eq(departments.id, input.departmentId), eq(departments.organizationId, organizationId)));
    if (!found) throw validationFailed({ departmentId: issue('departmentForeign') });
  }
  if (input.levelId) {
    const [found] = await tx
      .select({ id: levels.id })
      .from(levels)
      .where(and(eq(levels.id, input.levelId), eq(levels.organizationId, organizationId)));
    if (!found) throw validationFailed({ levelId: issue('levelForeign') });
  }
}
