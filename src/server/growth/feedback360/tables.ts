import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  type AnonymousGroup,
  anonymousGroups,
  type RaterGroup,
  raterGroups,
  request360Statuses,
  type Thresholds,
} from '../../../contracts/feedback360';
import { organizations, people } from '../../org/tables';

/**
 * A 360 for development about one person (SPEC S4.8). Class `development`: only the subject (and an
 * assigned coach) ever reads what comes out of it. Thresholds may rise but never fall once the first
 * response is in (SPEC S1.3); `first_response_in` records that moment without saying when.
 */
export const feedback360Requests = pgTable(
  'feedback360_requests',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    subjectId: uuid('subject_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    /** The subject, or the HR admin who started it for a leadership program. */
    requestedById: uuid('requested_by_id').references(() => people.id, { onDelete: 'set null' }),
    programName: text('program_name').notNull().default(''),
    status: text('status', { enum: request360Statuses }).notNull().default('nominating'),
    requireManagerApproval: boolean('require_manager_approval').notNull().default(false),
    /**
     * The subject chose, at request time, that their manager's answers are shown as the manager's:
     * named, outside the anonymous pool and its threshold. The manager group then holds at most the
     * subject's current manager, who is told so before answering.
     */
    managerNamed: boolean('manager_named').notNull().default(false),
    /** The manager who approves nominations, fixed when they are submitted. */
    approverId: uuid('approver_id').references(() => people.id, { onDelete: 'set null' }),
    coachId: uuid('coach_id').references(() => people.id, { onDelete: 'set null' }),
    anonymityThresholds: jsonb('anonymity_thresholds').$type<Thresholds>().notNull(),
    firstResponseIn: boolean('first_response_in').notNull().default(false),
    deadline: date('deadline', { mode: 'string' }).notNull(),
    createdOn: date('created_on', { mode: 'string' }).notNull().default(sql`current_date`),
    closedOn: date('closed_on', { mode: 'string' }),
    releasedOn: date('released_on', { mode: 'string' }),
    remindedOn: date('reminded_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('feedback360_requests_subject_idx').on(t.subjectId, t.createdAt),
    index('feedback360_requests_status_idx').on(t.organizationId, t.status, t.deadline),
  ],
);

/** The questionnaire, copied from the competency library when the request is created. */
export const feedback360Questions = pgTable(
  'feedback360_questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => feedback360Requests.id, { onDelete: 'cascade' }),
    /** The library competency it came from (no foreign key: the snapshot outlives library edits). */
    competencyId: uuid('competency_id'),
    competencyName: text('competency_name').notNull(),
    competencyDescription: text('competency_description').notNull().default(''),
    behaviours: jsonb('behaviours').$type<string[]>().notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('feedback360_questions_request_idx').on(t.requestId, t.position)],
);

/** Whom the subject asked, by group; seen by the subject and the approving manager only. */
export const feedback360Nominations = pgTable(
  'feedback360_nominations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => feedback360Requests.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group', { enum: anonymousGroups }).$type<AnonymousGroup>().notNull(),
    status: text('status', { enum: ['proposed', 'approved', 'rejected'] })
      .notNull()
      .default('proposed'),
  },
  (t) => [uniqueIndex('feedback360_nominations_person_uq').on(t.requestId, t.personId)],
);

/**
 * A rater's task: it says only whether it is done. Its id differs from the nomination's, and no
 * response row points back at it, so "who wrote what" is stored nowhere.
 */
export const feedback360Tasks = pgTable(
  'feedback360_tasks',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => feedback360Requests.id, { onDelete: 'cascade' }),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group', { enum: raterGroups }).$type<RaterGroup>().notNull(),
    status: text('status', { enum: ['pending', 'done', 'declined', 'expired'] })
      .notNull()
      .default('pending'),
    remindedOn: date('reminded_on', { mode: 'string' }),
  },
  (t) => [
    uniqueIndex('feedback360_tasks_rater_uq').on(t.requestId, t.raterId),
    index('feedback360_tasks_rater_idx').on(t.raterId, t.status),
  ],
);

/**
 * One submitted questionnaire: its group and nothing else — no rater, no task, no timestamp
 * (class `anonymous`; only thresholded aggregates leave the module).
 */
export const feedback360Responses = pgTable(
  'feedback360_responses',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => feedback360Requests.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group', { enum: raterGroups }).$type<RaterGroup>().notNull(),
  },
  (t) => [index('feedback360_responses_request_idx').on(t.requestId)],
);

export const feedback360Answers = pgTable(
  'feedback360_answers',
  {
    responseId: uuid('response_id')
      .notNull()
      .references(() => feedback360Responses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => feedback360Questions.id, { onDelete: 'cascade' }),
    /** 1–5; null is "not observed". */
    behaviourScore: smallint('behaviour_score'),
  },
  (t) => [uniqueIndex('feedback360_answers_uq').on(t.responseId, t.questionId)],
);

/**
 * Comments are kept apart from the scores (no response id), ordered by a random key drawn at
 * insert, so their order says nothing about who wrote them or when.
 */
export const feedback360Comments = pgTable(
  'feedback360_comments',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    requestId: uuid('request_id')
      .notNull()
      .references(() => feedback360Requests.id, { onDelete: 'cascade' }),
    raterGroup: text('rater_group', { enum: raterGroups }).$type<RaterGroup>().notNull(),
    kind: text('kind', { enum: ['strengths', 'suggestions'] }).notNull(),
    commentText: text('comment_text').notNull(),
    shuffleKey: integer('shuffle_key').notNull(),
  },
  (t) => [index('feedback360_comments_request_idx').on(t.requestId, t.shuffleKey)],
);
