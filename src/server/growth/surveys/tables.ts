import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
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
  actionStatuses,
  surveyAudienceKinds,
  surveyDrivers,
  surveyQuestionKinds,
  surveySchedules,
  surveyTeamKinds,
  tenureBands,
} from '../../../contracts/surveys';
import { organizations, people } from '../../org/tables';

/**
 * Engagement pulse surveys (SPEC S5, S1.3). The definition (survey, questions, rounds) is the
 * organisation's set-up and names nobody. Who was invited and whether they answered lives in
 * `engagement_survey_participants`; what was answered lives in `engagement_survey_responses` and
 * `engagement_survey_comments`, which hold no person, account, session, participant or time finer
 * than the round — `surveys.schema.test.ts` reads every column of those tables and fails otherwise.
 */
export const engagementSurveys = pgTable(
  'engagement_surveys',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    audienceKind: text('audience_kind', { enum: surveyAudienceKinds }).notNull(),
    audienceDepartmentIds: uuid('audience_department_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** Smallest group whose scores are shown; never below 3. Locked once a response exists. */
    anonymityThreshold: integer('anonymity_threshold').notNull().default(5),
    /** Smallest group whose comments are shown; at least the threshold. Locked with it. */
    commentThreshold: integer('comment_threshold').notNull().default(10),
    schedule: text('schedule', { enum: surveySchedules }).notNull(),
    /** How many drivers a round asks about (rotating); null: every Likert item every round. */
    driversPerRound: integer('drivers_per_round'),
    openDays: integer('open_days').notNull().default(7),
    /** The next day the pulse job launches a round; null when no further round is due. */
    nextRoundOn: date('next_round_on', { mode: 'string' }),
    ended: boolean('ended').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('engagement_surveys_org_idx').on(t.organizationId, t.createdAt),
    check('engagement_surveys_threshold_floor', sql`${t.anonymityThreshold} >= 3`),
    check('engagement_surveys_comment_threshold', sql`${t.commentThreshold} >= ${t.anonymityThreshold}`),
  ],
);

export const engagementSurveyQuestions = pgTable(
  'engagement_survey_questions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => engagementSurveys.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: surveyQuestionKinds }).notNull(),
    /** The driver a Likert item measures; null for the eNPS item and comment prompts. */
    driver: text('driver', { enum: surveyDrivers }),
    prompt: text('prompt').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('engagement_survey_questions_survey_idx').on(t.surveyId, t.position)],
);

/** One launch of a survey: the questions it asks and its open and close days. */
export const engagementSurveyRounds = pgTable(
  'engagement_survey_rounds',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => engagementSurveys.id, { onDelete: 'cascade' }),
    roundNumber: integer('round_number').notNull(),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    closed: boolean('closed').notNull().default(false),
    /** The questions of this round (the rotation's pick, the eNPS item and the comment prompts). */
    questionIds: uuid('question_ids').array().notNull(),
    /** People left out because they already had a pulse in the last seven days (fatigue guard). */
    skippedForFatigue: integer('skipped_for_fatigue').notNull().default(0),
  },
  (t) => [
    uniqueIndex('engagement_survey_rounds_number_uq').on(t.surveyId, t.roundNumber),
    index('engagement_survey_rounds_open_idx').on(t.organizationId, t.closed, t.closesOn),
  ],
);

/**
 * Who was invited to a round, their attributes as of the launch day (department, tenure band,
 * manager chain: the buckets reporting may use), and whether they answered — the day only, never
 * the time, and never which response is theirs. The answer is written with it only as a held
 * answer (`engagement_survey_held_answers`); the response rows come later, from a shuffled release.
 */
export const engagementSurveyParticipants = pgTable(
  'engagement_survey_participants',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    roundId: uuid('round_id')
      .notNull()
      .references(() => engagementSurveyRounds.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'cascade' }),
    snapshotDepartmentId: uuid('snapshot_department_id'),
    snapshotTenureBand: text('snapshot_tenure_band', { enum: tenureBands }).notNull(),
    /** The person's managers at launch, nearest first (subtree reporting). */
    snapshotManagerChain: uuid('snapshot_manager_chain').array().notNull(),
    invitedOn: date('invited_on', { mode: 'string' }).notNull(),
    responded: boolean('responded').notNull().default(false),
    respondedOn: date('responded_on', { mode: 'string' }),
    /**
     * The emailed invitation went out (commands/invitationEmails.ts): set in the transaction that
     * sends it, so a rerun of the job never mails the person twice. No time: the day of the launch
     * is already `invited_on`.
     */
    invitationMailed: boolean('invitation_mailed').notNull().default(false),
  },
  (t) => [
    uniqueIndex('engagement_survey_participants_uq').on(t.roundId, t.personId),
    index('engagement_survey_participants_person_idx').on(t.organizationId, t.personId, t.invitedOn),
    // The invitation job's queue: only the not yet mailed, so a batch never walks past the sent ones.
    index('engagement_survey_participants_unmailed_idx')
      .on(t.roundId, t.personId)
      .where(sql`NOT ${t.invitationMailed}`),
  ],
);

/** The hashed one-time link of an emailed invitation: single use, expires when the round closes. */
export const engagementSurveyLinks = pgTable('engagement_survey_links', {
  tokenHash: text('token_hash').primaryKey(),
  participantId: uuid('participant_id')
    .notNull()
    .references(() => engagementSurveyParticipants.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/**
 * What every anonymous row (response, held answer, comment) holds besides its answer: a random v4
 * id, the organisation, the round and the launch-day buckets reporting may use — nothing more.
 * A function, so each table gets builders of its own.
 */
const anonymousRowColumns = () => ({
  id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id, { onDelete: 'cascade' }),
  roundId: uuid('round_id')
    .notNull()
    .references(() => engagementSurveyRounds.id, { onDelete: 'cascade' }),
  bucketDepartmentId: uuid('bucket_department_id'),
  bucketTenureBand: text('bucket_tenure_band', { enum: tenureBands }).notNull(),
  bucketManagerChain: uuid('bucket_manager_chain').array().notNull(),
});

/** The scores of one answer set. */
const answerColumns = () => ({
  /** Question id → 1..5 for the round's Likert items. */
  likertScores: jsonb('likert_scores').$type<Record<string, number>>().notNull(),
  enpsScore: smallint('enps_score'),
});

/**
 * One anonymous answer set. No person, participant, account, session, address or time: only the
 * round and the launch-day buckets. Ids are random (v4). Class `anonymous`.
 */
export const engagementSurveyResponses = pgTable(
  'engagement_survey_responses',
  { ...anonymousRowColumns(), ...answerColumns() },
  (t) => [index('engagement_survey_responses_round_idx').on(t.roundId)],
);

/**
 * Answers waiting to be released into `engagement_survey_responses` and `_comments`
 * (commands/releaseAnswers.ts). The answering request writes one row here in the same transaction
 * that marks the participant answered, never a response itself: the response rows are written
 * later, by a release in a transaction of their own, many answers at a time and in shuffled order,
 * so neither their transaction id (xmin) nor their physical order points at the participant row
 * (a database superuser can read both). A held row is linkable by xmin to its participant while it
 * waits, so it holds no more than a response does: the round, the launch-day buckets and the
 * answer — no person, participant, link, session or time; a random v4 id. It is deleted when
 * released. Class `anonymous`.
 */
export const engagementSurveyHeldAnswers = pgTable(
  'engagement_survey_held_answers',
  {
    ...anonymousRowColumns(),
    ...answerColumns(),
    /** The comments of the same answer; released apart from the scores, each shuffled on its own. */
    heldComments: jsonb('held_comments').$type<{ questionId: string; text: string }[]>().notNull(),
  },
  (t) => [index('engagement_survey_held_answers_round_idx').on(t.roundId)],
);

/** Comments live apart from responses, with nothing linking the two. Class `anonymous`. */
export const engagementSurveyComments = pgTable(
  'engagement_survey_comments',
  {
    ...anonymousRowColumns(),
    questionId: uuid('question_id'),
    verbatimText: text('verbatim_text').notNull(),
  },
  (t) => [index('engagement_survey_comments_round_idx').on(t.roundId)],
);

/**
 * A team's action after a survey: about the team (a manager's team or a department), never about a
 * person in it. The owner is who carries the action.
 */
export const engagementTeamActions = pgTable(
  'engagement_team_actions',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id').references(() => engagementSurveys.id, { onDelete: 'set null' }),
    teamKind: text('team_kind', { enum: surveyTeamKinds }).notNull(),
    /** The manager's person id (their team) or the department id. */
    teamId: uuid('team_id').notNull(),
    driver: text('driver', { enum: surveyDrivers }),
    actionTitle: text('action_title').notNull(),
    ownerId: uuid('owner_id').references(() => people.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    status: text('status', { enum: actionStatuses }).notNull().default('planned'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('engagement_team_actions_team_idx').on(t.organizationId, t.teamKind, t.teamId)],
);
