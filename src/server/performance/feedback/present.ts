import type { FeedbackItem, FeedbackRequest } from '../../../contracts/feedback';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { feedbackRequestPolicy } from './policy';
import { type FeedbackRequestRow, type FeedbackRow, peopleRefs, questionsOf } from './queries';

const unknown = (id: string) => ({ id, displayName: '', jobTitle: '' });

/** A page of feedback items with writer and recipient names (batched: two queries per page). */
export async function presentFeedbackItems(
  db: Db,
  organizationId: string,
  rows: FeedbackRow[],
): Promise<FeedbackItem[]> {
  const [refs, questions] = await Promise.all([
    peopleRefs(
      db,
      organizationId,
      rows.flatMap((r) => [r.writerId, r.recipientId]),
    ),
    questionsOf(db, rows),
  ]);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    writer: refs.get(row.writerId) ?? unknown(row.writerId),
    recipient: refs.get(row.recipientId) ?? unknown(row.recipientId),
    body: row.body,
    visibility: row.visibility,
    requestQuestion: row.requestId ? (questions.get(row.requestId) ?? null) : null,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function presentRequests(
  db: Db,
  actor: Actor,
  rows: FeedbackRequestRow[],
): Promise<FeedbackRequest[]> {
  const refs = await peopleRefs(
    db,
    actor.organizationId,
    rows.flatMap((r) => [r.requesterId, r.responderId]),
  );
  return rows.map((row) => {
    const { read: _read, ...abilities } = feedbackRequestPolicy(actor, row);
    return {
      id: row.id,
      requester: refs.get(row.requesterId) ?? unknown(row.requesterId),
      responder: refs.get(row.responderId) ?? unknown(row.responderId),
      question: row.question,
      status: row.status,
      createdAt: row.createdAt.toISOString(),
      respondedAt: row.respondedAt?.toISOString() ?? null,
      version: row.version,
      abilities,
    };
  });
}
