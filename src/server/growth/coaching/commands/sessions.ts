import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { scheduleSessionRequest, updateSessionRequest } from '../../../../contracts/coaching';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import { engagementAccess, sessionAccess } from '../access';
import { coachingEngagements, coachingSessions } from '../tables';
import { audit } from './shared';

/** Sessions that count against the allowance: scheduled or held (a cancelled one gives its slot back). */
async function usedSessions(tx: Db, engagementId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(coachingSessions)
    .where(
      and(
        eq(coachingSessions.engagementId, engagementId),
        inArray(coachingSessions.status, ['scheduled', 'held']),
      ),
    );
  return row?.n ?? 0;
}

export async function scheduleSession(
  db: Db,
  actor: Actor,
  engagementId: string,
  input: z.output<typeof scheduleSessionRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, engagementId, 'schedule');
    if ((await usedSessions(tx, row.id)) >= row.sessionAllowance)
      throw new AppError('invalid_state', issue('coachingSessionsUsed', { allowance: row.sessionAllowance }));
    const [session] = await tx
      .insert(coachingSessions)
      .values({
        organizationId: actor.organizationId,
        engagementId: row.id,
        scheduledAt: new Date(input.scheduledAt),
        durationMinutes: input.durationMinutes,
      })
      .returning({ id: coachingSessions.id });
    await tx
      .update(coachingEngagements)
      .set({ updatedAt: new Date() })
      .where(eq(coachingEngagements.id, row.id));
    await audit(tx, actor, 'coaching.session_scheduled', 'coaching_session', session!.id);
    return session!.id;
  });
}

/** Marks a session held or cancelled, or moves it; version-checked. */
export async function updateSession(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof updateSessionRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await sessionAccess.lockFor(tx, actor, id, 'edit', input.version);
    if (
      input.status === 'scheduled' &&
      row.status === 'cancelled' &&
      (await usedSessions(tx, row.engagementId)) >= row.engagement.sessionAllowance
    )
      throw new AppError(
        'invalid_state',
        issue('coachingSessionsUsed', { allowance: row.engagement.sessionAllowance }),
      );
    await tx
      .update(coachingSessions)
      .set({
        status: input.status ?? row.status,
        scheduledAt: input.scheduledAt ? new Date(input.scheduledAt) : row.scheduledAt,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(coachingSessions.id, row.id));
    await audit(tx, actor, 'coaching.session_updated', 'coaching_session', row.id, {
      status: input.status ?? row.status,
    });
  });
}
