import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

/**
 * Texts HR may write in another language beside the template's own (SPEC: per-language texts). A
 * reader whose language has a text sees it; anyone else, or a missing or empty text, gets the
 * template's own (localize.ts). Keyed by language, so more languages add keys, not fields.
 */
export type Translations<T> = { de?: Partial<T> };

/** A rating scale HR sets per template: size 2–10, one label per point (index 0 = rating 1). */
export interface RatingScale {
  labels: string[];
  translations?: Translations<{ labels: string[] }>;
}

export const questionKinds = ['rating', 'text', 'competency', 'goals'] as const;
export type QuestionKind = (typeof questionKinds)[number];
/** Who answers a question: the person about themself, the reviewing manager, or both. */
export const questionAudiences = ['self', 'manager', 'both'] as const;
export type QuestionAudience = (typeof questionAudiences)[number];

export interface TemplateQuestion {
  /** Stable within the template; answers refer to it. */
  id: string;
  kind: QuestionKind;
  prompt: string;
  help?: string;
  audience: QuestionAudience;
  /** competency questions: the competency being rated (a name, free text in the performance track). */
  competency?: string;
  /** Optional weight (0–100) of a rating/competency question in the overall score. */
  weight?: number;
  required?: boolean;
  translations?: Translations<{ prompt: string; help: string }>;
}

export interface TemplateSection {
  id: string;
  title: string;
  description?: string;
  questions: TemplateQuestion[];
  translations?: Translations<{ title: string; description: string }>;
}

export interface TemplateContent {
  ratingScale: RatingScale;
  sections: TemplateSection[];
}

/** Review templates: a document of sections and questions, copied into a cycle when it launches. */
export const reviewTemplates = pgTable(
  'review_templates',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    content: jsonb('content').$type<TemplateContent>().notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_templates_org_idx').on(t.organizationId, t.name)],
);

/** Which people a cycle (or a calibration session) covers. Empty lists mean "any". */
export interface PopulationFilter {
  departmentIds?: string[];
  levelIds?: string[];
  /** Eligibility cut-off: only people hired on or before this date. */
  hiredOnOrBefore?: string;
  /** People the filters take in but HR left out by name (a cycle's participants only). */
  excludedPersonIds?: string[];
}

export const cycleStatuses = ['draft', 'active', 'closed'] as const;
export type CycleStatus = (typeof cycleStatuses)[number];

/**
 * A review cycle. Deadlines give the phases (self review → peer input → manager review →
 * calibration → release → acknowledgment); a null peer-input deadline means the cycle has none.
 */
export const reviewCycles = pgTable(
  'review_cycles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    templateId: uuid('template_id').references(() => reviewTemplates.id, { onDelete: 'set null' }),
    /** The template as it was at launch: later template edits never change a running cycle. */
    content: jsonb('content').$type<TemplateContent>().notNull(),
    participantFilter: jsonb('participant_filter').$type<PopulationFilter>().notNull().default({}),
    status: text('status', { enum: cycleStatuses }).notNull().default('draft'),
    selfReviewDue: date('self_review_due', { mode: 'string' }).notNull(),
    peerInputDue: date('peer_input_due', { mode: 'string' }),
    managerReviewDue: date('manager_review_due', { mode: 'string' }).notNull(),
    calibrationDue: date('calibration_due', { mode: 'string' }).notNull(),
    releaseDue: date('release_due', { mode: 'string' }).notNull(),
    acknowledgeDue: date('acknowledge_due', { mode: 'string' }).notNull(),
    /** Whether the reviewing manager may read the self review before submitting their own. */
    managerSeesSelfReview: boolean('manager_sees_self_review').notNull().default(true),
    /** Reminders go out this many days before each deadline (0 = no reminders). */
    reminderDaysBefore: integer('reminder_days_before').notNull().default(3),
    launchedAt: timestamp('launched_at', { withTimezone: true }),
    launchedBy: uuid('launched_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_cycles_org_idx').on(t.organizationId, t.status, t.periodEnd)],
);

/**
 * Where one person's review is in its life:
 * self_review → manager_review → submitted (manager done, written review locked) → in_calibration →
 * calibrated (session locked) → released → acknowledged.
 */
export const reviewStates = [
  'self_review',
  'manager_review',
  'submitted',
  'in_calibration',
  'calibrated',
  'released',
  'acknowledged',
] as const;
export type ReviewState = (typeof reviewStates)[number];

/** One participant's review in a cycle. The reviewer is the manager effective at launch. */
export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    reviewerId: uuid('reviewer_id').references(() => people.id, { onDelete: 'set null' }),
    /**
     * The subject's names, copied for HR's review list: sorting a cycle by name then reads one index
     * instead of joining and sorting every review on each page (docs/benchmarks.md, HTTP load). The
     * database keeps them equal to the person's (triggers in migration 20261207_review_subject_names:
     * filled on insert, rewritten when the person is renamed or erased), so no command writes them.
     */
    subjectFamilyName: text('subject_family_name').notNull().default(''),
    subjectGivenName: text('subject_given_name').notNull().default(''),
    /** Snapshot at launch, so dashboards group by the department the person was in. */
    departmentId: uuid('department_id'),
    levelId: uuid('level_id'),
    state: text('state', { enum: reviewStates }).notNull().default('self_review'),
    /** The manager's proposed rating (1..scale size); never shown to the subject. */
    proposedRating: integer('proposed_rating'),
    /** The rating after calibration; what the subject sees once released. */
    finalRating: integer('final_rating'),
    /** Weighted overall score of the manager's ratings, when the template has weights. */
    overallScore: numeric('overall_score', { precision: 6, scale: 3 }),
    calibrationSessionId: uuid('calibration_session_id'),
    /** Written by the manager after calibration; the locked review itself is never rewritten (S1.6). */
    addendum: text('addendum'),
    addendumAt: timestamp('addendum_at', { withTimezone: true }),
    releasedAt: timestamp('released_at', { withTimezone: true }),
    releasedBy: uuid('released_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    acknowledgmentComment: text('acknowledgment_comment'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reviews_cycle_subject_uq').on(t.cycleId, t.subjectId),
    // HR's review list in name order: a page (and a deep offset) walks this index.
    index('reviews_cycle_name_idx').on(t.cycleId, t.subjectFamilyName, t.subjectGivenName, t.id),
    index('reviews_org_subject_idx').on(t.organizationId, t.subjectId),
    index('reviews_org_reviewer_idx').on(t.organizationId, t.reviewerId),
    index('reviews_cycle_state_idx').on(t.cycleId, t.state),
    // HR's review list filtered by department: the page and its total read this index, not the cycle.
    index('reviews_cycle_department_idx').on(t.cycleId, t.departmentId, t.state),
    index('reviews_calibration_idx').on(t.calibrationSessionId),
  ],
);

export const formKinds = ['self', 'manager', 'peer'] as const;
export type FormKind = (typeof formKinds)[number];
export const formStates = ['draft', 'submitted'] as const;
export type FormState = (typeof formStates)[number];

/**
 * One author's part of a review: the self review, the manager review, or an attributed peer input
 * (requested by the manager; the writer is known to the manager — not 360 feedback).
 */
export const reviewForms = pgTable(
  'review_forms',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    reviewId: uuid('review_id')
      .notNull()
      .references(() => reviews.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: formKinds }).notNull(),
    authorId: uuid('author_id').references(() => people.id, { onDelete: 'set null' }),
    state: text('state', { enum: formStates }).notNull().default('draft'),
    /** Peer input only: the manager's request note. */
    requestNote: text('request_note'),
    requestedBy: uuid('requested_by'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    reopenedAt: timestamp('reopened_at', { withTimezone: true }),
    reopenReason: text('reopen_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('review_forms_review_idx').on(t.reviewId, t.kind),
    index('review_forms_org_author_idx').on(t.organizationId, t.authorId, t.state),
    // One self and one manager form per review; peer forms one per writer.
    uniqueIndex('review_forms_review_kind_author_uq').on(t.reviewId, t.kind, t.authorId),
  ],
);

/** One answer to one question of a form; autosaved, each save carrying the version it edited. */
export const reviewAnswers = pgTable(
  'review_answers',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    formId: uuid('form_id')
      .notNull()
      .references(() => reviewForms.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull(),
    rating: integer('rating'),
    text: text('text'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_answers_form_question_uq').on(t.formId, t.questionId)],
);

/** Reminders already sent, so the reminder job can run any number of times a day. */
export const reviewReminders = pgTable(
  'review_reminders',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => reviewCycles.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    phase: text('phase').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('review_reminders_uq').on(t.cycleId, t.personId, t.phase)],
);
