import type { Actor } from '../../platform/auth/actor';

/**
 * 1:1 policy. A series and its meetings belong to the two participants and nobody else: no role
 * (manager of a participant, skip-level, HR admin, approver, coach, org admin) grants a look, so
 * roles appear nowhere below. Private notes are narrower still: only their author reads them.
 */
export interface SeriesFacts {
  organizerId: string;
  attendeeId: string;
}

/** Whether this person is one of the two people in the series. */
export const takesPart = (series: SeriesFacts, personId: string | null) =>
  personId !== null && (personId === series.organizerId || personId === series.attendeeId);

export const isParticipant = (actor: Actor, series: SeriesFacts) => takesPart(series, actor.personId);

/** The participant a person meets in the series (for "1:1 with …"). */
export const otherParticipant = (series: SeriesFacts, personId: string | null) =>
  series.organizerId === personId ? series.attendeeId : series.organizerId;

/**
 * The series a caller lists: the ones they take part in, and no role adds any (`seriesPolicy`).
 * The series list filters with exactly this; `policy.test.ts` holds it equal to `seriesPolicy`.
 */
export type SeriesReach = { participantId: string } | 'none';
export const seriesReach = (actor: Actor): SeriesReach =>
  actor.personId === null ? 'none' : { participantId: actor.personId };

export function seriesPolicy(actor: Actor, series: SeriesFacts) {
  const participant = isParticipant(actor, series);
  return { read: participant, update: participant };
}

/** Completed meetings are a record: only private notes (the author's own thoughts) stay editable. */
export function meetingPolicy(
  actor: Actor,
  series: SeriesFacts,
  meeting: { status: 'upcoming' | 'completed' },
) {
  const participant = isParticipant(actor, series);
  const open = participant && meeting.status === 'upcoming';
  return {
    read: participant,
    addItems: open,
    editSharedNotes: open,
    complete: open,
    writePrivateNote: participant,
  };
}

/**
 * Either participant ticks an item off; only its author rewords or removes it. A suggestion (no
 * author) may be removed by either participant: that dismisses it for the series.
 */
export function agendaItemPolicy(
  actor: Actor,
  meeting: ReturnType<typeof meetingPolicy>,
  item: { authorId: string | null },
) {
  const own = actor.personId !== null && item.authorId === actor.personId;
  const suggestion = item.authorId === null;
  return {
    edit: meeting.addItems && own,
    tick: meeting.addItems,
    remove: meeting.addItems && (own || suggestion),
  };
}

/** Both participants are accountable for the list, so either may update an action item. */
export function actionItemPolicy(meeting: ReturnType<typeof meetingPolicy>) {
  return { edit: meeting.addItems };
}

/** The one rule of private notes: the author, and only the author. */
export function privateNotePolicy(actor: Actor, note: { authorId: string }) {
  return { read: actor.personId !== null && actor.personId === note.authorId };
}
