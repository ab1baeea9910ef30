import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type { addActionItemRequest, updateActionItemRequest } from '../../../../contracts/oneOnOnes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { actionItemAccess, meetingAccess } from '../access';
import { type SeriesFacts, takesPart } from '../policy';
import { oneOnOneActionItems } from '../tables';
import { changedFields, recordOneOnOneEvent } from './audit';

/** An action item belongs to one of the two people in the room. */
function assertOwnerTakesPart(series: SeriesFacts, ownerId: string) {
  if (!takesPart(series, ownerId)) throw validationFailed({ ownerId: issue('chooseParticipant') });
}

export async function addActionItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: z.output<typeof addActionItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { meeting, series } = (await meetingAccess.lockFor(tx, actor, meetingId, 'addItems')).row;
    assertOwnerTakesPart(series, input.ownerId);
    const [item] = await tx
      .insert(oneOnOneActionItems)
      .values({
        organizationId: actor.organizationId,
        meetingId: meeting.id,
        text: input.text,
        ownerId: input.ownerId,
        dueOn: input.dueOn ?? null,
      })
      .returning({ id: oneOnOneActionItems.id });
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.action_item_added',
      targetType: 'one_on_one_action_item',
      targetId: item!.id,
      after: { meetingId: meeting.id, ownerId: input.ownerId, dueOn: input.dueOn ?? null },
    });
    return item!.id;
  });
}

export async function updateActionItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: z.output<typeof updateActionItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { item, meeting, series } = (
      await actionItemAccess.lockFor(tx, actor, itemId, 'edit', input.version)
    ).row;
    if (input.ownerId) assertOwnerTakesPart(series, input.ownerId);
    const doneAt = input.done === undefined ? item.doneAt : input.done ? (item.doneAt ?? new Date()) : null;
    await tx
      .update(oneOnOneActionItems)
      .set({
        text: input.text ?? item.text,
        ownerId: input.ownerId ?? item.ownerId,
        dueOn: input.dueOn === undefined ? item.dueOn : input.dueOn,
        doneAt,
        version: item.version + 1,
      })
      .where(eq(oneOnOneActionItems.id, item.id));
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.action_item_updated',
      targetType: 'one_on_one_action_item',
      targetId: item.id,
      after: { fields: changedFields(input), done: input.done, ownerId: input.ownerId, dueOn: input.dueOn },
    });
    return meeting.id;
  });
}
