import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, notFound } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { invitationTargetAccess } from '../access';
import { coachingInvitations } from '../tables';
import { audit } from './shared';

/**
 * A manager (anyone in the person's chain) or an HR admin invites a person to try coaching. It is
 * an invitation only: the person may ignore or dismiss it, and nobody is told which.
 */
export async function sendInvitation(db: Db, actor: Actor, recipientId: string): Promise<string> {
  if (!actor.personId) throw forbidden();
  return inTransaction(db, async (tx) => {
    await invitationTargetAccess.reachFor(tx, actor, recipientId);
    const [row] = await tx
      .insert(coachingInvitations)
      .values({ organizationId: actor.organizationId, senderId: actor.personId, recipientId })
      .returning({ id: coachingInvitations.id });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId,
        kind: 'coaching.invited',
        params: {},
        link: '/growth/coaching',
      },
    ]);
    await audit(tx, actor, 'coaching.invitation_sent', 'coaching_invitation', row!.id);
    return row!.id;
  });
}

/**
 * The recipient dismisses an invitation. Not audited: the trail is read by org admins, and a
 * dismissal is exactly what nobody but the recipient is to learn.
 */
export async function dismissInvitation(db: Db, actor: Actor, id: string) {
  if (!actor.personId) throw notFound('Invitation');
  const rows = await db
    .update(coachingInvitations)
    .set({ dismissedAt: new Date() })
    .where(
      and(
        eq(coachingInvitations.id, id),
        eq(coachingInvitations.organizationId, actor.organizationId),
        eq(coachingInvitations.recipientId, actor.personId),
        isNull(coachingInvitations.dismissedAt),
      ),
    )
    .returning({ id: coachingInvitations.id });
  if (rows.length === 0) {
    const [mine] = await db
      .select({ id: coachingInvitations.id })
      .from(coachingInvitations)
      .where(and(eq(coachingInvitations.id, id), eq(coachingInvitations.recipientId, actor.personId)));
    if (!mine) throw notFound('Invitation');
  }
}
