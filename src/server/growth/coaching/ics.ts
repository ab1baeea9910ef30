import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { SessionRow } from './queries';

/**
 * The calendar entry for a coaching session. Calendars are widely shared (assistants, room
 * displays), so it says only "Coaching session" and links to Trellis: no names, goals or notes.
 */
export function coachingSessionInvite(row: SessionRow, appUrl: string): string {
  const calendar = ical({
    prodId: { company: 'Trellis', product: 'Coaching', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Coaching session',
  });
  const link = `${appUrl}/growth/coaching`;
  calendar.createEvent({
    id: `coaching-session-${row.id}@trellis`,
    sequence: row.version,
    start: row.scheduledAt,
    end: new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000),
    summary: 'Coaching session',
    description: `Your coaching session. Details are in Trellis: ${link}`,
    url: link,
    status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
