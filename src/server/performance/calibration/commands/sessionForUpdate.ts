import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { AppError, notFound } from '../../../platform/errors/appError';
import { calibrationSessions } from '../tables';

/**
 * One calibration session of the organisation, its row locked for the rest of the transaction, so
 * that admissions, moves and the final sign-off never interleave. Undefined when there is none.
 */
export async function sessionForUpdate(tx: Db, organizationId: string, sessionId: string) {
  const [session] = await tx
    .select()
    .from(calibrationSessions)
    .where(and(eq(calibrationSessions.id, sessionId), eq(calibrationSessions.organizationId, organizationId)))
    .for('update');
  return session;
}

/** As sessionForUpdate, refused with 404 when there is no such session and when it is locked already. */
export async function openSessionForUpdate(tx: Db, organizationId: string, sessionId: string) {
  const session = await sessionForUpdate(tx, organizationId, sessionId);
  if (!session) throw notFound('Calibration session');
  if (session.state !== 'open') throw new AppError('calibration_locked');
  return session;
}
