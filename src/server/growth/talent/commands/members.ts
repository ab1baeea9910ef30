import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { createOfferRequest } from '../../../../contracts/developmentOffers';
import type { assessTalentRequest, placeTalentRequest } from '../../../../contracts/talent';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { createOfferIn } from '../../plans/offers/commands';
import { memberKey, talentMemberAccess } from '../access';
import { effectiveBox, potentialBandOf } from '../rules';
import { talentReviewMembers } from '../tables';

/**
 * Writes a person's potential assessment: the three behaviour-anchored answers with evidence (the
 * potential band follows from them, rules.ts) and the separate retention, loss and readiness
 * fields. Version-checked; the audit trail keeps the levels, not the evidence.
 */
export async function assessMember(
  db: Db,
  actor: Actor,
  sessionId: string,
  personId: string,
  input: z.output<typeof assessTalentRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await talentMemberAccess.lockFor(
      tx,
      actor,
      memberKey(sessionId, personId),
      'assess',
      input.version,
    );
    const potentialBand = potentialBandOf([
      input.learningAgility.level,
      input.scopeGrowth.level,
      input.leadingOthers.level,
    ]);
    await tx
      .update(talentReviewMembers)
      .set({
        learningAgility: input.learningAgility.level,
        learningAgilityEvidence: input.learningAgility.evidence,
        scopeGrowth: input.scopeGrowth.level,
        scopeGrowthEvidence: input.scopeGrowth.evidence,
        leadingOthers: input.leadingOthers.level,
        leadingOthersEvidence: input.leadingOthers.evidence,
        potentialBand,
        retentionRisk: input.retentionRisk,
        retentionRiskReason: input.retentionRiskReason,
        lossImpact: input.lossImpact,
        promotionReadiness: input.promotionReadiness,
        assessedBy: actor.personId,
        assessedAt: new Date(),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(talentReviewMembers.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'talent_review.assessed',
      targetType: 'talent_review_member',
      targetId: row.id,
      before: { potential: row.potentialBand },
      after: { sessionId, personId, potential: potentialBand },
    });
  });
}

/** Moves a person to another box than the computed one; the rationale is required and audited. */
export async function placeMember(
  db: Db,
  actor: Actor,
  sessionId: string,
  personId: string,
  input: z.output<typeof placeTalentRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await talentMemberAccess.lockFor(
      tx,
      actor,
      memberKey(sessionId, personId),
      'place',
      input.version,
    );
    const before = effectiveBox(row);
    await tx
      .update(talentReviewMembers)
      .set({
        overrideBox: input.box,
        overrideRationale: input.rationale,
        overriddenBy: actor.personId,
        overriddenAt: new Date(),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(talentReviewMembers.id, row.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'talent_review.box_overridden',
      targetType: 'talent_review_member',
      targetId: row.id,
      before: { box: before },
      after: { box: input.box, rationale: input.rationale, sessionId, personId },
    });
  });
}

/** A reader offers the person a development opportunity: it lands in their plans area as an offer. */
export async function offerFromReview(
  db: Db,
  actor: Actor,
  sessionId: string,
  personId: string,
  input: z.output<typeof createOfferRequest>,
): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { row } = await talentMemberAccess.lockFor(tx, actor, memberKey(sessionId, personId), 'offer');
    return createOfferIn(tx, {
      ...input,
      organizationId: actor.organizationId,
      personId: row.personId,
      offeredBy: actor.personId,
      sourceSessionId: row.sessionId,
      actorAccountId: actor.accountId,
    });
  });
}
