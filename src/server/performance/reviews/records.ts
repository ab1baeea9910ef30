import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ReviewAbilities } from '../../../contracts/reviews';
import type { Db } from '../../platform/db/client';
import type { LockMode } from '../../platform/policy/access';
import type { ReviewFacts } from './policy';
import { reviewCycles, reviewForms, reviews, reviewTemplates } from './tables';

export type ReviewRow = typeof reviews.$inferSelect;
export type CycleRow = typeof reviewCycles.$inferSelect;
export type FormRow = typeof reviewForms.$inferSelect;

/** A review with its cycle and forms: what its policy decides on. */
export interface ReviewRecord {
  review: ReviewRow;
  cycle: CycleRow;
  forms: FormRow[];
}

/** One form with its review record (`forms` holds this very row, as loaded). */
export interface FormRecord extends ReviewRecord {
  form: FormRow;
}

/** A review as the caller may see it, for presenters: the record, its facts and the caller's abilities. */
export interface ReviewContext extends ReviewRecord {
  facts: ReviewFacts;
  abilities: ReviewAbilities;
}

export function factsOf(review: ReviewRow, cycle: CycleRow, forms: FormRow[]): ReviewFacts {
  const submitted = (kind: FormRow['kind']) => forms.some((f) => f.kind === kind && f.state === 'submitted');
  return {
    state: review.state,
    subjectId: review.subjectId,
    reviewerId: review.reviewerId,
    managerSeesSelfReview: cycle.managerSeesSelfReview,
    selfSubmitted: submitted('self'),
    managerSubmitted: submitted('manager'),
    hasPeerPhase: cycle.peerInputDue !== null,
    cycleClosed: cycle.status === 'closed',
  };
}

export const factsOfRecord = (record: ReviewRecord) => factsOf(record.review, record.cycle, record.forms);

/** The review with its cycle and forms, or null; `forUpdate` locks the review row. */
export async function findReviewRecord(
  db: Db,
  organizationId: string,
  reviewId: string,
  forUpdate = false,
): Promise<ReviewRecord | null> {
  const query = db
    .select({ review: reviews, cycle: reviewCycles })
    .from(reviews)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(and(eq(reviews.id, reviewId), eq(reviews.organizationId, organizationId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: reviews }) : await query;
  if (!row) return null;
  const forms = await db.select().from(reviewForms).where(eq(reviewForms.reviewId, reviewId));
  return { review: row.review, cycle: row.cycle, forms };
}

/**
 * One form with its review record, or null. Locked for a change: 'share' for answer saves (saves
 * run side by side; a submit of the same form waits for them), 'update' for submit and reopen,
 * which also lock the review row.
 */
export async function findFormRecord(
  db: Db,
  organizationId: string,
  formId: string,
  forUpdate = false,
  mode: LockMode = 'update',
): Promise<FormRecord | null> {
  const base = db
    .select()
    .from(reviewForms)
    .where(and(eq(reviewForms.id, formId), eq(reviewForms.organizationId, organizationId)))
    .limit(1);
  const [form] = forUpdate ? await base.for(mode) : await base;
  if (!form) return null;
  const record = await findReviewRecord(db, organizationId, form.reviewId, forUpdate && mode === 'update');
  if (!record) return null;
  return { ...record, form, forms: record.forms.map((f) => (f.id === form.id ? form : f)) };
}

const activeStates = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
];

/** A person's review records, newest period first (at most 200), for the person's reviews list. */
export async function personReviewRecords(
  db: Db,
  organizationId: string,
  personId: string,
  options: { activeOnly?: boolean; releasedOnly?: boolean },
): Promise<ReviewRecord[]> {
  const rows = await db
    .select({ review: reviews, cycle: reviewCycles })
    .from(reviews)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(
      and(
        eq(reviews.organizationId, organizationId),
        eq(reviews.subjectId, personId),
        options.activeOnly ? eq(reviewCycles.status, 'active') : undefined,
        options.activeOnly ? inArray(reviews.state, activeStates as never[]) : undefined,
        options.releasedOnly ? inArray(reviews.state, ['released', 'acknowledged']) : undefined,
      ),
    )
    .orderBy(desc(reviewCycles.periodEnd), desc(reviews.createdAt), desc(reviews.id))
    .limit(200);
  const ids = rows.map((r) => r.review.id);
  const forms = ids.length
    ? await db.select().from(reviewForms).where(inArray(reviewForms.reviewId, ids))
    : [];
  return rows.map(({ review, cycle }) => ({
    review,
    cycle,
    forms: forms.filter((f) => f.reviewId === review.id),
  }));
}

/** One review template of the organisation, or null; `forUpdate` locks it for a version-checked change. */
export async function findTemplate(db: Db, organizationId: string, templateId: string, forUpdate = false) {
  const query = db
    .select()
    .from(reviewTemplates)
    .where(and(eq(reviewTemplates.id, templateId), eq(reviewTemplates.organizationId, organizationId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * Written out with table names: in a single-table select Drizzle leaves columns unqualified, and an
 * unqualified "id" inside this subquery would mean the review's id (the list then showed 0 for all).
 */
export const participantCount = sql<number>`(SELECT count(*)::int FROM reviews r WHERE r.cycle_id = "review_cycles"."id")`;

/**
 * One review cycle of the organisation with its participant count and template name, or null;
 * `forUpdate` locks the cycle row for a version-checked change.
 */
export async function findCycle(db: Db, organizationId: string, cycleId: string, forUpdate = false) {
  const query = db
    .select({ cycle: reviewCycles, participants: participantCount, templateName: reviewTemplates.name })
    .from(reviewCycles)
    .leftJoin(reviewTemplates, eq(reviewTemplates.id, reviewCycles.templateId))
    .where(and(eq(reviewCycles.id, cycleId), eq(reviewCycles.organizationId, organizationId)))
    .limit(1);
  const [row] = forUpdate ? await query.for('update', { of: reviewCycles }) : await query;
  return row
    ? { cycle: row.cycle, participants: Number(row.participants), templateName: row.templateName }
    : null;
}
