import { z } from 'zod';
import { aspirationHorizon, aspirationKind } from './aspirations';
import { isoDate, pageOf, pageQuery } from './common';
import { issueMessage } from './issues';

/** SPEC S4.1: career conversations, held on their own cadence and never inside a review. */
export const conversationStatus = z.enum(['scheduled', 'completed', 'cancelled']);
export type ConversationStatus = z.infer<typeof conversationStatus>;
export const questionTheme = z.enum([
  'best_work',
  'moments',
  'future',
  'motivators',
  'values',
  'skills',
  'mobility',
]);
export type QuestionTheme = z.infer<typeof questionTheme>;

export const conversationPerson = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
export type ConversationPerson = z.infer<typeof conversationPerson>;

/**
 * Scheduling close to the person's review release is allowed but warned about: the two
 * conversations should stay apart. Only the date travels, never anything from the review.
 */
export const releaseWarning = z.object({ releaseDate: z.string(), windowDays: z.number().int() });
export type ReleaseWarning = z.infer<typeof releaseWarning>;

export const conversationSummary = z.object({
  id: z.string(),
  employee: conversationPerson,
  manager: conversationPerson,
  /** Whose view this is: the employee's own or the manager's. */
  viewerRole: z.enum(['employee', 'manager']),
  status: conversationStatus,
  scheduledAt: z.string(),
  durationMinutes: z.number().int(),
  location: z.string(),
  completedAt: z.string().nullable(),
  releaseWarning: releaseWarning.nullable(),
  version: z.number().int(),
});
export type ConversationSummary = z.infer<typeof conversationSummary>;

export const conversationNote = z.object({
  id: z.string(),
  questionId: z.string().nullable(),
  questionPrompt: z.string(),
  authorRole: z.enum(['employee', 'manager']),
  conversationNote: z.string(),
  /** Employee notes only: whether the manager may read it. A manager's note is always read by both. */
  sharedWithManager: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  abilities: z.object({ edit: z.boolean(), share: z.boolean(), remove: z.boolean() }),
});
export type ConversationNote = z.infer<typeof conversationNote>;

export const agreedAction = z.object({
  id: z.string(),
  authorRole: z.enum(['employee', 'manager']),
  actionText: z.string(),
  createdAt: z.string(),
  abilities: z.object({ remove: z.boolean() }),
});
export type AgreedAction = z.infer<typeof agreedAction>;

export const addAgreedActionRequest = z.object({
  actionText: z.string().trim().min(1, issueMessage('agreedActionRequired')).max(500),
});
export type AddAgreedActionRequest = z.input<typeof addAgreedActionRequest>;

/** "Make a plan from this conversation": a draft plan with one goal per agreed action. */
export const planFromConversationRequest = z.object({
  title: z.string().trim().min(1, issueMessage('planNameRequired')).max(200),
});
export type PlanFromConversationRequest = z.input<typeof planFromConversationRequest>;

export const careerQuestion = z.object({
  id: z.string(),
  theme: questionTheme,
  prompt: z.string(),
  guidance: z.string(),
  position: z.number().int(),
  retired: z.boolean(),
  version: z.number().int(),
});
export type CareerQuestion = z.infer<typeof careerQuestion>;

export const conversationDetail = conversationSummary.extend({
  /** The employee's outcome summary; the manager sees it only when the employee shared it. */
  outcomeSummary: z.string().nullable(),
  outcomeShared: z.boolean(),
  /** Whether a development plan was drafted from the outcome (its content lives with plans). */
  planDrafted: z.boolean(),
  questions: z.array(careerQuestion),
  notes: z.array(conversationNote),
  /** What the two agreed to do (the employee's reach a former manager no more than their notes). */
  agreedActions: z.array(agreedAction),
  abilities: z.object({
    reschedule: z.boolean(),
    cancel: z.boolean(),
    complete: z.boolean(),
    addNote: z.boolean(),
    addAction: z.boolean(),
    /** Draft a development plan from the agreed actions (the employee, once it was held). */
    makePlan: z.boolean(),
    /** Only the employee's outcome may change their aspirations or draft their plan. */
    recordOutcome: z.boolean(),
  }),
});
export type ConversationDetail = z.infer<typeof conversationDetail>;

/** A date-time with an offset, e.g. 2026-12-08T14:00:00.000Z. */
const dateTime = z.string().datetime({ offset: true, message: issueMessage('chooseDateTime') });
const duration = z.number().int().min(15, issueMessage('durationMin')).max(240, issueMessage('durationMax'));

export const scheduleConversationRequest = z.object({
  /** The other person: your manager, or one of your direct reports. */
  personId: z.string().uuid(issueMessage('choosePerson')),
  scheduledAt: dateTime,
  durationMinutes: duration.default(45),
  location: z.string().trim().max(300).default(''),
});
export type ScheduleConversationRequest = z.input<typeof scheduleConversationRequest>;

export const rescheduleConversationRequest = z.object({
  version: z.number().int().min(1),
  scheduledAt: dateTime,
  durationMinutes: duration,
  location: z.string().trim().max(300).default(''),
});
export type RescheduleConversationRequest = z.input<typeof rescheduleConversationRequest>;

export const versionOnly = z.object({ version: z.number().int().min(1) });

const noteText = z.string().trim().min(1, issueMessage('noteRequired')).max(5000);

export const addNoteRequest = z.object({
  questionId: z.string().uuid().nullable().default(null),
  conversationNote: noteText,
  sharedWithManager: z.boolean().default(false),
});
export type AddNoteRequest = z.input<typeof addNoteRequest>;

export const updateNoteRequest = z.object({
  version: z.number().int().min(1),
  conversationNote: noteText.optional(),
  sharedWithManager: z.boolean().optional(),
});
export type UpdateNoteRequest = z.input<typeof updateNoteRequest>;

export const outcomeAspiration = z.object({
  /** An existing aspiration of the employee to update; absent to create a new one. */
  id: z.string().uuid().optional(),
  kind: aspirationKind,
  horizon: aspirationHorizon.nullable().default(null),
  aspirationText: z.string().trim().min(1, issueMessage('fewWordsRequired')).max(2000),
  sharedWithManager: z.boolean().default(false),
});

export const completeConversationRequest = z.object({
  version: z.number().int().min(1),
  /** The day it was held, in the organisation's calendar: today or earlier. */
  heldOn: isoDate,
  outcomeSummary: z.string().trim().max(5000).default(''),
  outcomeShared: z.boolean().default(false),
  aspirations: z.array(outcomeAspiration).max(20).default([]),
  planDraft: z
    .object({
      title: z.string().trim().min(1, issueMessage('planNameRequired')).max(200),
      goals: z
        .array(
          z.object({
            title: z.string().trim().min(1, issueMessage('goalNameRequired')).max(300),
            description: z.string().trim().max(4000).default(''),
          }),
        )
        .min(1, issueMessage('goalRequired'))
        .max(10),
    })
    .nullable()
    .default(null),
});
export type CompleteConversationRequest = z.input<typeof completeConversationRequest>;

export const conversationListQuery = pageQuery.extend({
  status: conversationStatus.optional(),
});

export const settings = z.object({
  cadenceMonths: z.number().int(),
  releaseWindowDays: z.number().int(),
  /** The day the cadence rule began: nobody is overdue for a time before it. */
  policyStartedOn: isoDate,
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type ConversationSettings = z.infer<typeof settings>;

export const updateSettingsRequest = z.object({
  version: z.number().int().min(1),
  cadenceMonths: z.number().int().min(1, issueMessage('cadenceMin')).max(24, issueMessage('cadenceMax')),
  releaseWindowDays: z.number().int().min(0).max(90, issueMessage('releaseWindowMax')),
  /** Left out: the start stays as it is. */
  policyStartedOn: isoDate.optional(),
});

export const questionListQuery = pageQuery.extend({
  includeRetired: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const createQuestionRequest = z.object({
  theme: questionTheme,
  prompt: z.string().trim().min(1, issueMessage('questionRequired')).max(500),
  guidance: z.string().trim().max(1000).default(''),
});
export type CreateQuestionRequest = z.input<typeof createQuestionRequest>;

export const updateQuestionRequest = z.object({
  version: z.number().int().min(1),
  theme: questionTheme.optional(),
  prompt: z.string().trim().min(1, issueMessage('questionRequired')).max(500).optional(),
  guidance: z.string().trim().max(1000).optional(),
  retired: z.boolean().optional(),
});
export type UpdateQuestionRequest = z.input<typeof updateQuestionRequest>;

export const reorderQuestionsRequest = z.object({
  /** Every active question id in the new order. */
  questionIds: z.array(z.string().uuid()).min(1).max(200),
});

/** A manager's view of their direct reports' conversation rhythm: dates only, never content. */
export const reportCadence = z.object({
  person: conversationPerson,
  lastHeldAt: z.string().nullable(),
  nextScheduledAt: z.string().nullable(),
  nextConversationId: z.string().nullable(),
  dueBy: z.string(),
  overdue: z.boolean(),
});
export type ReportCadence = z.infer<typeof reportCadence>;
export const reportCadencePage = pageOf(reportCadence).extend({ overdueCount: z.number().int() });
export type ReportCadencePage = z.infer<typeof reportCadencePage>;

/** For a person's "Next" panel: dates only. */
export const personConversationSummary = z.object({
  personId: z.string(),
  lastHeldAt: z.string().nullable(),
  next: z
    .object({ id: z.string(), scheduledAt: z.string(), releaseWarning: releaseWarning.nullable() })
    .nullable(),
  dueBy: z.string(),
  overdue: z.boolean(),
});
export type PersonConversationSummary = z.infer<typeof personConversationSummary>;

/** HR coverage (cross-part contract 3): counts per department, never content. */
export const coverageRow = z.object({
  departmentId: z.string().nullable(),
  departmentName: z.string(),
  people: z.number().int(),
  withConversation: z.number().int(),
});
export type CoverageRow = z.infer<typeof coverageRow>;
export const coveragePage = pageOf(coverageRow).extend({
  totals: z.object({ people: z.number().int(), withConversation: z.number().int() }),
});
export type CoveragePage = z.infer<typeof coveragePage>;

/** Whom the caller can hold a career conversation with: their manager and their direct reports. */
export const conversationPartner = z.object({
  person: conversationPerson,
  relation: z.enum(['manager', 'report']),
});
export type ConversationPartner = z.infer<typeof conversationPartner>;
