import type { TeamAction, TeamMember } from '../../../contracts/teamView';
import type { MemberRow } from './members';

type Columns = Omit<TeamMember, 'person' | 'depth' | 'manager' | 'action'>;

/**
 * The one thing the caller should do next for a person, most pressing first: a review step that is
 * theirs, a feedback request waiting for them, an overdue or soon-due career conversation, a 1:1
 * to set up or schedule, a shared plan that went quiet, goals off or at risk, the next 1:1 to
 * prepare. Only what the row itself shows can ask for an action, so it tells nothing more.
 */
export function nextAction(columns: Columns, personId: string, direct: boolean): TeamAction {
  const { review, feedback, conversation, oneOnOne, plan, goals } = columns;
  if (review?.waitsOn === 'you' && review.nextStep === 'manager_review')
    return { kind: 'write_review', targetId: review.reviewId };
  if (review?.waitsOn === 'you' && review.nextStep === 'release')
    return { kind: 'release_review', targetId: review.reviewId };
  if (feedback.awaitingYou > 0) return { kind: 'answer_feedback', targetId: null };
  if (conversation?.overdue)
    return conversation.nextConversationId
      ? { kind: 'hold_conversation', targetId: conversation.nextConversationId }
      : { kind: 'schedule_conversation', targetId: null };
  if (conversation?.dueSoon) return { kind: 'schedule_conversation', targetId: null };
  if (direct && !oneOnOne) return { kind: 'set_up_one_on_one', targetId: null };
  if (oneOnOne && !oneOnOne.nextMeetingOn)
    return { kind: 'schedule_one_on_one', targetId: oneOnOne.seriesId };
  if (plan?.stale) return { kind: 'look_at_plan', targetId: plan.planId };
  if (goals.offTrack + goals.atRisk > 0) return { kind: 'check_goals', targetId: personId };
  if (oneOnOne) return { kind: 'prepare_one_on_one', targetId: oneOnOne.seriesId };
  return { kind: 'open_profile', targetId: personId };
}

/** One row of the team view: the person, where they sit, each column and the next action. */
export function presentMember(member: MemberRow, columns: Columns): TeamMember {
  return {
    person: {
      id: member.id,
      displayName: `${member.givenName} ${member.familyName}`,
      jobTitle: member.jobTitle,
      status: member.status,
    },
    depth: member.depth,
    manager:
      member.managerId && member.managerName
        ? { id: member.managerId, displayName: member.managerName }
        : null,
    ...columns,
    action: nextAction(columns, member.id, member.depth === 1),
  };
}
