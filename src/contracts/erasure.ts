import { z } from 'zod';
import { pageOf } from './common';
import { issueMessage } from './issues';

/**
 * Erasure of a person's data (SPEC S2 "Data rights"): an HR admin requests it with the written
 * request's reference and a reason, a second HR admin approves (then it runs) or rejects it.
 * Neither field should name the person: the request outlives their data.
 */
export const erasureRequestBody = z.object({
  reference: z.string().trim().min(1, issueMessage('requestReferenceRequired')).max(200),
  reason: z.string().trim().min(1, issueMessage('erasureReasonRequired')).max(2000),
});
export type ErasureRequestBody = z.input<typeof erasureRequestBody>;

export const erasureDecisionBody = z.object({
  note: z.string().trim().max(2000).optional(),
});

export const erasureActions = ['delete', 'anonymise', 'keep'] as const;

/** One line of a plan: a kind of record in one table, what happens to it and how many rows. */
export const erasurePlanLine = z.object({
  domain: z.string(),
  table: z.string(),
  kind: z.string(),
  dataClass: z.string(),
  action: z.enum(erasureActions),
  reason: z.string(),
  rows: z.number().int(),
});
export type ErasurePlanLine = z.infer<typeof erasurePlanLine>;

/** What stops an erasure now, and what to do first. */
export const erasureBlocker = z.object({
  code: z.enum(['still_employed', 'has_direct_reports', 'already_erased', 'request_open']),
  message: z.string(),
});
export type ErasureBlocker = z.infer<typeof erasureBlocker>;

/** The dry run: the plan as it would run now, nothing written. */
export const erasurePlan = z.object({
  personId: z.string(),
  blockers: z.array(erasureBlocker),
  /** What the retention rule decides for their performance records. */
  performance: z.enum(['anonymise', 'delete']),
  /** Anonymised performance records may be deleted from the day after; null when deleted now. */
  retainUntil: z.string().nullable(),
  lines: z.array(erasurePlanLine),
});
export type ErasurePlan = z.infer<typeof erasurePlan>;

export const erasureStates = ['requested', 'executed', 'rejected', 'cancelled'] as const;

export const erasureRequest = z.object({
  id: z.string(),
  personId: z.string(),
  personDisplayName: z.string(),
  state: z.enum(erasureStates),
  reference: z.string(),
  reason: z.string(),
  requestedBy: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  decidedBy: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** As dry-run at the request (state requested), or as executed. */
  plan: z.array(erasurePlanLine),
  retainUntil: z.string().nullable(),
  redactedAuditEvents: z.number().int(),
  /** The caller made this request, so a second HR admin must decide it. */
  requestedByMe: z.boolean(),
});
export type ErasureRequest = z.infer<typeof erasureRequest>;

export const erasureRequestPage = pageOf(erasureRequest);

export const erasureListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  state: z.enum(erasureStates).optional(),
});
