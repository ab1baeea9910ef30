import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { reviewCycles, reviewForms, reviews, reviewTemplates, type TemplateContent } from './tables';

/** Records the authorization matrix creates per case: written straight to the tables, quickly. */

const content: TemplateContent = {
  ratingScale: { labels: ['Low', 'Middle', 'High'] },
  sections: [
    {
      id: 'results',
      title: 'Results',
      questions: [{ id: 'q1', kind: 'rating', prompt: 'How did it go?', audience: 'both' }],
    },
  ],
};

const dates = {
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  selfReviewDue: '2026-07-10',
  peerInputDue: '2026-07-15',
  managerReviewDue: '2026-07-20',
  calibrationDue: '2026-07-31',
  releaseDue: '2026-08-07',
  acknowledgeDue: '2026-08-14',
};

export async function matrixTemplate(db: Db, organizationId: string) {
  const [row] = await db
    .insert(reviewTemplates)
    .values({ organizationId, name: `Matrix template ${randomUUID().slice(0, 8)}`, content })
    .returning({ id: reviewTemplates.id });
  return row!.id;
}

export async function matrixCycle(db: Db, organizationId: string, status: 'draft' | 'active') {
  const templateId = await matrixTemplate(db, organizationId);
  const [cycle] = await db
    .insert(reviewCycles)
    .values({ organizationId, name: 'Matrix cycle', templateId, content, status, ...dates })
    .returning({ id: reviewCycles.id });
  return { cycleId: cycle!.id, templateId };
}

/**
 * A running review of `subjectId`, written by their current manager, with a self form (draft, or
 * submitted with the review in manager_review) and a manager form.
 */
export async function matrixReview(
  db: Db,
  organizationId: string,
  subjectId: string,
  options: { selfSubmitted?: boolean } = {},
) {
  const { cycleId } = await matrixCycle(db, organizationId, 'active');
  const [subject] = await db
    .select({ managerId: people.managerId })
    .from(people)
    .where(eq(people.id, subjectId));
  const reviewerId = subject?.managerId ?? null;
  const [review] = await db
    .insert(reviews)
    .values({
      organizationId,
      cycleId,
      subjectId,
      reviewerId,
      state: options.selfSubmitted ? 'manager_review' : 'self_review',
    })
    .returning({ id: reviews.id });
  const [self] = await db
    .insert(reviewForms)
    .values({
      organizationId,
      reviewId: review!.id,
      kind: 'self',
      authorId: subjectId,
      state: options.selfSubmitted ? 'submitted' : 'draft',
      submittedAt: options.selfSubmitted ? new Date() : null,
    })
    .returning({ id: reviewForms.id });
  await db
    .insert(reviewForms)
    .values({ organizationId, reviewId: review!.id, kind: 'manager', authorId: reviewerId });
  return { reviewId: review!.id, selfFormId: self!.id, cycleId };
}

/** A colleague in the same organisation to name as a peer writer or a new reviewer. */
export async function matrixColleague(db: Db, organizationId: string) {
  const id = randomUUID();
  await db.insert(people).values({
    id,
    organizationId,
    email: `${id.slice(0, 12)}@matrix.test`,
    givenName: 'Matrix',
    familyName: 'Colleague',
    hireDate: '2024-01-01',
  });
  return id;
}
