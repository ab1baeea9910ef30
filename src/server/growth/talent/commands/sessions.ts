import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { issue } from '../../../../contracts/issues';
import type {
  changeTalentSessionStateRequest,
  createTalentSessionRequest,
  updateTalentSessionRequest,
} from '../../../../contracts/talent';
import { lockedCalibratedRatings } from '../../../performance/readApi';
import { recordAuditEvent } from '../../../platform/audit/record';
import { type Actor, hasRole } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, validationFailed } from '../../../platform/errors/appError';
import { talentSessionAccess } from '../access';
import { currentPeople, departmentName, resolvePopulation } from '../queries';
import { performanceBandOf } from '../rules';
import { talentReviewMembers, talentReviewParticipants, talentReviewSessions } from '../tables';

type CreateInput = z.output<typeof createTalentSessionRequest>;
type UpdateInput = z.output<typeof updateTalentSessionRequest>;

/** Participants and facilitator must be current people of the organisation (the field is named). */
async function checkPeople(tx: Db, organizationId: string, field: string, ids: string[]) {
  const found = new Set((await currentPeople(tx, organizationId, ids)).map((row) => row.id));
  ids.forEach((id, index) => {
    if (!found.has(id))
      throw validationFailed({
        [field === 'participantIds' ? `participantIds.${index}` : field]: issue('personForeign'),
      });
  });
}

function checkDates(startsOn: string, endsOn: string) {
  if (endsOn < startsOn) throw validationFailed({ endsOn: issue('endsBeforeStart') });
}

/** Copies each member's performance band from their latest locked calibrated rating (performance readApi). */
export async function refreshPerformanceBands(tx: Db, organizationId: string, sessionId: string) {
  const members = await tx
    .select({ id: talentReviewMembers.id, personId: talentReviewMembers.personId })
    .from(talentReviewMembers)
    .where(eq(talentReviewMembers.sessionId, sessionId));
  const ratings = await lockedCalibratedRatings(tx, {
    organizationId,
    personIds: members.map((member) => member.personId),
  });
  const byBand = new Map<string, string[]>();
  for (const rating of ratings) {
    const band = performanceBandOf(rating.rating, rating.scaleSize);
    if (band) byBand.set(band, [...(byBand.get(band) ?? []), rating.personId]);
  }
  for (const [band, personIds] of byBand)
    await tx
      .update(talentReviewMembers)
      .set({ performanceBand: band as 'low' | 'medium' | 'high' })
      .where(
        and(eq(talentReviewMembers.sessionId, sessionId), inArray(talentReviewMembers.personId, personIds)),
      );
}

/** HR starts a talent review: the population is resolved to people now and kept as they are. */
export async function createTalentSession(db: Db, actor: Actor, input: CreateInput): Promise<string> {
  if (!hasRole(actor, 'hr_admin')) throw forbidden();
  return inTransaction(db, async (tx) => {
    const { kind, refId } = input.population;
    if (kind !== 'organization' && !refId)
      throw validationFailed({ 'population.refId': issue('valueInvalid') });
    if (kind === 'department' && !(await departmentName(tx, actor.organizationId, refId!)))
      throw validationFailed({ 'population.refId': issue('departmentForeign') });
    if (kind === 'manager_subtree') await checkPeople(tx, actor.organizationId, 'population.refId', [refId!]);
    checkDates(input.startsOn, input.endsOn);
    const participantIds = [...new Set(input.participantIds)];
    await checkPeople(tx, actor.organizationId, 'participantIds', participantIds);
    const facilitatorId = input.facilitatorId ?? actor.personId;
    if (facilitatorId) await checkPeople(tx, actor.organizationId, 'facilitatorId', [facilitatorId]);
    const [session] = await tx
      .insert(talentReviewSessions)
      .values({
        organizationId: actor.organizationId,
        name: input.name,
        populationKind: kind,
        populationRefId: kind === 'organization' ? null : refId,
        facilitatorId,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        boxLabels: input.boxLabels,
        createdBy: actor.accountId,
      })
      .returning({ id: talentReviewSessions.id });
    const sessionId = session!.id;
    if (participantIds.length)
      await tx
        .insert(talentReviewParticipants)
        .values(participantIds.map((personId) => ({ sessionId, personId })));
    const population = await resolvePopulation(tx, actor.organizationId, kind, refId);
    for (let start = 0; start < population.length; start += 1000)
      await tx.insert(talentReviewMembers).values(
        population.slice(start, start + 1000).map((person) => ({
          organizationId: actor.organizationId,
          sessionId,
          personId: person.id,
          managerId: person.managerId,
        })),
      );
    await refreshPerformanceBands(tx, actor.organizationId, sessionId);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'talent_review.created',
      targetType: 'talent_review',
      targetId: sessionId,
      after: { populationKind: kind, populationRefId: refId, members: population.length, participantIds },
    });
    return sessionId;
  });
}

/** Name, dates, labels and participants, while the review is not locked; version-checked. */
export async function updateTalentSession(db: Db, actor: Actor, id: string, input: UpdateInput) {
  await inTransaction(db, async (tx) => {
    const { row } = await talentSessionAccess.lockFor(tx, actor, id, 'edit', input.version);
    const startsOn = input.startsOn ?? row.startsOn;
    const endsOn = input.endsOn ?? row.endsOn;
    checkDates(startsOn, endsOn);
    await tx
      .update(talentReviewSessions)
      .set({
        name: input.name ?? row.name,
        startsOn,
        endsOn,
        boxLabels: input.boxLabels === undefined ? row.boxLabels : input.boxLabels,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(talentReviewSessions.id, row.id));
    if (input.participantIds) {
      const participantIds = [...new Set(input.participantIds)];
      await checkPeople(tx, actor.organizationId, 'participantIds', participantIds);
      await tx.delete(talentReviewParticipants).where(eq(talentReviewParticipants.sessionId, row.id));
      if (participantIds.length)
        await tx
          .insert(talentReviewParticipants)
          .values(participantIds.map((personId) => ({ sessionId: row.id, personId })));
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'talent_review.updated',
      targetType: 'talent_review',
      targetId: row.id,
      before: { name: row.name, startsOn: row.startsOn, endsOn: row.endsOn },
      after: { name: input.name ?? row.name, startsOn, endsOn, participantIds: input.participantIds },
    });
  });
}

const nextState = { draft: 'in_review', in_review: 'locked' } as const;

/** draft → in_review (performance bands copied again) → locked (read-only from then on). */
export async function changeTalentSessionState(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof changeTalentSessionStateRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await talentSessionAccess.lockFor(tx, actor, id, 'changeState', input.version);
    const allowed = row.state === 'locked' ? null : nextState[row.state];
    if (allowed !== input.state)
      throw new AppError('invalid_state', issue('talentStateStep', { from: row.state, to: input.state }));
    if (input.state === 'in_review') await refreshPerformanceBands(tx, actor.organizationId, row.id);
    await tx
      .update(talentReviewSessions)
      .set({
        state: input.state,
        lockedAt: input.state === 'locked' ? new Date() : null,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(talentReviewSessions.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: `talent_review.${input.state}`,
      targetType: 'talent_review',
      targetId: row.id,
      before: { state: row.state },
      after: { state: input.state },
    });
  });
}
