import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { addActionItemRequest, updateActionItemRequest } from '../../../../contracts/oneOnOnes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, validationFailed, versionConflict } from '../../../platform/errors/appError';
import { actionItemPolicy, meetingPolicy, type SeriesFacts } from '../policy';
import { loadMeetingFor } from '../queries';
import { oneOnOneActionItems } from '../tables';
import { changedFields, recordOneOnOneEvent } from './audit';

const closed = () => new AppError('invalid_state', 'This meeting is completed; add it to the next one.');

/** An action item belongs to one of the two people in the room. */
function assertOwnerTakesPart(series: SeriesFacts, ownerId: string) {
  if (ownerId !== series.organizerId && ownerId !== series.attendeeId) {
    throw validationFailed({ ownerId: 'Choose one of the two participants' });
  }
}

export async function addActionItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: z.output<typeof addActionItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { meeting, series } = await loadMeetingFor(tx, actor, meetingId, true);
    if (!meetingPolicy(actor, series, meeting).addItems) throw closed();
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
    const [item] = await tx
      .select()
      .from(oneOnOneActionItems)
      .where(
        and(eq(oneOnOneActionItems.id, itemId), eq(oneOnOneActionItems.organizationId, actor.organizationId)),
      )
      .for('update');
    if (!item) throw notFound('Action item');
    const { meeting, series } = await loadMeetingFor(tx, actor, item.meetingId).catch(() => {
      throw notFound('Action item');
    });
    if (!actionItemPolicy(meetingPolicy(actor, series, meeting)).edit) throw closed();
    if (item.version !== input.version) throw versionConflict(item.version);
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
