import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type {
  agreementRequest,
  closeMatchRequest,
  feedbackRequest,
  logSessionRequest,
  respondRequest,
  shareMatchRequest,
} from '../../../../contracts/mentoring';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { matchAccess, matchSessionsAccess } from '../access';
import { findProgramme, type LoadedMatch, peopleByIds } from '../queries';
import { mentoringMatches, mentoringSessions } from '../tables';
import { expireProposals, proposeRematch } from './proposals';

/** The audit trail keeps a match's steps, never what the pair wrote. */
async function audit(tx: Db, actor: Actor, action: string, matchId: string, after?: Record<string, unknown>) {
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: `mentoring.${action}`,
    targetType: 'mentoring_match',
    targetId: matchId,
    after,
  });
}

const bump = (row: LoadedMatch) => ({ version: row.version + 1, updatedAt: new Date() });

async function nameOf(tx: Db, actor: Actor, personId: string) {
  return (await peopleByIds(tx, actor.organizationId, [personId])).get(personId)?.name ?? null;
}

/** The mentor accepts or declines a proposal (a stale proposal has already been declined for them). */
export async function respondToMatch(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof respondRequest>,
) {
  await expireProposals(db, { organizationId: actor.organizationId });
  await inTransaction(db, async (tx) => {
    const { row } = await matchAccess.lockFor(tx, actor, id, 'respond', input.version);
    await tx
      .update(mentoringMatches)
      .set({
        status: input.accept ? 'accepted' : 'declined',
        respondedAt: new Date(),
        declineReason: input.accept ? '' : input.reason,
        ...bump(row),
      })
      .where(eq(mentoringMatches.id, row.id));
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: row.menteeId,
        kind: 'mentoring.match_answered',
        params: { name: await nameOf(tx, actor, row.mentorId), accepted: input.accept },
        link: `/growth/mentoring/matches/${row.id}`,
      },
    ]);
    await audit(tx, actor, input.accept ? 'match_accepted' : 'match_declined', row.id);
  });
}

/** The mentor writes the agreement (goals, cadence, confidentiality, end date); the mentee confirms it. */
export async function writeAgreement(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof agreementRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await matchAccess.lockFor(tx, actor, id, 'writeAgreement', input.version);
    if (input.endDate <= (await actorToday(tx, actor)))
      throw validationFailed({ endDate: issue('dateAfterToday') });
    await tx
      .update(mentoringMatches)
      .set({
        agreementGoals: input.goals,
        agreementCadence: input.cadence,
        agreementConfidentiality: input.confidentiality,
        agreementEndDate: input.endDate,
        agreementWrittenAt: new Date(),
        agreementConfirmedAt: null,
        ...bump(row),
      })
      .where(eq(mentoringMatches.id, row.id));
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: row.menteeId,
        kind: 'mentoring.agreement_written',
        params: { name: await nameOf(tx, actor, row.mentorId) },
        link: `/growth/mentoring/matches/${row.id}`,
      },
    ]);
    await audit(tx, actor, 'agreement_written', row.id, { cadence: input.cadence, endDate: input.endDate });
  });
}

/** The mentee confirms the agreement as written: the match is active. */
export async function confirmAgreement(db: Db, actor: Actor, id: string, version: number) {
  await inTransaction(db, async (tx) => {
    const { row } = await matchAccess.lockFor(tx, actor, id, 'confirmAgreement', version);
    await tx
      .update(mentoringMatches)
      .set({ status: 'active', agreementConfirmedAt: new Date(), ...bump(row) })
      .where(eq(mentoringMatches.id, row.id));
    await audit(tx, actor, 'agreement_confirmed', row.id);
  });
}

/** The mentee shows their direct manager the mentor, the goals and session dates — or stops. */
export async function shareMatch(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof shareMatchRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await matchAccess.lockFor(tx, actor, id, 'share', input.version);
    if (row.sharedWithManager === input.sharedWithManager) return;
    await tx
      .update(mentoringMatches)
      .set({ sharedWithManager: input.sharedWithManager, ...bump(row) })
      .where(eq(mentoringMatches.id, row.id));
    await audit(tx, actor, input.sharedWithManager ? 'match_shared' : 'match_unshared', row.id);
  });
}

/**
 * Closes a match with a reason (either side, or a programme admin). With `rematch` (the mentee or
 * an admin) the mentee gets a new proposal in the same transaction; the old pair is never proposed
 * again. Returns the new match's id, if any.
 */
export async function closeMatch(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof closeMatchRequest>,
): Promise<string | null> {
  return inTransaction(db, async (tx) => {
    const { row, policy } = await matchAccess.lockFor(tx, actor, id, 'close', input.version);
    const closedBy =
      policy.viewerRole === 'mentee' ? 'mentee' : policy.viewerRole === 'mentor' ? 'mentor' : 'admin';
    if (input.rematch && closedBy === 'mentor') throw validationFailed({ rematch: issue('valueInvalid') });
    await tx
      .update(mentoringMatches)
      .set({ status: 'closed', closedAt: new Date(), closedBy, closeReason: input.reason, ...bump(row) })
      .where(eq(mentoringMatches.id, row.id));
    const others = [row.menteeId, row.mentorId].filter((personId) => personId !== actor.personId);
    const names = await peopleByIds(tx, actor.organizationId, [row.menteeId, row.mentorId]);
    await notify(
      tx,
      others.map((recipientId) => ({
        organizationId: actor.organizationId,
        recipientId,
        kind: 'mentoring.match_closed' as const,
        params: { name: names.get(recipientId === row.menteeId ? row.mentorId : row.menteeId)?.name ?? null },
        link: `/growth/mentoring/matches/${row.id}`,
      })),
    );
    await audit(tx, actor, 'match_closed', row.id, { closedBy, rematch: input.rematch });
    if (!input.rematch) return null;
    const programme = await findProgramme(tx, actor.organizationId, row.programmeId);
    return programme ? proposeRematch(tx, actor, programme, row.menteeId) : null;
  });
}

/** Closing feedback, once per side: a rating for the programme's view, the words for the author. */
export async function giveFeedback(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof feedbackRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row, policy } = await matchAccess.lockFor(tx, actor, id, 'feedback', input.version);
    const side =
      policy.viewerRole === 'mentee'
        ? { menteeRating: input.rating, menteeFeedback: input.comment }
        : { mentorRating: input.rating, mentorFeedback: input.comment };
    await tx
      .update(mentoringMatches)
      .set({ ...side, ...bump(row) })
      .where(eq(mentoringMatches.id, row.id));
    await audit(tx, actor, 'feedback_given', row.id, { side: policy.viewerRole, rating: input.rating });
  });
}

/** Either side logs a session of an active match; its notes stay with the pair. */
export async function logSession(
  db: Db,
  actor: Actor,
  matchId: string,
  input: z.output<typeof logSessionRequest>,
) {
  return inTransaction(db, async (tx) => {
    const { row } = await matchSessionsAccess.lockFor(tx, actor, matchId, 'logSession');
    const [session] = await tx
      .insert(mentoringSessions)
      .values({
        organizationId: actor.organizationId,
        matchId: row.id,
        startsAt: new Date(input.startsAt),
        durationMinutes: input.durationMinutes,
        topic: input.topic,
        sessionNotes: input.sessionNotes,
        loggedById: actor.personId,
      })
      .returning({ id: mentoringSessions.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'mentoring.session_logged',
      targetType: 'mentoring_session',
      targetId: session!.id,
      after: { matchId: row.id, durationMinutes: input.durationMinutes },
    });
    return session!.id;
  });
}
