import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { addAgendaItemRequest, updateAgendaItemRequest } from '../../../../contracts/oneOnOnes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { agendaItemAccess, meetingAccess } from '../access';
import { oneOnOneAgendaItems, oneOnOneDismissedSuggestions } from '../tables';
import { changedFields, recordOneOnOneEvent } from './audit';

export async function addAgendaItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: z.output<typeof addAgendaItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { meeting } = (await meetingAccess.lockFor(tx, actor, meetingId, 'addItems')).row;
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${oneOnOneAgendaItems.position}), 0)`.mapWith(Number) })
      .from(oneOnOneAgendaItems)
      .where(
        and(eq(oneOnOneAgendaItems.meetingId, meeting.id), eq(oneOnOneAgendaItems.section, input.section)),
      );
    const [item] = await tx
      .insert(oneOnOneAgendaItems)
      .values({
        organizationId: actor.organizationId,
        meetingId: meeting.id,
        section: input.section,
        source: 'manual',
        text: input.text,
        authorId: actor.personId,
        position: (last?.max ?? 0) + 1,
      })
      .returning({ id: oneOnOneAgendaItems.id });
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.agenda_item_added',
      targetType: 'one_on_one_agenda_item',
      targetId: item!.id,
      after: { meetingId: meeting.id, section: input.section },
    });
    return item!.id;
  });
}

export async function updateAgendaItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: z.output<typeof updateAgendaItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    // Rewording is the author's; ticking is either participant's (agendaItemPolicy).
    const ability = input.text !== undefined ? 'edit' : 'tick';
    const { item, meeting } = (await agendaItemAccess.lockFor(tx, actor, itemId, ability, input.version)).row;
    await tx
      .update(oneOnOneAgendaItems)
      .set({
        text: input.text ?? item.text,
        discussed: input.discussed ?? item.discussed,
        version: item.version + 1,
      })
      .where(eq(oneOnOneAgendaItems.id, item.id));
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.agenda_item_updated',
      targetType: 'one_on_one_agenda_item',
      targetId: item.id,
      after: { fields: changedFields(input), discussed: input.discussed },
    });
    return meeting.id;
  });
}

export async function removeAgendaItem(
  db: Db,
  actor: Actor,
  itemId: string,
  version: number,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { item, meeting } = (await agendaItemAccess.lockFor(tx, actor, itemId, 'remove', version)).row;
    await tx.delete(oneOnOneAgendaItems).where(eq(oneOnOneAgendaItems.id, item.id));
    // Removing a suggestion dismisses it: the series is not offered the same record again.
    const dismissed = item.source !== 'manual' && item.sourceRef !== null;
    if (dismissed) {
      await tx
        .insert(oneOnOneDismissedSuggestions)
        .values({
          organizationId: item.organizationId,
          seriesId: meeting.seriesId,
          source: item.source,
          sourceRef: item.sourceRef!,
          dismissedBy: actor.personId,
        })
        .onConflictDoNothing();
    }
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.agenda_item_removed',
      targetType: 'one_on_one_agenda_item',
      targetId: item.id,
      after: { meetingId: meeting.id, dismissedSuggestion: dismissed },
    });
    return meeting.id;
  });
}
