import { and, eq, ne, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { oneOnOneAgendaItems, oneOnOneDismissedSuggestions, oneOnOneMeetings } from './tables';

/**
 * At most this many suggested items stand open in a meeting's "Next" section at once: a plan with
 * many open actions must not bury what the two people put on the agenda themselves.
 */
export const NEXT_SUGGESTION_CAP = 3;

export interface NextAgendaSuggestion {
  text: string;
  /** Where the suggestion comes from, e.g. 'development_plan'. Never 'manual' (that is for people). */
  source: string;
  /** The suggested record's id in its own module, so one record is suggested at most once per meeting. */
  sourceRef: string;
  /** When the suggested record is due, if it is: the soonest come first. */
  dueOn?: string | null;
}

/** Most relevant first: the soonest due, then those without a date in the order given. */
export function byRelevance<T extends { dueOn?: string | null }>(items: T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => {
      const da = a.item.dueOn ?? '9999-12-31';
      const db = b.item.dueOn ?? '9999-12-31';
      return da === db ? a.index - b.index : da < db ? -1 : 1;
    })
    .map(({ item }) => item);
}

/**
 * The one door into the "Next" section of a 1:1 agenda for other modules (SPEC S3.2, S4.4).
 *
 * How the growth track uses it: when a report has shared their development plan with the other
 * participant, growth code calls `suggestNextAgendaItems(tx, { seriesId, items })` inside its own
 * transaction with the plan's follow-ups. The items land in the series' upcoming meeting, section
 * 'next', with `source`/`sourceRef` set and no author; participants then tick or carry them like any
 * other item. Calling again with the same `sourceRef` does nothing (unique per meeting), so growth may
 * call it on every plan update. A suggestion a participant dismissed is not made again in that series,
 * and at most `NEXT_SUGGESTION_CAP` suggested items stand open in a meeting, the most relevant first. Deciding *whether* a plan is shared is growth's job; this module
 * neither reads growth data nor imports growth code (performance must not, SPEC S1.1) — the only
 * thing that crosses is the text growth chose to put on the agenda.
 *
 * Returns the number of items added (0 when the series has no upcoming meeting).
 */
export async function suggestNextAgendaItems(
  tx: Db,
  input: { seriesId: string; items: NextAgendaSuggestion[] },
): Promise<number> {
  const wanted = input.items.filter((item) => item.source !== 'manual' && item.text.trim() !== '');
  if (wanted.length === 0) return 0;
  const [meeting] = await tx
    .select({ id: oneOnOneMeetings.id, organizationId: oneOnOneMeetings.organizationId })
    .from(oneOnOneMeetings)
    .where(and(eq(oneOnOneMeetings.seriesId, input.seriesId), eq(oneOnOneMeetings.status, 'upcoming')))
    .for('update');
  if (!meeting) return 0;
  const [dismissed, present] = await Promise.all([
    tx
      .select({
        source: oneOnOneDismissedSuggestions.source,
        sourceRef: oneOnOneDismissedSuggestions.sourceRef,
      })
      .from(oneOnOneDismissedSuggestions)
      .where(eq(oneOnOneDismissedSuggestions.seriesId, input.seriesId)),
    tx
      .select({
        source: oneOnOneAgendaItems.source,
        sourceRef: oneOnOneAgendaItems.sourceRef,
        discussed: oneOnOneAgendaItems.discussed,
      })
      .from(oneOnOneAgendaItems)
      .where(and(eq(oneOnOneAgendaItems.meetingId, meeting.id), ne(oneOnOneAgendaItems.source, 'manual'))),
  ]);
  const key = (item: { source: string; sourceRef: string | null }) => `${item.source}\u0000${item.sourceRef}`;
  const skip = new Set([...dismissed, ...present].map(key));
  const room = NEXT_SUGGESTION_CAP - present.filter((item) => !item.discussed).length;
  const items = byRelevance(wanted.filter((item) => !skip.has(key(item)))).slice(0, Math.max(0, room));
  if (items.length === 0) return 0;
  const [last] = await tx
    .select({ max: sql<number>`coalesce(max(${oneOnOneAgendaItems.position}), 0)`.mapWith(Number) })
    .from(oneOnOneAgendaItems)
    .where(and(eq(oneOnOneAgendaItems.meetingId, meeting.id), eq(oneOnOneAgendaItems.section, 'next')));
  const inserted = await tx
    .insert(oneOnOneAgendaItems)
    .values(
      items.map((item, index) => ({
        organizationId: meeting.organizationId,
        meetingId: meeting.id,
        section: 'next' as const,
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
