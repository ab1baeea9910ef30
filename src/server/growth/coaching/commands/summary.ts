import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { writeSummaryRequest } from '../../../../contracts/coaching';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, versionConflict } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { engagementAccess } from '../access';
import { namesOf, summaryOf } from '../queries';
import { coachingSummaries } from '../tables';
import { audit } from './shared';

/**
 * The coachee writes a summary and publishes it to their current direct manager, or takes it back
 * (`sharedWithManager: false`), which ends the manager's view on their next request. The manager
 * is told that a summary was shared, never what it says.
 */
export async function writeSummary(
  db: Db,
  actor: Actor,
  engagementId: string,
  input: z.output<typeof writeSummaryRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, engagementId, 'shareSummary');
    const existing = await summaryOf(tx, row.id);
    if (existing && input.version !== undefined && existing.version !== input.version)
      throw versionConflict(existing.version);
    const [coachee] = await tx
      .select({ managerId: people.managerId })
      .from(people)
      .where(eq(people.id, row.coacheeId));
    const managerId = coachee?.managerId ?? null;
    if (input.sharedWithManager && !managerId)
      throw new AppError('invalid_state', issue('coachingNoManager'));
    const sharedWithId = input.sharedWithManager ? managerId : null;
    const newlyShared = sharedWithId !== null && existing?.sharedWithId !== sharedWithId;
    const values = {
      summaryText: input.summaryText,
      sharedWithId,
      sharedAt: sharedWithId ? (newlyShared ? new Date() : (existing?.sharedAt ?? new Date())) : null,
      updatedAt: new Date(),
    };
    if (existing)
      await tx
        .update(coachingSummaries)
        .set({ ...values, version: existing.version + 1 })
        .where(eq(coachingSummaries.id, existing.id));
    else
      await tx.insert(coachingSummaries).values({
        ...values,
        organizationId: actor.organizationId,
        engagementId: row.id,
        coacheeId: row.coacheeId,
      });
    if (newlyShared)
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: sharedWithId!,
          kind: 'coaching.summary_shared',
          params: { name: (await namesOf(tx, [row.coacheeId])).get(row.coacheeId)?.name ?? null },
          link: `/people/${row.coacheeId}`,
        },
      ]);
    await audit(tx, actor, 'coaching.summary_written', 'coaching_engagement', row.id, {
      sharedWithManager: sharedWithId !== null,
    });
  });
}
