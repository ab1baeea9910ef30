import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations, people } from '../../org/tables';
import { competencies } from '../paths/tables';

export const programmeTypes = ['one_to_one', 'group_circle', 'reverse', 'peer'] as const;
export const sessionCadences = ['weekly', 'fortnightly', 'monthly'] as const;
export const matchingModes = ['self_select', 'mentee_ranks_admin_decides', 'whole_pool'] as const;
export const programmeStatuses = ['draft', 'open', 'closed'] as const;
export const profileRoles = ['mentor', 'mentee'] as const;
export const skillSides = ['offers', 'wants'] as const;
export const matchStatuses = ['proposed', 'accepted', 'declined', 'active', 'closed'] as const;
export const matchSources = ['self_select', 'admin', 'pool', 'rematch'] as const;
export const closedBySides = ['mentee', 'mentor', 'admin'] as const;
export const draftStatuses = ['draft', 'published', 'discarded'] as const;
export const unmatchedReasons = [
  'no_eligible_mentor',
  'capacity_exhausted',
  'already_matched',
  'not_opted_in',
] as const;

/**
 * A mentoring programme (SPEC S4.6): the organisation's set-up, naming no person. HR creates it;
 * its programme admins (HR, plus the people in `mentoring_programme_admins`) run it. Cohort dates
 * are null for an always-open programme.
 */
export const mentoringProgrammes = pgTable('mentoring_programmes', {
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  programmeType: text('programme_type', { enum: programmeTypes }).notNull().default('one_to_one'),
  cohortStart: date('cohort_start', { mode: 'string' }),
  cohortEnd: date('cohort_end', { mode: 'string' }),
  enrolmentOpens: date('enrolment_opens', { mode: 'string' }),
  enrolmentCloses: date('enrolment_closes', { mode: 'string' }),
  mentorCapacity: integer('mentor_capacity').notNull().default(2),
  cadence: text('cadence', { enum: sessionCadences }).notNull().default('fortnightly'),
  agreementTemplate: text('agreement_template').notNull().default(''),
  matchingMode: text('matching_mode', { enum: matchingModes }).notNull().default('self_select'),
  minLevelGap: integer('min_level_gap').notNull().default(1),
  weightSkills: integer('weight_skills').notNull().default(50),
  weightGaps: integer('weight_gaps').notNull().default(20),
  weightCrossFunction: integer('weight_cross_function').notNull().default(10),
  weightLanguageTimeZone: integer('weight_language_time_zone').notNull().default(10),
  weightAvailability: integer('weight_availability').notNull().default(10),
  responseHours: integer('response_hours').notNull().default(72),
  status: text('status', { enum: programmeStatuses }).notNull().default('draft'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** People HR designated to run a programme (HR admins run every programme without a row here). */
export const mentoringProgrammeAdmins = pgTable(
  'mentoring_programme_admins',
  {
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => mentoringProgrammes.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
  },
  (t) => [
    primaryKey({ columns: [t.programmeId, t.personId] }),
    index('mentoring_admins_person_idx').on(t.personId),
  ],
);

/**
 * One person's mentor or mentee profile in one programme. Lists (languages, availability slots,
 * do-not-match people, pulled gap competencies, ranked mentor choices) are arrays; skills offered
 * or wanted are rows of `mentoring_profile_skills`. `goalsText` is the mentee's own words: their
 * matches' pair may read it, programme admins never do.
 */
export const mentoringProfiles = pgTable(
  'mentoring_profiles',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => mentoringProgrammes.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    role: text('role', { enum: profileRoles }).notNull(),
    optedIn: boolean('opted_in').notNull().default(true),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    timeZone: text('time_zone').notNull().default(''),
    availability: text('availability').array().notNull().default(sql`'{}'::text[]`),
    /** A mentor's own limit (1..5), below or above the programme's default; null: the default. */
    capacityOverride: integer('capacity_override'),
    doNotMatch: uuid('do_not_match').array().notNull().default(sql`'{}'::uuid[]`),
    goalsText: text('goals_text').notNull().default(''),
    prefersCrossFunction: boolean('prefers_cross_function').notNull().default(false),
    /** Gap competencies pulled from the mentee's own career path, stored only with their consent. */
    gapCompetencyIds: uuid('gap_competency_ids').array().notNull().default(sql`'{}'::uuid[]`),
    gapConsentAt: timestamp('gap_consent_at', { withTimezone: true }),
    /** In mentee-ranks mode: up to three mentor person ids, first choice first. */
    rankedMentorIds: uuid('ranked_mentor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentoring_profiles_uq').on(t.programmeId, t.personId, t.role),
    index('mentoring_profiles_person_idx').on(t.personId),
  ],
);

/** A competency a mentor offers (with their level) or a mentee wants to grow (with a target level). */
export const mentoringProfileSkills = pgTable(
  'mentoring_profile_skills',
  {
    profileId: uuid('profile_id')
      .notNull()
      .references(() => mentoringProfiles.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    competencyId: uuid('competency_id')
      .notNull()
      .references(() => competencies.id, { onDelete: 'cascade' }),
    side: text('side', { enum: skillSides }).notNull(),
    level: integer('level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.profileId, t.competencyId] })],
);

/**
 * A mentee and a mentor paired in a programme: proposed → accepted (or declined) → active once the
 * mentee confirms the agreement the mentor wrote → closed. The score and its parts are kept as they
 * were when the pair was proposed. Feedback text is each side's own; admins see ratings only.
 */
export const mentoringMatches = pgTable(
  'mentoring_matches',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => mentoringProgrammes.id, { onDelete: 'cascade' }),
    menteeId: uuid('mentee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    status: text('status', { enum: matchStatuses }).notNull().default('proposed'),
    source: text('source', { enum: matchSources }).notNull(),
    score: integer('score').notNull().default(0),
    pointsSkills: real('points_skills').notNull().default(0),
    pointsGaps: real('points_gaps').notNull().default(0),
    pointsCrossFunction: real('points_cross_function').notNull().default(0),
    pointsLanguageTimeZone: real('points_language_time_zone').notNull().default(0),
    pointsAvailability: real('points_availability').notNull().default(0),
    respondBy: timestamp('respond_by', { withTimezone: true }).notNull(),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    /** True when nobody answered within the programme's response time. */
    declinedAutomatically: boolean('declined_automatically').notNull().default(false),
    declineReason: text('decline_reason').notNull().default(''),
    agreementGoals: text('agreement_goals').notNull().default(''),
    agreementCadence: text('agreement_cadence', { enum: sessionCadences }),
    agreementConfidentiality: text('agreement_confidentiality').notNull().default(''),
    agreementEndDate: date('agreement_end_date', { mode: 'string' }),
    agreementWrittenAt: timestamp('agreement_written_at', { withTimezone: true }),
    agreementConfirmedAt: timestamp('agreement_confirmed_at', { withTimezone: true }),
    sharedWithManager: boolean('shared_with_manager').notNull().default(false),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: text('closed_by', { enum: closedBySides }),
    closeReason: text('close_reason').notNull().default(''),
    menteeRating: integer('mentee_rating'),
    menteeFeedback: text('mentee_feedback').notNull().default(''),
    mentorRating: integer('mentor_rating'),
    mentorFeedback: text('mentor_feedback').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('mentoring_matches_programme_idx').on(t.programmeId, t.status),
    index('mentoring_matches_mentee_idx').on(t.menteeId),
    index('mentoring_matches_mentor_idx').on(t.mentorId),
    index('mentoring_matches_respond_idx').on(t.status, t.respondBy),
  ],
);

/** A session the pair held: when, how long, the topic and notes only the pair reads. */
export const mentoringSessions = pgTable(
  'mentoring_sessions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    matchId: uuid('match_id')
      .notNull()
      .references(() => mentoringMatches.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    topic: text('topic').notNull().default(''),
    sessionNotes: text('session_notes').notNull().default(''),
    loggedById: uuid('logged_by_id').references(() => people.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentoring_sessions_match_idx').on(t.matchId, t.startsAt)],
);

/** A whole-pool assignment an admin ran: pending until published (or discarded by a newer run). */
export const mentoringPoolDrafts = pgTable(
  'mentoring_pool_drafts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programmeId: uuid('programme_id')
      .notNull()
      .references(() => mentoringProgrammes.id, { onDelete: 'cascade' }),
    status: text('status', { enum: draftStatuses }).notNull().default('draft'),
    createdById: uuid('created_by_id').references(() => people.id, { onDelete: 'set null' }),
    totalScore: integer('total_score').notNull().default(0),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('mentoring_pool_drafts_programme_idx').on(t.programmeId, t.createdAt)],
);

/** One line of a draft: a proposed pair with its score, or a mentee left unmatched with the reason. */
export const mentoringPoolDraftEntries = pgTable(
  'mentoring_pool_draft_entries',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    draftId: uuid('draft_id')
      .notNull()
      .references(() => mentoringPoolDrafts.id, { onDelete: 'cascade' }),
    menteeId: uuid('mentee_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id').references(() => people.id, { onDelete: 'cascade' }),
    unmatchedReason: text('unmatched_reason', { enum: unmatchedReasons }),
    score: integer('score').notNull().default(0),
    pointsSkills: real('points_skills').notNull().default(0),
    pointsGaps: real('points_gaps').notNull().default(0),
    pointsCrossFunction: real('points_cross_function').notNull().default(0),
    pointsLanguageTimeZone: real('points_language_time_zone').notNull().default(0),
    pointsAvailability: real('points_availability').notNull().default(0),
    removed: boolean('removed').notNull().default(false),
  },
  (t) => [index('mentoring_pool_draft_entries_draft_idx').on(t.draftId)],
);
