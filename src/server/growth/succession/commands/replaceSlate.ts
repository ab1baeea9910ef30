import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { type Issue, issue } from '../../../../contracts/issues';
import type { replaceSlateRequest } from '../../../../contracts/succession';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { successionPlanAccess } from '../access';
import { namesSelf } from '../policy';
import { currentPeople } from '../queries';
import { keyPositionReviewers, keyPositions, successionCandidates } from '../tables';

type SlateInput = z.output<typeof replaceSlateRequest>['successors'];

/** Who is on the slate, in what order and how ready — never the notes (see writePositions.ts). */
const slateShape = (entries: { personId: string; readiness: string; interim: boolean }[]) =>
  entries.map((entry, index) => ({
    personId: entry.personId,
    readiness: entry.readiness,
    rank: index + 1,
    interim: entry.interim,
  }));

/**
 * The rules of a slate, each a field error on the entry that breaks it: a current member of the
 * organisation, not the incumbent, not a designated reviewer, not the caller, listed once, and at
 * most one interim successor (the cap of five is the contract's).
 */
function slateIssues(
  actor: Actor,
  successors: SlateInput,
  context: { known: Set<string>; incumbentId: string | null; reviewerIds: Set<string> },
) {
  const issues: Record<string, Issue> = {};
  const seen = new Set<string>();
  let interimSeen = false;
  successors.forEach((entry, index) => {
    const field = `successors.${index}.personId`;
    if (!context.known.has(entry.personId)) issues[field] = issue('personForeign');
    else if (entry.personId === context.incumbentId) issues[field] = issue('successorIsIncumbent');
    else if (namesSelf(actor, entry.personId)) issues[field] = issue('ownSuccessionPlan');
    else if (context.reviewerIds.has(entry.personId)) issues[field] = issue('reviewerOnPlan');
    else if (seen.has(entry.personId)) issues[field] = issue('successorTwice');
    seen.add(entry.personId);
    if (entry.interim && interimSeen) issues[`successors.${index}.interim`] = issue('oneInterimOnly');
    interimSeen ||= entry.interim;
  });
  return issues;
}

/** Replaces a position's slate with the given ordered list; version-checked, audited before/after. */
export async function replaceSlate(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof replaceSlateRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await successionPlanAccess.lockFor(tx, actor, id, 'editSlate', input.version);
    const [before, reviewers, known] = await Promise.all([
      tx
        .select()
        .from(successionCandidates)
        .where(eq(successionCandidates.positionId, row.id))
        .orderBy(successionCandidates.rank),
      tx
        .select({ id: keyPositionReviewers.personId })
        .from(keyPositionReviewers)
        .where(eq(keyPositionReviewers.positionId, row.id)),
      currentPeople(
        tx,
        actor.organizationId,
        input.successors.map((entry) => entry.personId),
      ),
    ]);
    const issues = slateIssues(actor, input.successors, {
      known,
      incumbentId: row.incumbentId,
      reviewerIds: new Set(reviewers.map((r) => r.id)),
    });
    if (Object.keys(issues).length) throw validationFailed(issues);
    await tx.delete(successionCandidates).where(eq(successionCandidates.positionId, row.id));
    if (input.successors.length)
      await tx.insert(successionCandidates).values(
        input.successors.map((entry, index) => ({
          organizationId: actor.organizationId,
          positionId: row.id,
          personId: entry.personId,
          readiness: entry.readiness,
          rank: index + 1,
          interim: entry.interim,
          successorNote: entry.successorNote,
        })),
      );
    await tx
      .update(keyPositions)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(keyPositions.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'key_position.slate_changed',
      targetType: 'key_position',
      targetId: row.id,
      before: { successors: slateShape(before) },
      after: { successors: slateShape(input.successors) },
    });
  });
}
