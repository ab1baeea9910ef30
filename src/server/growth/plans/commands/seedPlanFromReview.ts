import { issue } from '../../../../contracts/issues';
import type { SeedPlanRequest } from '../../../../contracts/plans';
import { readReviewHighlights } from '../../../performance/readApi';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notFound, validationFailed } from '../../../platform/errors/appError';
import { draftDevelopmentPlan } from './draftDevelopmentPlan';
import { ownerOf } from './plans';

/**
 * Seeds a draft plan from the employee's own released review (SPEC S1.1 one-way flow, S4.4). The
 * employee picks which written points become development goals and may reword them; the manager's
 * words go into the goal description, so the employee sees where each goal came from. Ratings never
 * cross: the read API returns text answers only. The plan says "seeded from your <cycle> review".
 */
export function seedPlanFromReview(db: Db, actor: Actor, input: SeedPlanRequest): Promise<string> {
  const ownerId = ownerOf(actor);
  return inTransaction(db, async (tx) => {
    const review = await readReviewHighlights(tx, {
      organizationId: actor.organizationId,
      personId: ownerId,
      reviewId: input.reviewId,
    });
    if (!review) throw notFound('Review');
    const byId = new Map(review.highlights.map((h) => [h.id, h]));
    const goals = input.goals.map((goal, index) => {
      const highlight = byId.get(goal.highlightId);
      if (!highlight) throw validationFailed({ [`goals.${index}.highlightId`]: issue('chooseReviewPoint') });
      return {
        title: goal.title,
        description: `${highlight.prompt}\n${highlight.text}`,
        seededFromReview: true,
      };
    });
    const { planId } = await draftDevelopmentPlan(tx, {
      organizationId: actor.organizationId,
      ownerId,
      actorAccountId: actor.accountId,
      title: input.title,
      goals,
      origin: 'review',
      originRef: review.reviewId,
      seededFromLabel: review.cycleName,
    });
    return planId;
  });
}
