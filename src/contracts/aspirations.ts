import { z } from 'zod';
import { pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/** SPEC S4.2: what a person wants from their career, owned by them and shared item by item. */
export const aspirationKind = z.enum(['target_role', 'motivator', 'value', 'skill', 'mobility']);
export type AspirationKind = z.infer<typeof aspirationKind>;
export const aspirationHorizon = z.enum(['one_year', 'two_three_years', 'long_term']);
export type AspirationHorizon = z.infer<typeof aspirationHorizon>;

/** Kinds where a time horizon means something; values and motivators are timeless. */
export const horizonKinds: readonly AspirationKind[] = ['target_role', 'skill', 'mobility'];

export const aspiration = z.object({
  id: z.string(),
  ownerId: z.string(),
  kind: aspirationKind,
  horizon: aspirationHorizon.nullable(),
  aspirationText: z.string(),
  sharedWithManager: z.boolean(),
  sharedAt: z.string().nullable(),
  /** The owner shared this item with talent reviews (SPEC S4.9); revocable like the manager share. */
  sharedWithTalentReview: z.boolean(),
  /** Set when a career conversation's outcome created or last changed the item. */
  fromConversation: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), share: z.boolean(), remove: z.boolean() }),
});
export type Aspiration = z.infer<typeof aspiration>;

const aspirationText = z.string().trim().min(1, issueMessage('fewWordsRequired')).max(2000);

export const createAspirationRequest = z.object({
  kind: aspirationKind,
  horizon: aspirationHorizon.nullable().default(null),
  aspirationText,
  sharedWithManager: z.boolean().default(false),
  sharedWithTalentReview: z.boolean().default(false),
});
export type CreateAspirationRequest = z.input<typeof createAspirationRequest>;

export const updateAspirationRequest = z.object({
  version: z.number().int().min(1),
  kind: aspirationKind.optional(),
  horizon: aspirationHorizon.nullable().optional(),
  aspirationText: aspirationText.optional(),
});
export type UpdateAspirationRequest = z.input<typeof updateAspirationRequest>;

/** Each audience is shared with, or taken back from, on its own; an absent one stays as it is. */
export const shareAspirationRequest = z.object({
  version: z.number().int().min(1),
  sharedWithManager: z.boolean().optional(),
  sharedWithTalentReview: z.boolean().optional(),
});

export const aspirationListQuery = pageQuery.extend({ kind: aspirationKind.optional() });

/** Someone else's aspirations: what the caller may read, and whether it is only the shared part. */
export const personAspirations = pageOf(aspiration).extend({
  /** True when the caller is not the owner: they see only items the owner shared with them. */
  sharedOnly: z.boolean(),
});
export type PersonAspirations = z.infer<typeof personAspirations>;
