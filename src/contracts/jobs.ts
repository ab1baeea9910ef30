import { z } from 'zod';

/** A background job of the organisation that used up its attempts (GET /api/admin/jobs/failed). */
export const failedJob = z.object({
  id: z.string(),
  /** The job's stable name, e.g. `review-reminders`; the web app shows a label where it has one. */
  name: z.string(),
  attempts: z.number().int(),
  /** A summary of the last error, without the values of a failed query. */
  lastError: z.string().nullable(),
  /** When the last attempt failed. */
  failedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type FailedJob = z.infer<typeof failedJob>;

export const retriedJob = z.object({ id: z.string(), state: z.literal('queued') });
