import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { canReadForm, formPolicy } from './policy';
import { questionsFor } from './questions';
import { abilitiesOn, loadReviewRecord } from './reviewAccess';
import { reviewForms } from './tables';

/**
 * One form with its review, for the form routes. The form's author always reaches their own form
 * (a peer writer reaches nothing else); others reach it only if they may read it on the review.
 * `lock`: 'share' for answer saves (a submit waits for them), 'update' for submit and reopen.
 */
export async function loadFormForActor(db: Db, actor: Actor, formId: string, lock?: 'share' | 'update') {
  const base = db
    .select()
    .from(reviewForms)
    .where(and(eq(reviewForms.id, formId), eq(reviewForms.organizationId, actor.organizationId)))
    .limit(1);
  const [form] = lock ? await base.for(lock) : await base;
  if (!form) throw notFound('Form');
  const record = await loadReviewRecord(db, actor.organizationId, form.reviewId, lock === 'update');
  const { read, abilities, facts } = await abilitiesOn(db, actor, record);
  const isAuthor = actor.personId !== null && actor.personId === form.authorId;
  const visible = isAuthor || (read && (canReadForm(actor, form, abilities) || abilities.reopen));
  if (!visible) throw notFound('Form');
  const forms = record.forms.map((f) => (f.id === form.id ? form : f));
  return {
    form,
    review: record.review,
    cycle: record.cycle,
    forms,
    facts,
    abilities,
    reviewReadable: read,
    formAbilities: formPolicy(actor, form, facts),
    questions: questionsFor(record.cycle.content, form.kind),
  };
}
