import { z } from 'zod';
import { pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/** A development opportunity offered to a person (class `development`, theirs). */
export const offerKind = z.enum(['programme', 'mentor', 'stretch_assignment']);
export type OfferKind = z.infer<typeof offerKind>;
export const offerState = z.enum(['open', 'accepted', 'declined']);

export const developmentOffer = z.object({
  id: z.string(),
  kind: offerKind,
  title: z.string(),
  offerText: z.string(),
  state: offerState,
  offeredBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  offeredAt: z.string(),
  respondedAt: z.string().nullable(),
  planActionId: z.string().nullable(),
  /**
   * The talent review's name for the person's box, only when the organisation turned talent
   * transparency on: `box` (1..9) and a custom name if the review set one; otherwise null.
   */
  talentLabel: z.object({ box: z.number().int(), customLabel: z.string().nullable() }).nullable(),
  version: z.number().int(),
});
export type DevelopmentOffer = z.infer<typeof developmentOffer>;

export const developmentOfferPage = pageOf(developmentOffer);
export const developmentOfferListQuery = pageQuery.extend({ state: offerState.optional() });

export const createOfferRequest = z.object({
  kind: offerKind,
  title: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(200),
  offerText: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(4000),
});
export type CreateOfferRequest = z.input<typeof createOfferRequest>;

/** Accepting puts the offer into one of the person's plans, under one of its goals. */
export const acceptOfferRequest = z.object({
  version: z.number().int(),
  planId: z.string().uuid(),
  goalId: z.string().uuid(),
});
export const declineOfferRequest = z.object({ version: z.number().int() });
