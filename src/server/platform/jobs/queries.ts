import { and, count, desc, eq } from 'drizzle-orm';
import type { FailedJob } from '../../../contracts/jobs';
import type { Db } from '../db/client';
import { jobQueue } from './tables';

/** A page of the organisation's failed jobs, newest failure first (served by `job_queue_failed_idx`). */
export async function listFailedJobs(
  db: Db,
  organizationId: string,
  page: number,
  pageSize: number,
): Promise<{ items: FailedJob[]; total: number }> {
  const where = and(eq(jobQueue.organizationId, organizationId), eq(jobQueue.state, 'failed'));
  const [rows, [counted]] = await Promise.all([
    db
      .select({
        id: jobQueue.id,
        name: jobQueue.name,
        attempts: jobQueue.attempts,
        lastError: jobQueue.lastError,
        finishedAt: jobQueue.finishedAt,
        createdAt: jobQueue.createdAt,
      })
      .from(jobQueue)
      .where(where)
      .orderBy(desc(jobQueue.finishedAt), desc(jobQueue.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(jobQueue).where(where),
  ]);
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      attempts: row.attempts,
      lastError: row.lastError,
      failedAt: row.finishedAt?.toISOString() ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
    total: counted?.total ?? 0,
  };
}
