import type { FeedbackVisibility } from '../../../contracts/feedback';
import type { Actor } from '../../platform/auth/actor';
import { managesPerson, type Relation } from '../../platform/policy/relations';

/**
 * Who reads a feedback item (SPEC S3.3):
 * - the writer and the recipient, always (feedback is attributed, never anonymous);
 * - 'public' praise: everyone in the organisation (the praise feed);
 * - 'recipient_and_manager': also the recipient's management chain (direct and skip-level
 *   managers) and HR admins, who read performance records (SPEC S1 performance class);
 * - 'recipient_only': nobody else — not the manager, not HR, not an org admin.
 * Approvers, coaches and org admins have no extra reach: they see what any colleague sees.
 * Anyone else gets 404.
 */
export function feedbackPolicy(
  actor: Actor,
  item: { writerId: string; recipientId: string; visibility: FeedbackVisibility },
  relationToRecipient: Relation | null,
) {
  const writer = actor.personId !== null && actor.personId === item.writerId;
  const recipient = actor.personId !== null && actor.personId === item.recipientId;
  const read = writer || recipient || visibleAbout(actor, relationToRecipient).includes(item.visibility);
  return {
    read,
    /** A read that is not the caller's own and not public is logged for the recipient (SPEC S1.5). */
    logAccess: read && !writer && !recipient && item.visibility !== 'public',
  };
}

/**
 * The visibilities of feedback about a person the caller may read, besides items they wrote
 * themselves. Lists filter with exactly this, so list and single-item reads agree.
 */
export function visibleAbout(actor: Actor, relationToSubject: Relation | null): FeedbackVisibility[] {
  if (relationToSubject === null) return [];
  if (relationToSubject === 'self') return ['recipient_only', 'recipient_and_manager', 'public'];
  if (managesPerson(relationToSubject) || actor.roles.has('hr_admin'))
    return ['recipient_and_manager', 'public'];
  return ['public'];
}

/** Whether the caller is the person a request asks. */
export const isAskedBy = (actor: Actor, request: { responderId: string }) =>
  actor.personId !== null && actor.personId === request.responderId;

/** A request is between the person asking and the person asked; only the one asked answers it. */
export function feedbackRequestPolicy(
  actor: Actor,
  request: { requesterId: string; responderId: string; status: 'open' | 'answered' | 'declined' },
) {
  const responder = isAskedBy(actor, request);
  const requester = actor.personId !== null && actor.personId === request.requesterId;
  const open = request.status === 'open';
  return { read: responder || requester, answer: responder && open, decline: responder && open };
}
