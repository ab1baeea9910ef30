import type { Db } from '../../../platform/db/client';
import type { SectionChange } from '../sections';
import { improvementPlanRevisions, improvementPlanSectionChanges } from '../tables';

/**
 * Writes a revision of a published plan with its section changes. Publishing records every section
 * as new (nothing before it), so the history starts from what the employee was first shown.
 */
export async function addRevision(
  tx: Db,
  plan: { id: string; organizationId: string },
  revision: {
    number: number;
    kind: 'published' | 'edited' | 'extended' | 'closed';
    changedById: string | null;
    changes: SectionChange[];
  },
) {
  const [row] = await tx
    .insert(improvementPlanRevisions)
    .values({
      organizationId: plan.organizationId,
      planId: plan.id,
      number: revision.number,
      kind: revision.kind,
      changedById: revision.changedById,
    })
    .returning({ id: improvementPlanRevisions.id });
  if (revision.changes.length > 0)
    await tx.insert(improvementPlanSectionChanges).values(
      revision.changes.map((change) => ({
        organizationId: plan.organizationId,
        revisionId: row!.id,
        section: change.section,
        beforeVisibility: change.beforeVisibility,
        afterVisibility: change.afterVisibility,
        before: change.before ?? null,
        after: change.after ?? null,
      })),
    );
}
