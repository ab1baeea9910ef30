import { z } from 'zod';
import { compCycleStates } from './cycles';

/**
 * A cycle's release (issue 12 item 7), as HR's confirm dialog shows it before the move approved →
 * released and the page after it: how many pay records the release writes (or wrote) — approved
 * proposals whose base changes — and from when employees see them.
 */
export const compCycleReleaseSummary = z.object({
  cycleId: z.string(),
  state: z.enum(compCycleStates),
  sandbox: z.boolean(),
  effectiveDate: z.string(),
  visibilityDate: z.string(),
  releasedAt: z.string().nullable(),
  /** Participants with an approved proposal. */
  approved: z.number().int(),
  /** New pay records the release writes (before it) or wrote (after it). */
  payChanges: z.number().int(),
  promotions: z.number().int(),
  /** Approved one-off bonuses (paid through payroll; no pay record). */
  bonuses: z.number().int(),
  /** Whether HR can download the payroll export now (approved, released or archived; never a sandbox). */
  payrollAvailable: z.boolean(),
});
export type CompCycleReleaseSummary = z.infer<typeof compCycleReleaseSummary>;
