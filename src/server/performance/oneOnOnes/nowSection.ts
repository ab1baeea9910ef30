import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { nextOccurrence } from './schedule';
import {
  oneOnOneAgendaItems,
  oneOnOneDismissedSuggestions,
  oneOnOneMeetings,
  oneOnOneSeries,
} from './tables';

export interface NowAgendaItem {
  text: string;
  /** Where the item comes from, e.g. 'improvement_plan'. Never 'manual' (that is for people). */
  source: string;
  /** The record's id in its own module, so one record is on a meeting's agenda at most once. */
  sourceRef: string;
  /** When the record falls due. */
  dueOn: string;
}

/**
 * The door into the "Now" section of a 1:1 agenda for other performance modules (SPEC S3.2): an
 * improvement plan's check-ins are talked about in the 1:1 between the manager and the employee.
 *
 * Items land in the series' upcoming meeting when they fall due before the meeting after it (so this
 * meeting is the last one before the day), with `source`/`sourceRef` and no author, and are ticked,
 * carried over or removed like any other item. Calling again with the same `sourceRef` does nothing,
 * so callers may call it whenever their record changes and from a daily job; an item a participant
 * removed is not added again in that series. Unlike "Next" suggestions there is no cap: these are
 * obligations, not ideas. Returns the number of items added.
 */
export async function addNowAgendaItems(
  tx: Db,
  input: { seriesId: string; items: NowAgendaItem[] },
): Promise<number> {
  const wanted = input.items.filter((item) => item.source !== 'manual' && item.text.trim() !== '');
  if (wanted.length === 0) return 0;
  const [meeting] = await tx
    .select({
      id: oneOnOneMeetings.id,
      organizationId: oneOnOneMeetings.organizationId,
      scheduledOn: oneOnOneMeetings.scheduledOn,
      cadence: oneOnOneSeries.cadence,
    })
    .from(oneOnOneMeetings)
    .innerJoin(oneOnOneSeries, eq(oneOnOneSeries.id, oneOnOneMeetings.seriesId))
    .where(and(eq(oneOnOneMeetings.seriesId, input.seriesId), eq(oneOnOneMeetings.status, 'upcoming')))
    .for('update', { of: oneOnOneMeetings });
  if (!meeting) return 0;
  const horizon = nextOccurrence(meeting.scheduledOn, meeting.cadence);
  const [dismissed, present] = await Promise.all([
    tx
      .select({
        source: oneOnOneDismissedSuggestions.source,
        sourceRef: oneOnOneDismissedSuggestions.sourceRef,
      })
      .from(oneOnOneDismissedSuggestions)
      .where(eq(oneOnOneDismissedSuggestions.seriesId, input.seriesId)),
    tx
      .select({ source: oneOnOneAgendaItems.source, sourceRef: oneOnOneAgendaItems.sourceRef })
      .from(oneOnOneAgendaItems)
      .where(and(eq(oneOnOneAgendaItems.meetingId, meeting.id), ne(oneOnOneAgendaItems.source, 'manual'))),
  ]);
  const key = (item: { source: string; sourceRef: string | null }) => `${item.source}\u0000${item.sourceRef}`;
  const skip = new Set([...dismissed, ...present].map(key));
  const items = wanted
    .filter((item) => item.dueOn < horizon && !skip.has(key(item)))
    .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  if (items.length === 0) return 0;
  const [last] = await tx
    .select({ max: sql<number>`coalesce(max(${oneOnOneAgendaItems.position}), 0)`.mapWith(Number) })
    .from(oneOnOneAgendaItems)
    .where(and(eq(oneOnOneAgendaItems.meetingId, meeting.id), eq(oneOnOneAgendaItems.section, 'now')));
  const inserted = await tx
    .insert(oneOnOneAgendaItems)
    .values(
      items.map((item, index) => ({
        organizationId: meeting.organizationId,
        meetingId: meeting.id,
        section: 'now' as const,
        source: item.source,
        sourceRef: item.sourceRef,
        text: item.text.trim().slice(0, 500),
        authorId: null,
        position: (last?.max ?? 0) + index + 1,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: oneOnOneAgendaItems.id });
  return inserted.length;
}

/**
 * Settles items of a record in upcoming meetings: `discussed` ticks them (the record was dealt with,
 * e.g. the check-in was recorded), `withdrawn` takes away the ones not yet discussed (the record no
 * longer applies, e.g. the plan was closed). Held meetings keep their agenda as it was.
 */
export async function settleNowAgendaItems(
  tx: Db,
  input: { organizationId: string; source: string; sourceRefs: string[]; how: 'discussed' | 'withdrawn' },
): Promise<void> {
  if (input.sourceRefs.length === 0) return;
  const upcoming = tx
    .select({ id: oneOnOneMeetings.id })
    .from(oneOnOneMeetings)
    .where(
      and(eq(oneOnOneMeetings.organizationId, input.organizationId), eq(oneOnOneMeetings.status, 'upcoming')),
    );
  const ofRecord = and(
    eq(oneOnOneAgendaItems.organizationId, input.organizationId),
    eq(oneOnOneAgendaItems.section, 'now'),
    eq(oneOnOneAgendaItems.source, input.source),
    inArray(oneOnOneAgendaItems.sourceRef, input.sourceRefs),
    inArray(oneOnOneAgendaItems.meetingId, upcoming),
  );
  if (input.how === 'discussed') {
    await tx
      .update(oneOnOneAgendaItems)
      .set({ discussed: true, version: sql`${oneOnOneAgendaItems.version} + 1` })
      .where(ofRecord);
  } else {
    await tx.delete(oneOnOneAgendaItems).where(and(ofRecord, eq(oneOnOneAgendaItems.discussed, false)));
  }
}
