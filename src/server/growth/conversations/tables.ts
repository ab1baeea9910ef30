import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';

/**
 * Per-organisation rules for career conversations (SPEC S4.1), editable by HR. The row is created
 * on first use together with the default question bank, so "first use" happens exactly once.
 */
export const careerConversationSettings = pgTable('career_conversation_settings', {
  organizationId: uuid('organization_id')
    .primaryKey()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  /** A report is overdue when no conversation was held within this many months. */
  cadenceMonths: integer('cadence_months').notNull().default(6),
  /** Scheduling within this many days of the person's review release warns. */
  releaseWindowDays: integer('release_window_days').notNull().default(14),
  /**
   * The day the cadence rule began: nobody is overdue for a time before it. Set when the settings
   * are first used (the organisation's today); rows older than the column got the day it was added.
   */
  policyStartedOn: date('policy_started_on', { mode: 'string' }).notNull().default(sql`CURRENT_DATE`),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const questionThemes = [
  'best_work',
  'moments',
  'future',
  'motivators',
  'values',
  'skills',
  'mobility',
] as const;

/** The guided questions of an organisation; retired questions stay for conversations that used them. */
export const careerQuestions = pgTable(
  'career_questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    theme: text('theme', { enum: questionThemes }).notNull(),
    prompt: text('prompt').notNull(),
    guidance: text('guidance').notNull().default(''),
    position: integer('position').notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('career_questions_org_idx').on(t.organizationId, t.position)],
);

export const conversationStatuses = ['scheduled', 'completed', 'cancelled'] as const;

/**
 * A career conversation between a person and their manager, never part of a review. The manager
 * is recorded at scheduling; the employee owns what is written in it (SPEC S1.4).
 */
export const careerConversations = pgTable(
  'career_conversations',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    managerId: uuid('manager_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    startedById: uuid('started_by_id').references(() => people.id, { onDelete: 'set null' }),
    status: text('status', { enum: conversationStatuses }).notNull().default('scheduled'),
    scheduledAt: timestamp('scheduled_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(45),
    location: text('location').notNull().default(''),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** The employee's own summary of what came out of it. */
    outcomeSummary: text('outcome_summary').notNull().default(''),
    outcomeShared: boolean('outcome_shared').notNull().default(false),
    /** The development plan drafted from the outcome, if one was asked for. */
    draftPlanId: uuid('draft_plan_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('career_conversations_employee_idx').on(t.organizationId, t.employeeId, t.scheduledAt),
    index('career_conversations_manager_idx').on(t.organizationId, t.managerId, t.scheduledAt),
  ],
);

/**
 * Notes on a conversation, optionally answering a guided question. The employee's notes are private
 * until they share each one with the manager; a manager's note is written for the employee: both
 * of them read it, and the employee may remove it.
 */
export const careerConversationNotes = pgTable(
  'career_conversation_notes',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => careerConversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').references(() => careerQuestions.id, { onDelete: 'set null' }),
    /** The question's words when the note was written, so rewording the bank never changes a note. */
    questionPrompt: text('question_prompt').notNull().default(''),
    conversationNote: text('conversation_note').notNull(),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('career_conversation_notes_conversation_idx').on(t.conversationId, t.createdAt)],
);

/**
 * Actions the two agreed in a conversation, written by either of them; both read them (the
 * employee's own only reach a manager who is still their direct manager, like shared notes). A
 * development plan can be drafted from them ("make a plan from this conversation").
 */
export const careerConversationActions = pgTable(
  'career_conversation_actions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => careerConversations.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    actionText: text('action_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('career_conversation_actions_conversation_idx').on(t.conversationId, t.createdAt)],
);
