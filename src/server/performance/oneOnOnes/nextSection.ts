import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import { oneOnOneAgendaItems, oneOnOneMeetings } from './tables';

export interface NextAgendaSuggestion {
  text: string;
  /** Where the suggestion comes from, e.g. 'development_plan'. Never 'manual' (that is for people). */
  source: string;
  /** The suggested record's id in its own module, so one record is suggested at most once per meeting. */
  sourceRef: string;
}

/**
 * The one door into the "Next" section of a 1:1 agenda for other modules (SPEC S3.2, S4.4).
 *
 * How the growth track uses it: when a report has shared their development plan with the other
 * participant, growth code calls `suggestNextAgendaItems(tx, { seriesId, items })` inside its own
 * transaction with the plan's follow-ups. The items land in the series' upcoming meeting, section
 * 'next', with `source`/`sourceRef` set and no author; participants then tick or carry them like any
 * other item. Calling again with the same `sourceRef` does nothing (unique per meeting), so growth may
 * call it on every plan update. Deciding *whether* a plan is shared is growth's job; this module
 * neither reads growth data nor imports growth code (performance must not, SPEC S1.1) — the only
 * thing that crosses is the text growth chose to put on the agenda.
 *
 * Returns the number of items added (0 when the series has no upcoming meeting).
 */
export async function suggestNextAgendaItems(
  tx: Db,
  input: { seriesId: string; items: NextAgendaSuggestion[] },
): Promise<number> {
  const items = input.items.filter((item) => item.source !== 'manual' && item.text.trim() !== '');
  if (items.length === 0) return 0;
  const [meeting] = await tx
    .select({ id: oneOnOneMeetings.id, organizationId: oneOnOneMeetings.organizationId })
    .from(oneOnOneMeetings)
    .where(and(eq(oneOnOneMeetings.seriesId, input.seriesId), eq(oneOnOneMeetings.status, 'upcoming')))
    .for('update');
  if (!meeting) return 0;
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
