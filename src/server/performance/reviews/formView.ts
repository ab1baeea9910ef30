import type { PeerFormDto } from '../../../contracts/reviews';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { reviewFormAccess } from './access';
import { answersAndPeople } from './answersAndPeople';
import { presentForm } from './present';
import { factsOfRecord } from './records';

/**
 * A form on its own, for its author only: what a peer-input writer works in. It names the person
 * and who asked, and carries nothing of the review itself (no other form, no rating, no state).
 */
export async function loadOwnForm(db: Db, actor: Actor, formId: string): Promise<PeerFormDto> {
  // Anyone but the author: 404, even those who read the form on its review.
  const { row, policy } = await reviewFormAccess.readFor(db, actor, formId, { need: 'openAsAuthor' });
  const { form, review, cycle } = row;
  const context = { cycle, facts: factsOfRecord(row), abilities: policy.review };
  const { answers, refs } = await answersAndPeople(db, {
    organizationId: actor.organizationId,
    formIds: [form.id],
    personIds: [review.subjectId, form.authorId, form.requestedBy],
  });
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
