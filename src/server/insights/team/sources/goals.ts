import { sql } from 'drizzle-orm';
import type { TeamGoalHealth } from '../../../../contracts/teamView';
import { goalScope } from '../../../performance/goals/visibility';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';

const noGoals: TeamGoalHealth = { onTrack: 0, atRisk: 0, offTrack: 0, noCheckIn: 0, done: 0 };

/**
 * Goal health of many people in one statement: their current personal goals (the period includes
 * today, cancelled ones left out — what `listPersonGoals` shows with `current`), counted by the last
 * check-in's status, within the caller's goal reach (`goalScope`, the same filter every goal list
 * uses: a manager in the chain reads private goals too, anyone else only public ones).
 */
export async function goalHealthOf(
  db: Db,
  actor: Actor,
  personIds: string[],
  today: string,
): Promise<Map<string, TeamGoalHealth>> {
  const result = new Map(personIds.map((id) => [id, { ...noGoals }]));
  if (personIds.length === 0) return result;
  const scope = goalScope(actor);
  const rows = await queryRows<{
    owner: string;
    on_track: number;
    at_risk: number;
    off_track: number;
    no_check_in: number;
    done: number;
  }>(
    db,
    sql`WITH RECURSIVE ${scope.managedCte}
        SELECT g.owner_person_id AS owner,
               count(*) FILTER (WHERE g.status = 'active' AND g.health = 'on_track')::int AS on_track,
               count(*) FILTER (WHERE g.status = 'active' AND g.health = 'at_risk')::int AS at_risk,
               count(*) FILTER (WHERE g.status = 'active' AND g.health = 'off_track')::int AS off_track,
               count(*) FILTER (WHERE g.status = 'active' AND g.health IS NULL)::int AS no_check_in,
               count(*) FILTER (WHERE g.status = 'completed')::int AS done
          FROM goals g
         WHERE g.organization_id = ${actor.organizationId}
           AND g.owner_person_id = ANY(${sql.param(personIds)}::uuid[])
           AND g.status <> 'cancelled'
           AND g.period_start <= ${today}::date AND g.period_end >= ${today}::date
           AND ${scope.visible('g')}
         GROUP BY g.owner_person_id`,
  );
  for (const row of rows) {
    result.set(row.owner, {
      onTrack: Number(row.on_track),
      atRisk: Number(row.at_risk),
      offTrack: Number(row.off_track),
      noCheckIn: Number(row.no_check_in),
      done: Number(row.done),
    });
  }
  return result;
}
