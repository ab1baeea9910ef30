import { and, asc, eq, isNull } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { meetingAccess } from '../access';
import { NEXT_SUGGESTION_CAP } from '../nextSection';
import { nextMeetingDate } from '../schedule';
import { oneOnOneActionItems, oneOnOneAgendaItems, oneOnOneMeetings } from '../tables';
import { recordOneOnOneEvent } from './audit';

/**
 * Closes the upcoming meeting and opens the next one, one cadence step later. Agenda items nobody
 * ticked as discussed and action items still open are copied to the new meeting (the copy points
 * back with carriedFromId), so the closed meeting keeps its record as it was. Private notes are
 * never copied. A meeting is completed on or after its day in the organisation's calendar, never
 * before it. Returns the new meeting's id.
 */
export async function completeMeeting(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: { version: number; today?: string },
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { meeting, series } = (await meetingAccess.lockFor(tx, actor, meetingId, 'complete', input.version))
      .row;
    const today = input.today ?? (await actorToday(tx, actor));
    if (meeting.scheduledOn > today) {
      throw new AppError('invalid_state', issue('meetingNotYet', { date: meeting.scheduledOn }));
    }
    const now = new Date();
    await tx
      .update(oneOnOneMeetings)
      .set({
        status: 'completed',
        completedAt: now,
        completedBy: actor.personId,
        version: meeting.version + 1,
        updatedAt: now,
      })
      .where(eq(oneOnOneMeetings.id, meeting.id));
    const [next] = await tx
      .insert(oneOnOneMeetings)
      .values({
        organizationId: meeting.organizationId,
        seriesId: series.id,
        scheduledOn: nextMeetingDate(meeting.scheduledOn, series.cadence, today),
      })
      .returning({ id: oneOnOneMeetings.id, scheduledOn: oneOnOneMeetings.scheduledOn });
    const carried = await carryOver(tx, meeting.id, next!.id);
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.meeting_completed',
      targetType: 'one_on_one_meeting',
      targetId: meeting.id,
      after: { nextMeetingId: next!.id, nextMeetingOn: next!.scheduledOn, ...carried },
    });
    return next!.id;
  });
}

async function carryOver(tx: Db, fromMeetingId: string, toMeetingId: string) {
  const notDiscussed = await tx
    .select()
    .from(oneOnOneAgendaItems)
    .where(and(eq(oneOnOneAgendaItems.meetingId, fromMeetingId), eq(oneOnOneAgendaItems.discussed, false)))
    .orderBy(asc(oneOnOneAgendaItems.section), asc(oneOnOneAgendaItems.position));
  // What people wrote always carries over, and so do "Now" items from other modules (obligations
  // such as an improvement plan's check-in, nowSection.ts); "Next" suggestions only up to the cap.
  const suggested = notDiscussed
    .filter((item) => item.source !== 'manual' && item.section === 'next')
    .slice(0, NEXT_SUGGESTION_CAP);
  const openAgenda = notDiscussed.filter(
    (item) => item.source === 'manual' || item.section === 'now' || suggested.includes(item),
  );
  if (openAgenda.length > 0) {
    await tx.insert(oneOnOneAgendaItems).values(
      openAgenda.map((item) => ({
        organizationId: item.organizationId,
        meetingId: toMeetingId,
        section: item.section,
        source: item.source,
        sourceRef: item.sourceRef,
        text: item.text,
        authorId: item.authorId,
        position: item.position,
        carriedFromId: item.id,
      })),
    );
  }
  const openActions = await tx
    .select()
    .from(oneOnOneActionItems)
    .where(and(eq(oneOnOneActionItems.meetingId, fromMeetingId), isNull(oneOnOneActionItems.doneAt)));
  if (openActions.length > 0) {
    await tx.insert(oneOnOneActionItems).values(
      openActions.map((item) => ({
        organizationId: item.organizationId,
        meetingId: toMeetingId,
        text: item.text,
        ownerId: item.ownerId,
        dueOn: item.dueOn,
        carriedFromId: item.id,
      })),
    );
  }
  return { carriedAgendaItems: openAgenda.length, carriedActionItems: openActions.length };
}
