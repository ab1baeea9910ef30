import { randomUUID } from 'node:crypto';
import type { SeededRandom } from '../../../org/seed/random';
import type { Db } from '../../../platform/db/client';
import { insertInChunks, type WorkFamily } from '../../../seed/demoContext';
import { type ReviewState, reviewAnswers, reviewForms, reviews } from '../../reviews/tables';
import { demoTemplateContent, ratingNear, textAnswers } from './reviewContent';

/** One demo participant: who is reviewed, by whom, and their department and level at launch. */
export interface Participant {
  id: string;
  reviewerId: string;
  departmentId: string | null;
  /** The department's name, which decides the field the review texts are written about. */
  departmentName: string | null;
  levelId: string | null;
}

type AnswerCoverage = 'all' | 'some' | 'none';

/** Collects review, form and answer rows in memory, then writes each table in a few batched inserts. */
export class ReviewWriter {
  private readonly reviews: (typeof reviews.$inferInsert)[] = [];
  private readonly forms: (typeof reviewForms.$inferInsert)[] = [];
  private readonly answers: (typeof reviewAnswers.$inferInsert)[] = [];
  private readonly scores = new Map<string, number>();

  constructor(private readonly organizationId: string) {}

  review(input: {
    id: string;
    cycleId: string;
    person: Participant;
    state: ReviewState;
    proposed: number | null;
    final?: number;
    sessionId?: string;
    addendum?: string | null;
    releasedAt?: Date;
    acknowledgedAt?: Date | null;
    comment?: string | null;
  }) {
    this.reviews.push({
      id: input.id,
      organizationId: this.organizationId,
      cycleId: input.cycleId,
      subjectId: input.person.id,
      reviewerId: input.person.reviewerId,
      departmentId: input.person.departmentId,
      levelId: input.person.levelId,
      state: input.state,
      proposedRating: input.proposed,
      finalRating: input.final ?? null,
      calibrationSessionId: input.sessionId ?? null,
      addendum: input.addendum ?? null,
      addendumAt: input.addendum ? input.releasedAt : null,
      releasedAt: input.releasedAt ?? null,
      releasedBy: input.releasedAt ? input.person.reviewerId : null,
      acknowledgedAt: input.acknowledgedAt ?? null,
      acknowledgmentComment: input.comment ?? null,
    });
  }

  /** One form with answers: ratings near the anchor, text from the content bank. */
  form(
    reviewId: string,
    kind: 'self' | 'manager',
    authorId: string,
    when: Date,
    anchor: number,
    random: SeededRandom,
    submitted: boolean,
    coverage: AnswerCoverage = 'all',
    family: WorkFamily = 'business',
  ) {
    const formId = randomUUID();
    this.forms.push({
      id: formId,
      organizationId: this.organizationId,
      reviewId,
      kind,
      authorId,
      state: submitted ? 'submitted' : 'draft',
      submittedAt: submitted ? when : null,
      updatedAt: when,
    });
    if (coverage === 'none') return;
    const texts = textAnswers(kind, random, family);
    const rated: [string, number][] = [];
    for (const section of demoTemplateContent.sections) {
      for (const question of section.questions) {
        if (question.audience !== 'both' && question.audience !== kind) continue;
        if (coverage === 'some' && question.kind !== 'competency' && question.kind !== 'goals') continue;
        const rating =
          question.kind === 'rating' || question.kind === 'competency' ? ratingNear(anchor, random) : null;
        if (rating !== null && question.weight) rated.push([question.id, rating * question.weight]);
        this.answer(formId, question.id, rating, texts[question.id] ?? null, authorId, when);
      }
    }
    if (kind === 'manager' && coverage === 'all') {
      this.answer(formId, 'proposed_rating', anchor, null, authorId, when);
      const weights = demoTemplateContent.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.weight && q.audience !== 'self');
      const total = weights.reduce((sum, q) => sum + (q.weight ?? 0), 0);
      this.scores.set(reviewId, rated.reduce((sum, [, weighted]) => sum + weighted, 0) / total);
    }
  }

  private answer(
    formId: string,
    questionId: string,
    rating: number | null,
    text: string | null,
    by: string,
    when: Date,
  ) {
    this.answers.push({
      organizationId: this.organizationId,
      formId,
      questionId,
      rating,
      text,
      updatedBy: by,
      updatedAt: when,
    });
  }

  async flush(tx: Db) {
    for (const review of this.reviews) {
      const score = this.scores.get(review.id!);
      if (score !== undefined && review.proposedRating !== null) review.overallScore = score.toFixed(3);
    }
    await insertInChunks(this.reviews, (chunk) => tx.insert(reviews).values(chunk), 1000);
    await insertInChunks(this.forms, (chunk) => tx.insert(reviewForms).values(chunk), 1000);
    await insertInChunks(this.answers, (chunk) => tx.insert(reviewAnswers).values(chunk), 1000);
  }
}
