import { and, eq, lt, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvents } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { programmeAccess } from '../access';
import { loadPool } from '../inputs';
import { hardRuleViolations, rankMentors, scoreMatch } from '../matching';
import type { HardRule, ScoreBreakdown } from '../matching/types';
import { findOwnProfile, type ProgrammeRow, peopleByIds } from '../queries';
import { type matchSources, mentoringMatches } from '../tables';

type Source = (typeof matchSources)[number];

export const breakdownColumns = (breakdown: ScoreBreakdown) => ({
  pointsSkills: breakdown.skills,
  pointsGaps: breakdown.gaps,
  pointsCrossFunction: breakdown.crossFunction,
  pointsLanguageTimeZone: breakdown.languageTimeZone,
  pointsAvailability: breakdown.availability,
});

/** The refusal that names the pair and the first rule it breaks (SPEC: hard rules are never bent). */
export async function ruleBroken(
  tx: Db,
  organizationId: string,
  menteeId: string,
  mentorId: string,
  rule: HardRule,
) {
  const names = await peopleByIds(tx, organizationId, [menteeId, mentorId]);
  return new AppError(
    'invalid_state',
    issue('mentoringRuleBroken', {
      mentee: names.get(menteeId)?.name ?? '',
      mentor: names.get(mentorId)?.name ?? '',
      rule,
    }),
  );
}

/**
 * Locks the mentee's and the mentor's profile rows (in that order, the same everywhere) for a
 * change that takes a mentor's slot. Only these two rows: never a programme- or organisation-wide lock.
 */
export async function lockPairProfiles(tx: Db, programmeId: string, menteeId: string, mentorId: string) {
  const mentee = await findOwnProfile(tx, programmeId, menteeId, 'mentee', true);
  if (!mentee) throw validationFailed({ menteeId: issue('mentoringUnknownPerson') });
  const mentor = await findOwnProfile(tx, programmeId, mentorId, 'mentor', true);
  if (!mentor) throw validationFailed({ mentorId: issue('mentoringUnknownPerson') });
}

/**
 * Proposes a pair inside the caller's transaction: every hard rule is checked again here, on rows
 * locked for it, whatever screen suggested the pair. The mentor is asked to answer within the
 * programme's response time.
 */
export async function proposeMatch(
  tx: Db,
  actor: Actor,
  programme: ProgrammeRow,
  pair: { menteeId: string; mentorId: string },
  source: Source,
): Promise<string> {
  await lockPairProfiles(tx, programme.id, pair.menteeId, pair.mentorId);
  const today = await actorToday(tx, actor);
  const pool = await loadPool(tx, programme, today, [pair.menteeId, pair.mentorId]);
  const mentee = pool.mentees.find((m) => m.personId === pair.menteeId)!;
  const mentor = pool.mentors.find((m) => m.personId === pair.mentorId)!;
  const [broken] = hardRuleViolations(mentee, mentor, pool.context);
  if (broken) throw await ruleBroken(tx, actor.organizationId, pair.menteeId, pair.mentorId, broken);
  const scored = scoreMatch(mentee, mentor, pool.context.weights);
  const respondBy = new Date(Date.now() + programme.responseHours * 3_600_000);
  const [row] = await tx
    .insert(mentoringMatches)
    .values({
      organizationId: actor.organizationId,
      programmeId: programme.id,
      menteeId: pair.menteeId,
      mentorId: pair.mentorId,
      source,
      score: scored.score,
      ...breakdownColumns(scored.breakdown),
      respondBy,
    })
    .returning({ id: mentoringMatches.id });
  const names = await peopleByIds(tx, actor.organizationId, [pair.menteeId]);
  await notify(tx, [
    {
      organizationId: actor.organizationId,
      recipientId: pair.mentorId,
      kind: 'mentoring.match_proposed',
      params: { name: names.get(pair.menteeId)?.name ?? null, due: respondBy.toISOString() },
      link: '/growth/mentoring',
    },
  ]);
  await recordAuditEvents(tx, actor.organizationId, [
    {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.match_proposed',
      targetType: 'mentoring_match',
      targetId: row!.id,
      after: { source, score: scored.score },
    },
  ]);
  return row!.id;
}

/** Self-select: the mentee asks a mentor of the ranked list; the mentor then answers. */
export async function requestMentor(db: Db, actor: Actor, programmeId: string, mentorId: string) {
  if (!actor.personId) throw forbidden();
  const menteeId = actor.personId;
  return inTransaction(db, async (tx) => {
    const { row: programme } = await programmeAccess.readFor(tx, actor, programmeId, { resource: false });
    if (programme.matchingMode !== 'self_select' || programme.status !== 'open')
      throw new AppError('invalid_state', issue('mentoringWrongMode'));
    if (!(await findOwnProfile(tx, programmeId, menteeId, 'mentee')))
      throw new AppError('invalid_state', issue('mentoringNoProfile'));
    return proposeMatch(tx, actor, programme, { menteeId, mentorId }, 'self_select');
  });
}

/** An admin decides a pair (mentee-ranks mode, or any special case in other modes). */
export async function adminMatch(
  db: Db,
  actor: Actor,
  programmeId: string,
  pair: { menteeId: string; mentorId: string },
) {
  return inTransaction(db, async (tx) => {
    const { row: programme } = await programmeAccess.readFor(tx, actor, programmeId, {
      action: 'manage',
      resource: false,
    });
    if (programme.status === 'closed') throw new AppError('invalid_state', issue('mentoringWrongMode'));
    return proposeMatch(tx, actor, programme, pair, 'admin');
  });
}

/**
 * After a close with a re-match: the mentee's best eligible mentor now, excluding every mentor
 * they were ever paired with in the programme. Null when nobody is eligible.
 */
export async function proposeRematch(tx: Db, actor: Actor, programme: ProgrammeRow, menteeId: string) {
  const today = await actorToday(tx, actor);
  const pool = await loadPool(tx, programme, today);
  const mentee = pool.mentees.find((m) => m.personId === menteeId);
  if (!mentee) return null;
  const { ranked, featuredMentorId } = rankMentors(mentee, pool.mentors, pool.context);
  const mentorId = featuredMentorId ?? ranked[0]?.mentorId;
  if (!mentorId) return null;
  return proposeMatch(tx, actor, programme, { menteeId, mentorId }, 'rematch');
}

/**
 * Proposals older than their programme's response time are declined on the mentor's behalf (the
 * job runs this hourly; reads run it for their organisation first, so nobody sees a stale proposal).
 */
export async function expireProposals(db: Db, options: { organizationId?: string; now?: Date } = {}) {
  const now = options.now ?? new Date();
  return inTransaction(db, async (tx) => {
    const expired = await tx
      .update(mentoringMatches)
      .set({
        status: 'declined',
        declinedAutomatically: true,
        respondedAt: now,
        version: sql`${mentoringMatches.version} + 1`,
        updatedAt: now,
      })
      .where(
        and(
          eq(mentoringMatches.status, 'proposed'),
          lt(mentoringMatches.respondBy, now),
          options.organizationId ? eq(mentoringMatches.organizationId, options.organizationId) : undefined,
        ),
      )
      .returning({
        id: mentoringMatches.id,
        organizationId: mentoringMatches.organizationId,
        menteeId: mentoringMatches.menteeId,
      });
    for (const row of expired) {
      await recordAuditEvents(tx, row.organizationId, [
        {
          organizationId: row.organizationId,
          actorAccountId: null,
          action: 'mentoring.match_expired',
          targetType: 'mentoring_match',
          targetId: row.id,
        },
      ]);
      await notify(tx, [
        {
          organizationId: row.organizationId,
          recipientId: row.menteeId,
          kind: 'mentoring.match_answered',
          params: { name: null, accepted: false },
          link: '/growth/mentoring',
        },
      ]);
    }
    return expired.length;
  });
}
