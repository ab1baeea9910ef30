import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ReviewAbilities } from '../../../contracts/reviews';
import type { Db } from '../../platform/db/client';
import { prepared } from '../../platform/db/prepared';
import type { LockMode } from '../../platform/policy/access';
import type { ReviewFacts } from './policy';
import {
  type FormKind,
  type FormState,
  reviewCycles,
  reviewForms,
  reviews,
  reviewTemplates,
  type TemplateContent,
} from './tables';

/*
 * Reviews are read on hot paths (a manager opening a review, every autosave), so the loaders name
 * the columns their policy and presenters read instead of selecting whole rows, and the cycle's
 * template (`content`, the largest column) comes from a per-process cache once the cycle is launched.
 */

const reviewColumns = {
  id: reviews.id,
  subjectId: reviews.subjectId,
  reviewerId: reviews.reviewerId,
  state: reviews.state,
  proposedRating: reviews.proposedRating,
  finalRating: reviews.finalRating,
  overallScore: reviews.overallScore,
  calibrationSessionId: reviews.calibrationSessionId,
  addendum: reviews.addendum,
  releasedAt: reviews.releasedAt,
  acknowledgedAt: reviews.acknowledgedAt,
  acknowledgmentComment: reviews.acknowledgmentComment,
  version: reviews.version,
};

const cycleColumns = {
  id: reviewCycles.id,
  name: reviewCycles.name,
  periodStart: reviewCycles.periodStart,
  periodEnd: reviewCycles.periodEnd,
  status: reviewCycles.status,
  selfReviewDue: reviewCycles.selfReviewDue,
  peerInputDue: reviewCycles.peerInputDue,
  managerReviewDue: reviewCycles.managerReviewDue,
  calibrationDue: reviewCycles.calibrationDue,
  releaseDue: reviewCycles.releaseDue,
  acknowledgeDue: reviewCycles.acknowledgeDue,
  managerSeesSelfReview: reviewCycles.managerSeesSelfReview,
  version: reviewCycles.version,
};

const formColumns = {
  id: reviewForms.id,
  reviewId: reviewForms.reviewId,
  kind: reviewForms.kind,
  authorId: reviewForms.authorId,
  state: reviewForms.state,
  requestNote: reviewForms.requestNote,
  requestedBy: reviewForms.requestedBy,
  submittedAt: reviewForms.submittedAt,
  reopenReason: reviewForms.reopenReason,
  version: reviewForms.version,
};

/** A whole cycle row, as HR's cycle tools read it. */
export type CycleRow = typeof reviewCycles.$inferSelect;
/** A review as its policy and presenters read it. */
export type ReviewRow = Pick<typeof reviews.$inferSelect, keyof typeof reviewColumns>;
/** The cycle of a review: its dates and settings, and the questions (`content`) it was launched with. */
export type ReviewCycleRow = Pick<CycleRow, keyof typeof cycleColumns> & { content: TemplateContent };
/** A form as its policy and presenters read it. */
export type FormRow = Pick<typeof reviewForms.$inferSelect, keyof typeof formColumns>;

/** A review with its cycle and forms: what its policy decides on. */
export interface ReviewRecord {
  review: ReviewRow;
  cycle: ReviewCycleRow;
  forms: FormRow[];
}

/**
 * One form with what its guard decides on: the review's people and state, the cycle's settings and
 * questions, and the kind and state of every form of the review (this one as locked).
 */
export interface FormRecord {
  form: FormRow;
  review: Pick<ReviewRow, 'id' | 'subjectId' | 'reviewerId' | 'state' | 'calibrationSessionId' | 'version'>;
  cycle: Pick<
    ReviewCycleRow,
    | 'id'
    | 'name'
    | 'status'
    | 'version'
    | 'managerSeesSelfReview'
    | 'selfReviewDue'
    | 'peerInputDue'
    | 'managerReviewDue'
    | 'content'
  >;
  forms: { id: string; kind: FormKind; state: FormState }[];
}

/** A review as the caller may see it, for presenters: the record, its facts and the caller's abilities. */
export interface ReviewContext extends ReviewRecord {
  facts: ReviewFacts;
  abilities: ReviewAbilities;
}

export function factsOf(
  review: Pick<ReviewRow, 'state' | 'subjectId' | 'reviewerId'>,
  cycle: Pick<ReviewCycleRow, 'managerSeesSelfReview' | 'peerInputDue' | 'status'>,
  forms: Pick<FormRow, 'kind' | 'state'>[],
): ReviewFacts {
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

export const factsOfRecord = (record: ReviewRecord | FormRecord) =>
  factsOf(record.review, record.cycle, record.forms);

/** Launched cycles' questions by `id:version`; a launched cycle's content never changes. */
const launchedContent = new Map<string, TemplateContent>();
const CONTENT_CACHE_LIMIT = 500;
const contentKey = (cycle: { id: string; version: number }) => `${cycle.id}:${cycle.version}`;

/**
 * The cycles with their questions: from the cache for launched cycles seen before, the others in
 * one query (a draft's content changes with each edit, so drafts are never cached).
 */
export async function withContent<Cycle extends { id: string; version: number }>(
  db: Db,
  cycles: Cycle[],
): Promise<(Cycle & { content: TemplateContent })[]> {
  const missing = [...new Set(cycles.filter((c) => !launchedContent.has(contentKey(c))).map((c) => c.id))];
  const loaded = new Map<string, TemplateContent>();
  if (missing.length > 0) {
    const rows = await db
      .select({
        id: reviewCycles.id,
        version: reviewCycles.version,
        status: reviewCycles.status,
        content: reviewCycles.content,
      })
      .from(reviewCycles)
      .where(inArray(reviewCycles.id, missing));
    for (const row of rows) {
      loaded.set(row.id, row.content);
      if (row.status === 'draft') continue;
      // Least recently used first out: a long-running process keeps the cycles in use.
      if (launchedContent.size >= CONTENT_CACHE_LIMIT) {
        const oldest = launchedContent.keys().next().value;
        if (oldest !== undefined) launchedContent.delete(oldest);
      }
      launchedContent.set(contentKey(row), row.content);
    }
  }
  return cycles.map((cycle) => {
    const key = contentKey(cycle);
    const cached = launchedContent.get(key);
    if (cached) {
      // Map order is insertion order: moving the entry to the end marks it as used.
      launchedContent.delete(key);
      launchedContent.set(key, cached);
    }
    const content = cached ?? loaded.get(cycle.id);
    if (!content) throw new Error(`review cycle ${cycle.id} has no content`);
    return { ...cycle, content };
  });
}

/** A form as `formsJson` carries it: JSON keeps timestamps as text. */
type FormJson = Omit<FormRow, 'submittedAt'> & { submittedAt: string | null };

/**
 * The review's forms in the review's own statement (one round trip fewer on every open), as JSON
 * with the columns `formColumns` names, in the order they were created.
 */
const formsJson = sql<FormJson[] | null>`(
  SELECT json_agg(json_build_object(
           'id', f.id, 'reviewId', f.review_id, 'kind', f.kind, 'authorId', f.author_id,
           'state', f.state, 'requestNote', f.request_note, 'requestedBy', f.requested_by,
           'submittedAt', f.submitted_at, 'reopenReason', f.reopen_reason, 'version', f.version)
         ORDER BY f.created_at, f.id)
    FROM review_forms f WHERE f.review_id = "reviews"."id")`;

const formFromJson = (form: FormJson): FormRow => ({
  ...form,
  submittedAt: form.submittedAt === null ? null : new Date(form.submittedAt),
});

const reviewWithCycle = (db: Db) =>
  db
    .select({ review: reviewColumns, cycle: cycleColumns, forms: formsJson })
    .from(reviews)
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(
      and(
        eq(reviews.id, sql.placeholder('reviewId')),
        eq(reviews.organizationId, sql.placeholder('organizationId')),
      ),
    )
    .limit(1);

// Opening a review reads this on every request: built once per handle, not per call.
const reviewWithCycleById = prepared((db) => reviewWithCycle(db).prepare('find_review_record'));

/** The review with its cycle and forms, or null; `forUpdate` locks the review row. */
export async function findReviewRecord(
  db: Db,
  organizationId: string,
  reviewId: string,
  forUpdate = false,
): Promise<ReviewRecord | null> {
  const values = { reviewId, organizationId };
  const [row] = forUpdate
    ? await reviewWithCycle(db).for('update', { of: reviews }).execute(values)
    : await reviewWithCycleById(db).execute(values);
  if (!row) return null;
  const [cycle] = await withContent(db, [row.cycle]);
  return { review: row.review, cycle: cycle!, forms: (row.forms ?? []).map(formFromJson) };
}

/**
 * One form with what its guard decides on, or null — in one statement: the form, its review and
 * cycle joined, the review's forms (kind and state) alongside; the questions from `withContent`.
 * Locked for a change: 'share' for answer saves (saves run side by side; a submit of the same form
 * waits for them), 'update' for submit and reopen, which also lock the review row.
 */
export async function findFormRecord(
  db: Db,
  organizationId: string,
  formId: string,
  forUpdate = false,
  mode: LockMode = 'update',
): Promise<FormRecord | null> {
  const query = db
    .select({
      form: formColumns,
      review: {
        id: reviews.id,
        subjectId: reviews.subjectId,
        reviewerId: reviews.reviewerId,
        state: reviews.state,
        calibrationSessionId: reviews.calibrationSessionId,
        version: reviews.version,
      },
      cycle: {
        id: reviewCycles.id,
        name: reviewCycles.name,
        status: reviewCycles.status,
        version: reviewCycles.version,
        managerSeesSelfReview: reviewCycles.managerSeesSelfReview,
        selfReviewDue: reviewCycles.selfReviewDue,
        peerInputDue: reviewCycles.peerInputDue,
        managerReviewDue: reviewCycles.managerReviewDue,
      },
      // The alias keeps the outer "review_forms" (the form itself) visible inside the subquery.
      forms: sql<FormRecord['forms'] | null>`(
        SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'state', s.state))
          FROM review_forms s WHERE s.review_id = ${reviewForms.reviewId})`,
    })
    .from(reviewForms)
    .innerJoin(reviews, eq(reviews.id, reviewForms.reviewId))
    .innerJoin(reviewCycles, eq(reviewCycles.id, reviews.cycleId))
    .where(and(eq(reviewForms.id, formId), eq(reviewForms.organizationId, organizationId)))
    .limit(1);
  const [row] = !forUpdate
    ? await query
    : mode === 'share'
      ? await query.for('share', { of: reviewForms })
      : await query.for('update', { of: [reviewForms, reviews] });
  if (!row) return null;
  const { form } = row;
  const [cycle] = await withContent(db, [row.cycle]);
  // This form as locked: a submit that committed while the save waited shows here.
  const forms = (row.forms ?? []).map((f) => (f.id === form.id ? { ...f, state: form.state } : f));
  return { form, review: row.review, cycle: cycle!, forms };
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
    .select({ review: reviewColumns, cycle: cycleColumns })
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
    ? await db.select(formColumns).from(reviewForms).where(inArray(reviewForms.reviewId, ids))
    : [];
  const cycles = await withContent(
    db,
    rows.map((row) => row.cycle),
  );
  return rows.map(({ review }, index) => ({
    review,
    cycle: cycles[index]!,
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

const cycleQuery = (db: Db) =>
  db
    .select({ cycle: reviewCycles, participants: participantCount, templateName: reviewTemplates.name })
    .from(reviewCycles)
    .leftJoin(reviewTemplates, eq(reviewTemplates.id, reviewCycles.templateId))
    .where(
      and(
        eq(reviewCycles.id, sql.placeholder('cycleId')),
        eq(reviewCycles.organizationId, sql.placeholder('organizationId')),
      ),
    )
    .limit(1);

/** Every cycle page and the HR review list read the cycle first: built once, not per request. */
const cycleById = prepared((db) => cycleQuery(db).prepare('find_review_cycle'));

/**
 * One review cycle of the organisation with its participant count and template name, or null;
 * `forUpdate` locks the cycle row for a version-checked change.
 */
export async function findCycle(db: Db, organizationId: string, cycleId: string, forUpdate = false) {
  const [row] = forUpdate
    ? await cycleQuery(db).for('update', { of: reviewCycles }).execute({ cycleId, organizationId })
    : await cycleById(db).execute({ cycleId, organizationId });
  return row
    ? { cycle: row.cycle, participants: Number(row.participants), templateName: row.templateName }
    : null;
}
