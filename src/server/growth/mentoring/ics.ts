import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { PersonCard, SessionRow } from './queries';

/**
 * One mentoring session as a calendar event: when, how long, who, and a link. The topic and notes
 * stay in Trellis — calendars are read by assistants and room displays, not only by the pair.
 */
export function sessionEvent(
  session: SessionRow,
  pair: { mentee: PersonCard; mentor: PersonCard },
  appUrl: string,
): string {
  const calendar = ical({
    prodId: { company: 'Trellis', product: 'Mentoring', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Mentoring session',
  });
  const link = `${appUrl}/growth/mentoring/matches/${session.matchId}`;
  calendar.createEvent({
    id: `mentoring-session-${session.id}@trellis`,
    sequence: session.version,
    start: session.startsAt,
    end: new Date(session.startsAt.getTime() + session.durationMinutes * 60_000),
    summary: `Mentoring: ${pair.mentee.name} and ${pair.mentor.name}`,
    description: `A mentoring session. Your notes are in Trellis: ${link}`,
    url: link,
    status: ICalEventStatus.CONFIRMED,
    attendees: [
      { email: pair.mentee.email, name: pair.mentee.name },
      { email: pair.mentor.email, name: pair.mentor.name },
    ],
  });
  return calendar.toString();
}
