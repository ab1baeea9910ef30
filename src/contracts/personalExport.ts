import { z } from 'zod';
import { issueMessage } from './issues';

/**
 * HR's export of a person's data on their written request (SPEC S2 "Data rights"): the request's
 * reference (ticket, letter date) and why HR runs it. Both land on the person's access log and in
 * the audit trail.
 */
export const personalDataExportRequest = z.object({
  reference: z.string().trim().min(1, issueMessage('requestReferenceRequired')).max(200),
  reason: z.string().trim().min(1, issueMessage('exportReasonRequired')).max(2000),
});
export type PersonalDataExportRequest = z.input<typeof personalDataExportRequest>;
