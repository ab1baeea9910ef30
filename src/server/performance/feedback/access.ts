import { issue } from '../../../contracts/issues';
import { AppError } from '../../platform/errors/appError';
import { defineAccess, defineReach } from '../../platform/policy/access';
import { feedbackPolicy, feedbackRequestPolicy, isAskedBy, visibleAbout } from './policy';
import { findFeedback, findRequest } from './queries';

/**
 * The one door to a feedback item (GUIDE 12): read by its writer, its recipient and whoever its
 * visibility reaches (404 for anyone else). Others' non-public reads are logged for the recipient.
 */
export const feedbackAccess = defineAccess({
  name: 'Feedback',
  dataClass: 'performance',
  resource: 'feedback',
  load: findFeedback,
  subjectOf: (row) => row.recipientId,
  policy: feedbackPolicy,
});

/**
 * Feedback about one person that the caller lists: the visibilities `visibleAbout` gives them (plus
 * what they wrote themselves, see `listAbout`). Logged for the person when it takes in anything
 * beyond public praise.
 */
export const feedbackAboutAccess = defineReach({
  dataClass: 'performance',
  resource: 'feedback',
  reach: (actor, relation) => (relation === null ? 'none' : visibleAbout(actor, relation)),
  logged: (visibilities) => visibilities.some((visibility) => visibility !== 'public'),
});

/**
 * The one door to a feedback request: the two people in it read it (404 for anyone else); only the
 * person asked answers or declines, and only while it is open. Nobody else reads it, so nothing is
 * logged.
 */
export const feedbackRequestAccess = defineAccess({
  name: 'Feedback request',
  dataClass: 'performance',
  resource: 'feedback request',
  load: findRequest,
  subjectOf: () => null,
  policy: (actor, row) => ({
    ...feedbackRequestPolicy(actor, row),
    asked: isAskedBy(actor, row),
    logAccess: false,
  }),
  version: (row) => row.version,
  // The person asked hears that the request is closed; the person asking, that it is not theirs to answer.
  refusal: (_action, policy) =>
    policy.asked ? new AppError('invalid_state', issue('feedbackRequestClosed')) : undefined,
});
