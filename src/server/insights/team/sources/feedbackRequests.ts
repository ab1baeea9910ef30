import { sql } from 'drizzle-orm';
import type { TeamMember } from '../../../../contracts/teamView';
import { feedbackRequestPolicy } from '../../../performance/feedback/policy';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';

type Requests = TeamMember['feedback'];

/**
 * Open feedback requests between the caller and each person, both ways. A request is read by the
 * person asking and the person asked only (`feedbackRequestPolicy`), so requests a report made of
 * someone else never count here. One statement.
 */
export async function openRequestsWith(
  db: Db,
  actor: Actor,
  personIds: string[],
): Promise<Map<string, Requests>> {
  const result = new Map(personIds.map((id) => [id, { awaitingYou: 0, awaitingThem: 0 }]));
  const me = actor.personId;
  if (!me || personIds.length === 0) return result;
  const rows = await queryRows<{ requester_id: string; responder_id: string }>(
    db,
    sql`SELECT requester_id, responder_id FROM feedback_requests
         WHERE organization_id = ${actor.organizationId} AND status = 'open'
           AND ((responder_id = ${me}::uuid AND requester_id = ANY(${sql.param(personIds)}::uuid[]))
             OR (requester_id = ${me}::uuid AND responder_id = ANY(${sql.param(personIds)}::uuid[])))`,
  );
  for (const row of rows) {
    const request = { requesterId: row.requester_id, responderId: row.responder_id, status: 'open' as const };
    const policy = feedbackRequestPolicy(actor, request);
    if (!policy.read) continue;
    if (policy.answer) result.get(row.requester_id)!.awaitingYou += 1;
    else result.get(row.responder_id)!.awaitingThem += 1;
  }
  return result;
}
