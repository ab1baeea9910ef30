import { inArray } from 'drizzle-orm';
import type {
  Answer,
  GoalResult,
  PersonRef,
  ReviewAbilities,
  ReviewDetail,
  ReviewFormDto,
} from '../../../contracts/reviews';
import { people } from '../../org/tables';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { answersAndPeople } from './answersAndPeople';
import { localizedContent, localizedQuestions, localizedScale } from './localize';
import { canKnowOfForm, canReadForm, formPolicy, type ReviewFacts } from './policy';
import { overallScore, PROPOSED_RATING, questionsFor } from './questions';
import type { FormRow, ReviewContext } from './records';
import { reviewAnswers, type TemplateContent } from './tables';

/** The answer columns presenters show, with the form they belong to. */
export const answerColumns = {
  formId: reviewAnswers.formId,
  questionId: reviewAnswers.questionId,
  rating: reviewAnswers.rating,
  text: reviewAnswers.text,
  version: reviewAnswers.version,
  updatedAt: reviewAnswers.updatedAt,
};
export type AnswerRow = Pick<typeof reviewAnswers.$inferSelect, keyof typeof answerColumns>;

export async function peopleRefs(db: Db, ids: (string | null)[]): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({
      id: people.id,
      givenName: people.givenName,
      familyName: people.familyName,
      jobTitle: people.jobTitle,
    })
    .from(people)
    .where(inArray(people.id, wanted));
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, displayName: `${r.givenName} ${r.familyName}`, jobTitle: r.jobTitle },
    ]),
  );
}

const presentAnswer = (row: AnswerRow): Answer => ({
  questionId: row.questionId,
  rating: row.rating,
  text: row.text,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
});

export function presentForm(
  actor: Actor,
  form: FormRow,
  context: { cycle: { content: TemplateContent }; facts: ReviewFacts; abilities: ReviewAbilities },
  answers: AnswerRow[],
  refs: Map<string, PersonRef>,
  options: { hideProposal: boolean },
): ReviewFormDto {
  const readable = canReadForm(actor, form, context.abilities);
  // Questions in the reader's language where HR wrote one (localize.ts); answers keep their ids.
  let questions = localizedQuestions(
    questionsFor(localizedContent(context.cycle.content, actor.locale), form.kind),
    actor.locale,
  );
  let shown = answers.filter((a) => a.formId === form.id);
  if (options.hideProposal) {
    questions = questions.filter((q) => q.id !== PROPOSED_RATING);
    shown = shown.filter((a) => a.questionId !== PROPOSED_RATING);
  }
  return {
    id: form.id,
    kind: form.kind,
    author: form.authorId ? (refs.get(form.authorId) ?? null) : null,
    state: form.state,
    submittedAt: form.submittedAt?.toISOString() ?? null,
    reopenReason: readable ? form.reopenReason : null,
    requestNote: readable ? form.requestNote : null,
    answers: readable ? shown.map(presentAnswer) : null,
    questions,
    abilities: formPolicy(actor, form, context.facts),
  };
}

/**
 * The review as the caller may see it. Each sensitive field is added only when the policy says so:
 * the proposed rating and overall score never reach the subject, nor does the manager form before
 * release; draft forms show their state but not their answers to anyone but their author.
 */
export async function presentReviewDetail(
  db: Db,
  actor: Actor,
  context: ReviewContext,
  goals: GoalResult[],
): Promise<ReviewDetail> {
  const { review, cycle, abilities } = context;
  const forms = context.forms
    .filter((form) => canKnowOfForm(actor, form, context.facts, context.abilities))
    .sort(
      (a, b) => ['self', 'manager', 'peer'].indexOf(a.kind) - ['self', 'manager', 'peer'].indexOf(b.kind),
    );
  const { answers, refs } = await answersAndPeople(db, {
    organizationId: actor.organizationId,
    formIds: forms.filter((f) => canReadForm(actor, f, abilities)).map((f) => f.id),
    personIds: [review.subjectId, review.reviewerId, ...forms.map((f) => f.authorId)],
  });
  const hideProposal = !abilities.viewProposedRating;
  const managerForm = context.forms.find((f) => f.kind === 'manager');
  // A draft's score is worked out live for its author; a submitted one is stored on the review.
  const liveScore =
    managerForm && managerForm.state === 'draft' && managerForm.authorId === actor.personId
      ? overallScore(
          questionsFor(cycle.content, 'manager'),
          answers.filter((a) => a.formId === managerForm.id),
        )
      : null;
  const subject = refs.get(review.subjectId);
  return {
    id: review.id,
    cycle: {
      id: cycle.id,
      name: cycle.name,
      periodStart: cycle.periodStart,
      periodEnd: cycle.periodEnd,
      selfReviewDue: cycle.selfReviewDue,
      peerInputDue: cycle.peerInputDue,
      managerReviewDue: cycle.managerReviewDue,
      releaseDue: cycle.releaseDue,
      acknowledgeDue: cycle.acknowledgeDue,
      ratingScale: localizedScale(cycle.content.ratingScale, actor.locale),
    },
    subject: subject ?? { id: review.subjectId, displayName: '', jobTitle: '' },
    reviewer: review.reviewerId ? (refs.get(review.reviewerId) ?? null) : null,
    state: review.state,
    ...(abilities.viewProposedRating
      ? {
          proposedRating: review.proposedRating,
          overallScore: review.overallScore !== null ? Number(review.overallScore) : liveScore,
        }
      : {}),
    ...(abilities.viewFinalRating ? { finalRating: review.finalRating, addendum: review.addendum } : {}),
    releasedAt: review.releasedAt?.toISOString() ?? null,
    acknowledgedAt: review.acknowledgedAt?.toISOString() ?? null,
    ...(abilities.viewFinalRating ? { acknowledgmentComment: review.acknowledgmentComment } : {}),
    goals,
    forms: forms.map((form) => presentForm(actor, form, context, answers, refs, { hideProposal })),
    version: review.version,
    abilities,
  };
}
