import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import {
  type AspirationHorizon,
  type AspirationKind,
  type createAspirationRequest,
  horizonKinds,
  type shareAspirationRequest,
  type updateAspirationRequest,
} from '../../../../contracts/aspirations';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { aspirationAccess } from '../access';
import { aspirations } from '../tables';

/** A horizon only where it means something: values and motivators are timeless. */
const horizonFor = (kind: AspirationKind, horizon: AspirationHorizon | null | undefined) =>
  horizonKinds.includes(kind) ? (horizon ?? null) : null;

/** The audit trail records the shape of a change, never the words (an org admin reads the trail). */
const auditShape = (row: {
  kind: string;
  horizon: string | null;
  sharedWithManager: boolean;
  sharedWithTalentReview?: boolean;
}) => ({
  kind: row.kind,
  horizon: row.horizon,
  sharedWithManager: row.sharedWithManager,
  sharedWithTalentReview: row.sharedWithTalentReview ?? false,
});

/** Loads an aspiration for a change by its owner: 404 for those who cannot see it, 403 for a reader. */
async function lockOwned(tx: Db, actor: Actor, id: string, version: number | null) {
  return (await aspirationAccess.lockFor(tx, actor, id, 'edit', version)).row;
}

/** Tells the owner's manager that something was shared with them, without saying what. */
async function tellManager(tx: Db, actor: Actor, ownerId: string) {
  const [owner] = await tx
    .select({ managerId: people.managerId, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(eq(people.id, ownerId));
  if (!owner?.managerId) return;
  await notify(tx, [
    {
      organizationId: actor.organizationId,
      recipientId: owner.managerId,
      kind: 'aspiration.shared',
      params: { name: `${owner.givenName} ${owner.familyName}` },
      link: `/people/${ownerId}`,
    },
  ]);
}

export async function createAspiration(
  db: Db,
  actor: Actor,
  input: z.output<typeof createAspirationRequest>,
): Promise<string> {
  if (!actor.personId) throw forbidden();
  const ownerId = actor.personId;
  return inTransaction(db, async (tx) => {
    const values = {
      organizationId: actor.organizationId,
      ownerId,
      kind: input.kind,
      horizon: horizonFor(input.kind, input.horizon),
      aspirationText: input.aspirationText,
      sharedWithManager: input.sharedWithManager,
      sharedAt: input.sharedWithManager ? new Date() : null,
      sharedWithTalentReview: input.sharedWithTalentReview,
    };
    const [row] = await tx.insert(aspirations).values(values).returning({ id: aspirations.id });
    if (input.sharedWithManager) await tellManager(tx, actor, ownerId);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'aspiration.created',
      targetType: 'aspiration',
      targetId: row!.id,
      after: auditShape(values),
    });
    return row!.id;
  });
}

export async function updateAspiration(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateAspirationRequest>,
) {
  await inTransaction(db, async (tx) => {
    const row = await lockOwned(tx, actor, id, input.version);
    const kind = input.kind ?? row.kind;
    const next = {
      kind,
      horizon: horizonFor(kind, input.horizon === undefined ? row.horizon : input.horizon),
      aspirationText: input.aspirationText ?? row.aspirationText,
      sharedWithManager: row.sharedWithManager,
    };
    await tx
      .update(aspirations)
      .set({ ...next, version: row.version + 1, updatedAt: new Date() })
      .where(eq(aspirations.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'aspiration.updated',
      targetType: 'aspiration',
      targetId: row.id,
      before: auditShape(row),
      after: auditShape(next),
    });
  });
}

/**
 * Shares an item with the direct manager and/or with talent reviews, or takes it back; revoking
 * takes effect on the next read. Each audience changes only when the request names it.
 */
export async function shareAspiration(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof shareAspirationRequest>,
) {
  await inTransaction(db, async (tx) => {
    const row = await lockOwned(tx, actor, id, input.version);
    const manager = input.sharedWithManager ?? row.sharedWithManager;
    const talent = input.sharedWithTalentReview ?? row.sharedWithTalentReview;
    const managerChanged = manager !== row.sharedWithManager;
    if (!managerChanged && talent === row.sharedWithTalentReview) return;
    await tx
      .update(aspirations)
      .set({
        sharedWithManager: manager,
        sharedAt: managerChanged ? (manager ? new Date() : null) : row.sharedAt,
        sharedWithTalentReview: talent,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(aspirations.id, row.id));
    if (managerChanged && manager) await tellManager(tx, actor, row.ownerId);
    if (managerChanged)
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: manager ? 'aspiration.shared' : 'aspiration.unshared',
        targetType: 'aspiration',
        targetId: row.id,
        after: { sharedWithManager: manager },
      });
    if (talent !== row.sharedWithTalentReview)
      await recordAuditEvent(tx, {
        organizationId: actor.organizationId,
        actorAccountId: actor.accountId,
        action: talent ? 'aspiration.shared_with_talent_review' : 'aspiration.unshared_from_talent_review',
        targetType: 'aspiration',
        targetId: row.id,
        after: { sharedWithTalentReview: talent },
      });
  });
}

export async function removeAspiration(db: Db, actor: Actor, id: string) {
  await inTransaction(db, async (tx) => {
    const row = await lockOwned(tx, actor, id, null);
    await tx.delete(aspirations).where(eq(aspirations.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'aspiration.removed',
      targetType: 'aspiration',
      targetId: row.id,
      before: auditShape(row),
    });
  });
}

export interface OutcomeAspirationInput {
  id?: string;
  kind: AspirationKind;
  horizon: AspirationHorizon | null;
  aspirationText: string;
  sharedWithManager: boolean;
}

/**
 * Writes what a career conversation's outcome says about the owner's aspirations, inside the
 * caller's transaction: items with an id update the owner's existing item (any other id names the
 * field), items without one are created. Each is marked as coming from the conversation.
 */
export async function applyOutcomeAspirations(
  tx: Db,
  input: {
    organizationId: string;
    ownerId: string;
    actorAccountId: string;
    conversationId: string;
    items: OutcomeAspirationInput[];
  },
): Promise<{ created: number; updated: number }> {
  const ids = input.items.flatMap((item) => (item.id ? [item.id] : []));
  const existing = ids.length
    ? await tx
        .select({ id: aspirations.id })
        .from(aspirations)
        .where(
          and(
            eq(aspirations.organizationId, input.organizationId),
            eq(aspirations.ownerId, input.ownerId),
            inArray(aspirations.id, ids),
          ),
        )
        .for('update')
    : [];
  const owned = new Set(existing.map((row) => row.id));
  input.items.forEach((item, index) => {
    if (item.id && !owned.has(item.id))
      throw validationFailed({ [`aspirations.${index}.id`]: issue('chooseOwnAspiration') });
  });
  let created = 0;
  let updated = 0;
  for (const item of input.items) {
    const values = {
      kind: item.kind,
      horizon: horizonFor(item.kind, item.horizon),
      aspirationText: item.aspirationText,
      sharedWithManager: item.sharedWithManager,
      sharedAt: item.sharedWithManager ? new Date() : null,
      conversationId: input.conversationId,
    };
    let id = item.id;
    if (id) {
      await tx
        .update(aspirations)
        .set({ ...values, version: sql`${aspirations.version} + 1`, updatedAt: new Date() })
        .where(eq(aspirations.id, id));
      updated++;
    } else {
      const [row] = await tx
        .insert(aspirations)
        .values({ ...values, organizationId: input.organizationId, ownerId: input.ownerId })
        .returning({ id: aspirations.id });
      id = row!.id;
      created++;
    }
    await recordAuditEvent(tx, {
      organizationId: input.organizationId,
      actorAccountId: input.actorAccountId,
      action: item.id ? 'aspiration.updated' : 'aspiration.created',
      targetType: 'aspiration',
      targetId: id,
      after: { ...auditShape(values), conversationId: input.conversationId },
    });
  }
  return { created, updated };
}
