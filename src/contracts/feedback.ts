import { z } from 'zod';
import { pageQuery } from './common';
import { issueMessage } from './issues';

export const feedbackKind = z.enum(['feedback', 'praise']);
export type FeedbackKind = z.infer<typeof feedbackKind>;
export const feedbackVisibility = z.enum(['recipient_only', 'recipient_and_manager', 'public']);
export type FeedbackVisibility = z.infer<typeof feedbackVisibility>;
export const feedbackRequestStatus = z.enum(['open', 'answered', 'declined']);
export type FeedbackRequestStatus = z.infer<typeof feedbackRequestStatus>;

export const personRef = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
export type FeedbackPersonRef = z.infer<typeof personRef>;

/** Feedback is attributed: the writer is always named. */
export const feedbackItem = z.object({
  id: z.string(),
  kind: feedbackKind,
  writer: personRef,
  recipient: personRef,
  body: z.string(),
  visibility: feedbackVisibility,
  /** The question this item answers, when it answers a request. */
  requestQuestion: z.string().nullable(),
  createdAt: z.string(),
});
export type FeedbackItem = z.infer<typeof feedbackItem>;

export const feedbackRequest = z.object({
  id: z.string(),
  requester: personRef,
  responder: personRef,
  question: z.string(),
  status: feedbackRequestStatus,
  createdAt: z.string(),
  respondedAt: z.string().nullable(),
  version: z.number().int(),
  abilities: z.object({ answer: z.boolean(), decline: z.boolean() }),
});
export type FeedbackRequest = z.infer<typeof feedbackRequest>;

const body = z.string().trim().min(1, issueMessage('feedbackRequired')).max(5000);

export const giveFeedbackRequest = z
  .object({
    recipientId: z.string().uuid(issueMessage('chooseColleague')),
    kind: feedbackKind,
    body,
    visibility: feedbackVisibility,
  })
  .refine((value) => value.visibility !== 'public' || value.kind === 'praise', {
    path: ['visibility'],
    message: issueMessage('onlyPraisePublic'),
  });
export type GiveFeedbackRequest = z.infer<typeof giveFeedbackRequest>;

export const requestFeedbackRequest = z.object({
  personId: z.string().uuid(issueMessage('chooseColleague')),
  question: z.string().trim().max(500).default(''),
});
export type RequestFeedbackRequest = z.input<typeof requestFeedbackRequest>;

export const answerFeedbackRequest = z
  .object({
    version: z.number().int().min(1),
    kind: feedbackKind.default('feedback'),
    body,
    visibility: feedbackVisibility,
  })
  .refine((value) => value.visibility !== 'public' || value.kind === 'praise', {
    path: ['visibility'],
    message: issueMessage('onlyPraisePublic'),
  });
export const declineFeedbackRequest = z.object({ version: z.number().int().min(1) });

export const feedbackListQuery = pageQuery;
export const requestListQuery = pageQuery.extend({
  /** incoming: people asking me; outgoing: what I asked for. */
  direction: z.enum(['incoming', 'outgoing']).default('incoming'),
  status: feedbackRequestStatus.optional(),
});
