import { eq } from 'drizzle-orm';
import type { PeerFormDto } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { loadFormForActor } from './formAccess';
import { peopleRefs, presentForm } from './present';
import { reviewAnswers } from './tables';

/**
 * A form on its own, for its author only: what a peer-input writer works in. It names the person
 * and who asked, and carries nothing of the review itself (no other form, no rating, no state).
 */
export async function loadOwnForm(db: Db, actor: Actor, formId: string): Promise<PeerFormDto> {
  const context = await loadFormForActor(db, actor, formId);
  const { form, review, cycle } = context;
  if (actor.personId === null || form.authorId !== actor.personId) throw notFound('Form');
  const answers = await db.select().from(reviewAnswers).where(eq(reviewAnswers.formId, form.id));
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
