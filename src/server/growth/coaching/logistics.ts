import { and, eq, sql } from 'drizzle-orm';
import type { CoachingLogistics } from '../../../contracts/coaching';
import { MIN_GROUP_SIZE, suppressGroups } from '../../platform/aggregates/suppression';
import type { Db } from '../../platform/db/client';
import { coachingEngagements, coachingSessions, engagementStatuses } from './tables';
import { listProgrammes, presentProgramme } from './views';

/**
 * HR's logistics (SPEC S4.7 sponsor view): per programme, engagements by status and sessions held
 * against the allowance — counts only, no names, goals or notes. Status cells of 1–4 engagements
 * are withheld (and their next-smallest siblings, so the total does not give them back); the
 * session figures are shown only when the programme has at least five engagements in all.
 */
export async function coachingLogistics(db: Db, organizationId: string): Promise<CoachingLogistics> {
  const programmes = await listProgrammes(db, organizationId, false);
  const counts = await db
    .select({
      programmeId: coachingEngagements.programmeId,
      status: coachingEngagements.status,
      n: sql<number>`count(*)`.mapWith(Number),
      allowance: sql<number>`sum(${coachingEngagements.sessionAllowance})`.mapWith(Number),
    })
    .from(coachingEngagements)
    .where(eq(coachingEngagements.organizationId, organizationId))
    .groupBy(coachingEngagements.programmeId, coachingEngagements.status);
  const held = await db
    .select({
      programmeId: coachingEngagements.programmeId,
      n: sql<number>`count(*)`.mapWith(Number),
    })
    .from(coachingSessions)
    .innerJoin(coachingEngagements, eq(coachingEngagements.id, coachingSessions.engagementId))
    .where(and(eq(coachingSessions.organizationId, organizationId), eq(coachingSessions.status, 'held')))
    .groupBy(coachingEngagements.programmeId);
  const items = programmes.map((programme) => {
    const mine = counts.filter((c) => c.programmeId === programme.id);
    const raw = engagementStatuses.map((status) => mine.find((c) => c.status === status)?.n ?? 0);
    const { shown, reasons } = suppressGroups(raw, MIN_GROUP_SIZE);
    const total = raw.reduce((a, b) => a + b, 0);
    const enough = total === 0 || total >= MIN_GROUP_SIZE;
    const started = mine
      .filter((c) => c.status === 'active' || c.status === 'completed')
      .reduce((sum, c) => sum + c.allowance, 0);
    return {
      programme: presentProgramme(programme),
      byStatus: Object.fromEntries(
        engagementStatuses.map((status, i) => [
          status,
          { count: shown[i] ?? null, suppressed: reasons[i] ?? null },
        ]),
      ) as CoachingLogistics['items'][number]['byStatus'],
      engagements: { count: enough ? total : null, suppressed: enough ? null : ('below_threshold' as const) },
      sessionsHeld: enough ? (held.find((h) => h.programmeId === programme.id)?.n ?? 0) : null,
      sessionsAllowed: enough ? started : null,
    };
  });
  return { minimumGroup: MIN_GROUP_SIZE, items };
}
