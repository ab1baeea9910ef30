import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  acceptOfferRequest,
  createOfferRequest,
  declineOfferRequest,
  OfferKind,
} from '../../../../contracts/developmentOffers';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notify } from '../../../platform/notifications/notify';
import { addAction } from '../commands/actions';
import type { ActionKind } from '../tables';
import { offerAccess } from './access';
import { developmentOffers } from './tables';

/** The plan action an accepted offer becomes. */
const actionKindOf: Record<OfferKind, ActionKind> = {
  programme: 'course',
  mentor: 'mentoring',
  stretch_assignment: 'stretch_assignment',
};

/**
 * Writes an offer inside the caller's transaction (a talent review's command) and tells the person
 * that something was offered, without saying where from. Returns the offer's id.
 */
export async function createOfferIn(
  tx: Db,
  input: z.output<typeof createOfferRequest> & {
    organizationId: string;
    personId: string;
    offeredBy: string | null;
    sourceSessionId: string | null;
    actorAccountId: string | null;
  },
): Promise<string> {
  const [row] = await tx
    .insert(developmentOffers)
    .values({
      organizationId: input.organizationId,
      personId: input.personId,
      sourceSessionId: input.sourceSessionId,
      kind: input.kind,
      title: input.title,
      offerText: input.offerText,
      offeredBy: input.offeredBy,
    })
    .returning({ id: developmentOffers.id });
  await notify(tx, [
    {
      organizationId: input.organizationId,
      recipientId: input.personId,
      kind: 'development_offer.received',
      params: {},
      link: '/growth/plans',
    },
  ]);
  await recordAuditEvent(tx, {
    organizationId: input.organizationId,
    actorAccountId: input.actorAccountId,
    action: 'development_offer.created',
    targetType: 'development_offer',
    targetId: row!.id,
    after: { personId: input.personId, kind: input.kind },
  });
  return row!.id;
}

/** The person accepts: the offer becomes an action under a goal of one of their plans. */
export async function acceptOffer(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof acceptOfferRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await offerAccess.lockFor(tx, actor, id, 'respond', input.version);
    const actionId = await addAction(tx, actor, input.planId, input.goalId, {
      kind: actionKindOf[row.kind],
      title: row.title.slice(0, 300),
    });
    await tx
      .update(developmentOffers)
      .set({ state: 'accepted', respondedAt: new Date(), planActionId: actionId, version: row.version + 1 })
      .where(eq(developmentOffers.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'development_offer.accepted',
      targetType: 'development_offer',
      targetId: row.id,
      after: { planId: input.planId, actionId },
    });
  });
}

export async function declineOffer(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof declineOfferRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await offerAccess.lockFor(tx, actor, id, 'respond', input.version);
    await tx
      .update(developmentOffers)
      .set({ state: 'declined', respondedAt: new Date(), version: row.version + 1 })
      .where(eq(developmentOffers.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'development_offer.declined',
      targetType: 'development_offer',
      targetId: row.id,
    });
  });
}
