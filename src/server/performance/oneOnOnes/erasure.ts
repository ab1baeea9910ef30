import { sql } from 'drizzle-orm';
import { inOrg, isPerson, isPersonOrAccount } from '../../platform/erasure/helpers';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

/** Meetings of the 1:1 series the person is part of. */
const theirMeetings = (s: ErasureSubject) =>
  sql`SELECT m.id FROM one_on_one_meetings m JOIN one_on_one_series se ON se.id = m.series_id
      WHERE se.organization_id = ${s.organizationId}
        AND (se.organizer_id = ${s.personId} OR se.attendee_id = ${s.personId})`;

const working =
  '1:1s are working notes between two people, not a record kept by law: the series goes with both sides, private notes included';

/**
 * 1:1s (SPEC S3.2). A series exists only between the person and one other; it is deleted whole:
 * meetings, agenda, action items and both sides' private notes (confidential, their author's only,
 * but about this relationship and useless without it). Children go before the series.
 */
export const oneOnOnesEraser: PersonalDataEraser = {
  domain: 'oneOnOnes',
  operations: (s) => [
    {
      table: 'one_on_one_private_notes',
      kind: 'Private notes in their 1:1s (both sides)',
      dataClass: 'confidential',
      action: 'delete',
      reason: working,
      covers: ['one_on_one_private_notes.author_id'],
      where: sql`meeting_id IN (${theirMeetings(s)}) OR (${inOrg(s)} AND ${isPerson(s, 'author_id')})`,
    },
    {
      table: 'one_on_one_action_items',
      kind: 'Action items of their 1:1s, and any they own',
      dataClass: 'performance',
      action: 'delete',
      reason: working,
      covers: ['one_on_one_action_items.owner_id'],
      where: sql`meeting_id IN (${theirMeetings(s)}) OR (${inOrg(s)} AND ${isPerson(s, 'owner_id')})`,
    },
    {
      table: 'one_on_one_agenda_items',
      kind: 'Agenda items of their 1:1s',
      dataClass: 'performance',
      action: 'delete',
      reason: working,
      covers: [],
      where: sql`meeting_id IN (${theirMeetings(s)})`,
    },
    {
      table: 'one_on_one_agenda_items',
      kind: "Agenda items they added to others' 1:1s",
      dataClass: 'performance',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another pair's agenda: kept; the link to the erased person is removed",
      covers: ['one_on_one_agenda_items.author_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'author_id')} AND meeting_id NOT IN (${theirMeetings(s)})`,
      set: sql`author_id = NULL`,
    },
    {
      table: 'one_on_one_meetings',
      kind: 'Meetings of their 1:1s',
      dataClass: 'performance',
      action: 'delete',
      reason: working,
      covers: [],
      where: sql`id IN (${theirMeetings(s)})`,
    },
    {
      table: 'one_on_one_meetings',
      kind: "Others' meetings they completed",
      dataClass: 'performance',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another pair's meeting: kept; the link to the erased person is removed",
      covers: [],
      where: sql`${inOrg(s)} AND ${isPersonOrAccount(s, 'completed_by')} AND id NOT IN (${theirMeetings(s)})`,
      set: sql`completed_by = NULL`,
    },
    {
      table: 'one_on_one_dismissed_suggestions',
      kind: 'Suggestions dismissed in their 1:1s',
      dataClass: 'performance',
      action: 'delete',
      reason: working,
      covers: ['one_on_one_dismissed_suggestions.dismissed_by'],
      where: sql`series_id IN (SELECT id FROM one_on_one_series WHERE ${inOrg(s)}
                   AND (${isPerson(s, 'organizer_id')} OR ${isPerson(s, 'attendee_id')}))
                 OR (${inOrg(s)} AND ${isPerson(s, 'dismissed_by')})`,
    },
    {
      table: 'one_on_one_series',
      kind: 'Their 1:1 series',
      dataClass: 'performance',
      action: 'delete',
      reason: working,
      covers: ['one_on_one_series.organizer_id', 'one_on_one_series.attendee_id'],
      where: sql`${inOrg(s)} AND (${isPerson(s, 'organizer_id')} OR ${isPerson(s, 'attendee_id')})`,
    },
  ],
};
