import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ConversationRow } from './queries';

interface Party {
  email: string;
  name: string;
}

/**
 * The calendar invite for a career conversation. It names the meeting and links to it in Trellis;
 * it never carries notes, aspirations or anything else written in the conversation, because
 * calendars are shared widely (assistants, room displays). The UID stays the same across
 * reschedules and the sequence follows the version, so calendars update the event in place.
 */
export function conversationInvite(
  row: ConversationRow,
  parties: { employee: Party; manager: Party },
  appUrl: string,
): string {
  const calendar = ical({
    prodId: { company: 'Trellis', product: 'Career conversations', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'Career conversation',
  });
  const link = `${appUrl}/growth/conversations/${row.id}`;
  calendar.createEvent({
    id: `career-conversation-${row.id}@trellis`,
    sequence: row.version,
    start: row.scheduledAt,
    end: new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000),
    summary: `Career conversation: ${parties.employee.name} and ${parties.manager.name}`,
    description: `A career conversation, separate from any performance review. The guided questions and your notes are in Trellis: ${link}`,
    location: row.location || null,
    url: link,
    status: row.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    attendees: [
      { email: parties.employee.email, name: parties.employee.name },
      { email: parties.manager.email, name: parties.manager.name },
    ],
  });
  return calendar.toString();
}
