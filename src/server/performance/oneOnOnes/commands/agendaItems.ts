import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { addAgendaItemRequest, updateAgendaItemRequest } from '../../../../contracts/oneOnOnes';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, notFound, versionConflict } from '../../../platform/errors/appError';
import { agendaItemPolicy, meetingPolicy } from '../policy';
import { loadMeetingFor } from '../queries';
import { oneOnOneAgendaItems } from '../tables';
import { changedFields, recordOneOnOneEvent } from './audit';

const closed = () => new AppError('invalid_state', 'This meeting is completed; add it to the next one.');

export async function addAgendaItem(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: z.output<typeof addAgendaItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { meeting, series } = await loadMeetingFor(tx, actor, meetingId, true);
    if (!meetingPolicy(actor, series, meeting).addItems) throw closed();
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

/** Loads an agenda item of a meeting the caller takes part in, locked, with the caller's abilities. */
async function lockAgendaItem(tx: Db, actor: Actor, itemId: string) {
  const [item] = await tx
    .select()
    .from(oneOnOneAgendaItems)
    .where(
      and(eq(oneOnOneAgendaItems.id, itemId), eq(oneOnOneAgendaItems.organizationId, actor.organizationId)),
    )
    .for('update');
  if (!item) throw notFound('Agenda item');
  const { meeting, series } = await loadMeetingFor(tx, actor, item.meetingId).catch(() => {
    throw notFound('Agenda item');
  });
  const meetingAbilities = meetingPolicy(actor, series, meeting);
  return { item, meeting, abilities: agendaItemPolicy(actor, meetingAbilities, item) };
}

export async function updateAgendaItem(
  db: Db,
  actor: Actor,
  itemId: string,
  input: z.output<typeof updateAgendaItemRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { item, meeting, abilities } = await lockAgendaItem(tx, actor, itemId);
    if (meeting.status !== 'upcoming') throw closed();
    if (input.text !== undefined && !abilities.edit) throw forbidden();
    if (input.discussed !== undefined && !abilities.tick) throw forbidden();
    if (item.version !== input.version) throw versionConflict(item.version);
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
    const { item, meeting, abilities } = await lockAgendaItem(tx, actor, itemId);
    if (meeting.status !== 'upcoming') throw closed();
    if (!abilities.remove) throw forbidden();
    if (item.version !== version) throw versionConflict(item.version);
    await tx.delete(oneOnOneAgendaItems).where(eq(oneOnOneAgendaItems.id, item.id));
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.agenda_item_removed',
      targetType: 'one_on_one_agenda_item',
      targetId: item.id,
      after: { meetingId: meeting.id },
    });
    return meeting.id;
  });
}
