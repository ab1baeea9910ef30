import { and, asc, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { type PersonRef, peopleRefs } from '../../org/peopleRefs';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { otherParticipant, type SeriesReach } from './policy';
import {
  oneOnOneActionItems,
  oneOnOneAgendaItems,
  oneOnOneMeetings,
  oneOnOnePrivateNotes,
  oneOnOneSeries,
} from './tables';

export type SeriesRow = typeof oneOnOneSeries.$inferSelect;
export type MeetingRow = typeof oneOnOneMeetings.$inferSelect;

/** One series of the organisation; `forUpdate` locks it for a version-checked change. */
export async function findSeries(db: Db, organizationId: string, seriesId: string, forUpdate = false) {
  const query = db
    .select()
    .from(oneOnOneSeries)
    .where(and(eq(oneOnOneSeries.id, seriesId), eq(oneOnOneSeries.organizationId, organizationId)));
  const [series] = forUpdate ? await query.for('update') : await query;
  return series ?? null;
}

/** A meeting with its series; `forUpdate` locks the meeting row. */
export async function findMeeting(db: Db, organizationId: string, meetingId: string, forUpdate = false) {
  const query = db
    .select({ meeting: oneOnOneMeetings, series: oneOnOneSeries })
    .from(oneOnOneMeetings)
    .innerJoin(oneOnOneSeries, eq(oneOnOneSeries.id, oneOnOneMeetings.seriesId))
    .where(and(eq(oneOnOneMeetings.id, meetingId), eq(oneOnOneMeetings.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: oneOnOneMeetings }) : await query;
  return row ?? null;
}

/** An agenda item with its meeting and series; `forUpdate` locks the item row. */
export async function findAgendaItem(db: Db, organizationId: string, itemId: string, forUpdate = false) {
  const query = db
    .select({ item: oneOnOneAgendaItems, meeting: oneOnOneMeetings, series: oneOnOneSeries })
    .from(oneOnOneAgendaItems)
    .innerJoin(oneOnOneMeetings, eq(oneOnOneMeetings.id, oneOnOneAgendaItems.meetingId))
    .innerJoin(oneOnOneSeries, eq(oneOnOneSeries.id, oneOnOneMeetings.seriesId))
    .where(and(eq(oneOnOneAgendaItems.id, itemId), eq(oneOnOneAgendaItems.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: oneOnOneAgendaItems }) : await query;
  return row ?? null;
}

/** An action item with its meeting and series; `forUpdate` locks the item row. */
export async function findActionItem(db: Db, organizationId: string, itemId: string, forUpdate = false) {
  const query = db
    .select({ item: oneOnOneActionItems, meeting: oneOnOneMeetings, series: oneOnOneSeries })
    .from(oneOnOneActionItems)
    .innerJoin(oneOnOneMeetings, eq(oneOnOneMeetings.id, oneOnOneActionItems.meetingId))
    .innerJoin(oneOnOneSeries, eq(oneOnOneSeries.id, oneOnOneMeetings.seriesId))
    .where(and(eq(oneOnOneActionItems.id, itemId), eq(oneOnOneActionItems.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update', { of: oneOnOneActionItems }) : await query;
  return row ?? null;
}

export async function upcomingMeeting(db: Db, seriesId: string) {
  const [meeting] = await db
    .select()
    .from(oneOnOneMeetings)
    .where(and(eq(oneOnOneMeetings.seriesId, seriesId), eq(oneOnOneMeetings.status, 'upcoming')))
    .limit(1);
  return meeting ?? null;
}

/**
 * Everything shown with a meeting. The private note is looked up for the caller as author and for
 * nobody else: there is no code path that selects another person's note.
 */
export async function meetingContent(db: Db, actor: Actor, meetingId: string) {
  const [agenda, actions, notes] = await Promise.all([
    db
      .select()
      .from(oneOnOneAgendaItems)
      .where(eq(oneOnOneAgendaItems.meetingId, meetingId))
      .orderBy(
        asc(oneOnOneAgendaItems.section),
        asc(oneOnOneAgendaItems.position),
        asc(oneOnOneAgendaItems.createdAt),
      ),
    db
      .select()
      .from(oneOnOneActionItems)
      .where(eq(oneOnOneActionItems.meetingId, meetingId))
      .orderBy(asc(oneOnOneActionItems.createdAt), asc(oneOnOneActionItems.id)),
    actor.personId ? ownPrivateNote(db, actor.personId, meetingId) : Promise.resolve(null),
  ]);
  return { agenda, actions, privateNote: notes };
}

export async function ownPrivateNote(db: Db, authorId: string, meetingId: string) {
  const [note] = await db
    .select()
    .from(oneOnOnePrivateNotes)
    .where(and(eq(oneOnOnePrivateNotes.meetingId, meetingId), eq(oneOnOnePrivateNotes.authorId, authorId)));
  return note ?? null;
}

/**
 * The series within the caller's reach (`seriesReach`: the ones they take part in), newest first,
 * with the other participant, next meeting and open actions.
 */
export async function listOwnSeries(
  db: Db,
  actor: Actor,
  reach: SeriesReach,
  options: { page: number; pageSize: number; withPersonId?: string },
) {
  const { page, pageSize, withPersonId } = options;
  if (reach === 'none') return { rows: [], total: 0 };
  const { participantId } = reach;
  const mine = and(
    eq(oneOnOneSeries.organizationId, actor.organizationId),
    or(eq(oneOnOneSeries.organizerId, participantId), eq(oneOnOneSeries.attendeeId, participantId)),
    withPersonId
      ? or(eq(oneOnOneSeries.organizerId, withPersonId), eq(oneOnOneSeries.attendeeId, withPersonId))
      : undefined,
  );
  const [series, [count]] = await Promise.all([
    db
      .select()
      .from(oneOnOneSeries)
      .where(mine)
      .orderBy(desc(oneOnOneSeries.createdAt), desc(oneOnOneSeries.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(oneOnOneSeries)
      .where(mine),
  ]);
  const ids = series.map((s) => s.id);
  if (ids.length === 0) return { rows: [], total: count?.total ?? 0 };
  const [upcoming, lastMet, openActions, refs] = await Promise.all([
    db
      .select({
        seriesId: oneOnOneMeetings.seriesId,
        id: oneOnOneMeetings.id,
        scheduledOn: oneOnOneMeetings.scheduledOn,
      })
      .from(oneOnOneMeetings)
      .where(and(inArray(oneOnOneMeetings.seriesId, ids), eq(oneOnOneMeetings.status, 'upcoming'))),
    db
      .select({
        seriesId: oneOnOneMeetings.seriesId,
        last: sql<string>`max(${oneOnOneMeetings.scheduledOn})::text`,
      })
      .from(oneOnOneMeetings)
      .where(and(inArray(oneOnOneMeetings.seriesId, ids), eq(oneOnOneMeetings.status, 'completed')))
      .groupBy(oneOnOneMeetings.seriesId),
    // Open action items live on the upcoming meeting (open ones are carried there on completion).
    db
      .select({ seriesId: oneOnOneMeetings.seriesId, open: sql<number>`count(*)`.mapWith(Number) })
      .from(oneOnOneActionItems)
      .innerJoin(oneOnOneMeetings, eq(oneOnOneMeetings.id, oneOnOneActionItems.meetingId))
      .where(
        and(
          inArray(oneOnOneMeetings.seriesId, ids),
          eq(oneOnOneMeetings.status, 'upcoming'),
          isNull(oneOnOneActionItems.doneAt),
        ),
      )
      .groupBy(oneOnOneMeetings.seriesId),
    peopleRefs(
      db,
      actor.organizationId,
      series.map((s) => otherParticipant(s, participantId)),
    ),
  ]);
  const upcomingBySeries = new Map(upcoming.map((m) => [m.seriesId, m]));
  const lastBySeries = new Map(lastMet.map((m) => [m.seriesId, m.last]));
  const openBySeries = new Map(openActions.map((m) => [m.seriesId, m.open]));
  return {
    total: count?.total ?? 0,
    rows: series.map((s) => {
      const otherId = otherParticipant(s, participantId);
      const next = upcomingBySeries.get(s.id);
      return {
        series: s,
        withPerson: refs.get(otherId) ?? { id: otherId, displayName: '', jobTitle: '' },
        nextMeeting: next ? { id: next.id, scheduledOn: next.scheduledOn } : null,
        openActionItems: openBySeries.get(s.id) ?? 0,
        lastMetOn: lastBySeries.get(s.id) ?? null,
      };
    }),
  };
}

/** Meetings of a series, newest first, with item counts (two grouped queries, no N+1). */
export async function listMeetings(
  db: Db,
  seriesId: string,
  options: { page: number; pageSize: number; status?: 'upcoming' | 'completed' },
) {
  const where = and(
    eq(oneOnOneMeetings.seriesId, seriesId),
    options.status ? eq(oneOnOneMeetings.status, options.status) : undefined,
  );
  const [meetings, [count]] = await Promise.all([
    db
      .select()
      .from(oneOnOneMeetings)
      .where(where)
      .orderBy(desc(oneOnOneMeetings.scheduledOn), desc(oneOnOneMeetings.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db
      .select({ total: sql<number>`count(*)`.mapWith(Number) })
      .from(oneOnOneMeetings)
      .where(where),
  ]);
  const ids = meetings.map((m) => m.id);
  const [agendaCounts, actionCounts] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db
            .select({ meetingId: oneOnOneAgendaItems.meetingId, n: sql<number>`count(*)`.mapWith(Number) })
            .from(oneOnOneAgendaItems)
            .where(inArray(oneOnOneAgendaItems.meetingId, ids))
            .groupBy(oneOnOneAgendaItems.meetingId),
          db
            .select({ meetingId: oneOnOneActionItems.meetingId, n: sql<number>`count(*)`.mapWith(Number) })
            .from(oneOnOneActionItems)
            .where(inArray(oneOnOneActionItems.meetingId, ids))
            .groupBy(oneOnOneActionItems.meetingId),
        ]);
  const agendaBy = new Map(agendaCounts.map((c) => [c.meetingId, c.n]));
  const actionsBy = new Map(actionCounts.map((c) => [c.meetingId, c.n]));
  return {
    total: count?.total ?? 0,
    rows: meetings.map((m) => ({
      meeting: m,
      agendaItems: agendaBy.get(m.id) ?? 0,
      actionItems: actionsBy.get(m.id) ?? 0,
    })),
  };
}

export { type PersonRef, peopleRefs };
