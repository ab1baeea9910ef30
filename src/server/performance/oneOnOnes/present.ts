import type {
  MeetingDetail,
  MeetingSummary,
  SeriesDetail,
  SeriesSummary,
} from '../../../contracts/oneOnOnes';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import {
  actionItemPolicy,
  agendaItemPolicy,
  meetingPolicy,
  otherParticipant,
  privateNotePolicy,
  seriesPolicy,
} from './policy';
import {
  type listMeetings,
  type listOwnSeries,
  type MeetingRow,
  meetingContent,
  type PersonRef,
  peopleRefs,
  type SeriesRow,
} from './queries';

const unknownPerson = (id: string): PersonRef => ({ id, displayName: '', jobTitle: '' });

/**
 * A meeting as the caller may see it. Fields are listed one by one; the private note is the
 * caller's own (queried by author) and passes the note policy once more before it is shown.
 */
export async function presentMeeting(
  db: Db,
  actor: Actor,
  series: SeriesRow,
  meeting: MeetingRow,
): Promise<MeetingDetail> {
  const content = await meetingContent(db, actor, meeting.id);
  const refs = await peopleRefs(db, actor.organizationId, [
    series.organizerId,
    series.attendeeId,
    ...content.agenda.flatMap((item) => (item.authorId ? [item.authorId] : [])),
    ...content.actions.map((item) => item.ownerId),
  ]);
  const policy = meetingPolicy(actor, series, meeting);
  const { read: _read, ...allowed } = policy;
  // Completing waits for the meeting's day in the organisation's calendar (completeMeeting refuses too).
  const abilities = {
    ...allowed,
    complete: allowed.complete && meeting.scheduledOn <= (await actorToday(db, actor)),
  };
  const note =
    content.privateNote && privateNotePolicy(actor, content.privateNote).read ? content.privateNote : null;
  return {
    id: meeting.id,
    seriesId: series.id,
    scheduledOn: meeting.scheduledOn,
    status: meeting.status,
    completedAt: meeting.completedAt?.toISOString() ?? null,
    agenda: content.agenda.map((item) => ({
      id: item.id,
      section: item.section,
      source: item.source,
      text: item.text,
      author: item.authorId ? (refs.get(item.authorId) ?? unknownPerson(item.authorId)) : null,
      discussed: item.discussed,
      carriedOver: item.carriedFromId !== null,
      version: item.version,
      abilities: agendaItemPolicy(actor, policy, item),
    })),
    actionItems: content.actions.map((item) => ({
      id: item.id,
      text: item.text,
      owner: refs.get(item.ownerId) ?? unknownPerson(item.ownerId),
      dueOn: item.dueOn,
      done: item.doneAt !== null,
      carriedOver: item.carriedFromId !== null,
      version: item.version,
      abilities: actionItemPolicy(policy),
    })),
    sharedNotes: meeting.sharedNotes,
    privateNote: note
      ? { body: note.body, version: note.version, updatedAt: note.updatedAt.toISOString() }
      : null,
    version: meeting.version,
    abilities,
  };
}

export async function presentSeries(
  db: Db,
  actor: Actor,
  series: SeriesRow,
  current: MeetingRow | null,
): Promise<SeriesDetail> {
  const refs = await peopleRefs(db, actor.organizationId, [series.organizerId, series.attendeeId]);
  const otherId = otherParticipant(series, actor.personId);
  const { read: _read, ...abilities } = seriesPolicy(actor, series);
  return {
    id: series.id,
    cadence: series.cadence,
    participants: [series.organizerId, series.attendeeId].map((id) => refs.get(id) ?? unknownPerson(id)),
    withPerson: refs.get(otherId) ?? unknownPerson(otherId),
    currentMeeting: current ? await presentMeeting(db, actor, series, current) : null,
    version: series.version,
    abilities,
  };
}

type OwnSeriesRow = Awaited<ReturnType<typeof listOwnSeries>>['rows'][number];
export const presentSeriesSummary = (row: OwnSeriesRow): SeriesSummary => ({
  id: row.series.id,
  cadence: row.series.cadence,
  withPerson: row.withPerson,
  nextMeeting: row.nextMeeting,
  openActionItems: row.openActionItems,
  lastMetOn: row.lastMetOn,
});

type MeetingListRow = Awaited<ReturnType<typeof listMeetings>>['rows'][number];
export const presentMeetingSummary = (row: MeetingListRow): MeetingSummary => ({
  id: row.meeting.id,
  scheduledOn: row.meeting.scheduledOn,
  status: row.meeting.status,
  completedAt: row.meeting.completedAt?.toISOString() ?? null,
  agendaItems: row.agendaItems,
  actionItems: row.actionItems,
});
