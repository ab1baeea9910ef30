import { eq } from 'drizzle-orm';
import type { PeerFormDto } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { reviewFormAccess } from './access';
import { answerColumns, peopleRefs, presentForm } from './present';
import { factsOfRecord } from './records';
import { reviewAnswers } from './tables';

/**
 * A form on its own, for its author only: what a peer-input writer works in. It names the person
 * and who asked, and carries nothing of the review itself (no other form, no rating, no state).
 */
export async function loadOwnForm(db: Db, actor: Actor, formId: string): Promise<PeerFormDto> {
  // Anyone but the author: 404, even those who read the form on its review.
  const { row, policy } = await reviewFormAccess.readFor(db, actor, formId, { need: 'openAsAuthor' });
  const { form, review, cycle } = row;
  const context = { cycle, facts: factsOfRecord(row), abilities: policy.review };
  const answers = await db.select(answerColumns).from(reviewAnswers).where(eq(reviewAnswers.formId, form.id));
  const refs = await peopleRefs(db, [review.subjectId, form.authorId, form.requestedBy]);
  const due =
    form.kind === 'self'
      ? cycle.selfReviewDue
      : form.kind === 'manager'
        ? cycle.managerReviewDue
        : cycle.peerInputDue;
  return {
    id: form.id,
    subject: refs.get(review.subjectId) ?? { id: review.subjectId, displayName: '', jobTitle: '' },
    requestedBy: form.requestedBy ? (refs.get(form.requestedBy) ?? null) : null,
    cycleName: cycle.name,
    due,
    form: presentForm(actor, form, context, answers, refs, { hideProposal: false }),
  };
}
