import { sql } from 'drizzle-orm';
import type { TeamMember } from '../../../../contracts/teamView';
import { otherParticipant, seriesPolicy, seriesReach } from '../../../performance/oneOnOnes/policy';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';

type OneOnOne = NonNullable<TeamMember['oneOnOne']>;

/**
 * The caller's own 1:1 series with each person: when they last met and when they meet next. A 1:1
 * belongs to its two participants and no role adds a look (`seriesReach`), so only series the
 * caller takes part in are read; a skip-level sees the ones they hold themselves. One statement.
 */
export async function oneOnOnesWith(
  db: Db,
  actor: Actor,
  personIds: string[],
): Promise<Map<string, OneOnOne>> {
  const result = new Map<string, OneOnOne>();
  const reach = seriesReach(actor);
  if (reach === 'none' || personIds.length === 0) return result;
  const me = reach.participantId;
  const rows = await queryRows<{
    id: string;
    organizer_id: string;
    attendee_id: string;
    last_met_on: string | null;
    next_meeting_on: string | null;
  }>(
    db,
    sql`SELECT s.id, s.organizer_id, s.attendee_id,
               (SELECT max(m.scheduled_on)::text FROM one_on_one_meetings m
                 WHERE m.series_id = s.id AND m.status = 'completed') AS last_met_on,
               (SELECT min(m.scheduled_on)::text FROM one_on_one_meetings m
                 WHERE m.series_id = s.id AND m.status = 'upcoming') AS next_meeting_on
          FROM one_on_one_series s
         WHERE s.organization_id = ${actor.organizationId}
           AND ((s.organizer_id = ${me}::uuid AND s.attendee_id = ANY(${sql.param(personIds)}::uuid[]))
             OR (s.attendee_id = ${me}::uuid AND s.organizer_id = ANY(${sql.param(personIds)}::uuid[])))
         ORDER BY s.created_at, s.id`,
  );
  for (const row of rows) {
    const series = { organizerId: row.organizer_id, attendeeId: row.attendee_id };
    if (!seriesPolicy(actor, series).read) continue;
    const other = otherParticipant(series, me);
    if (result.has(other)) continue;
    result.set(other, {
      seriesId: row.id,
      lastMetOn: row.last_met_on ? String(row.last_met_on).slice(0, 10) : null,
      nextMeetingOn: row.next_meeting_on ? String(row.next_meeting_on).slice(0, 10) : null,
    });
  }
  return result;
}
