/**
 * Every table belongs to exactly one data class (SPEC S1). The six product classes decide who may
 * read a record; the platform classes cover what is not about a person's work at all.
 * A test fails when a table in the database is missing here.
 */
export const dataClasses = [
  // SPEC S1 classes
  'performance',
  'compensation',
  'development',
  'confidential',
  'anonymous',
  'talent',
  // platform classes
  'directory', // who people are and whom they report to: readable inside the organisation
  'credential', // secrets: password hashes, session and one-time token hashes; never in a response
  'audit', // audit trail and access log
  'system', // organisations, settings, email outbox, operational tables
] as const;
export type DataClass = (typeof dataClasses)[number];

export interface TableClassification {
  dataClass: DataClass;
  /**
   * Field names that belong to this class and nothing else; a response scanned for the class
   * must not carry them under any spelling (camelCase or snake_case).
   */
  distinctiveFields?: string[];
}

export const tableClassification: Record<string, TableClassification> = {
  organizations: { dataClass: 'system' },
  departments: { dataClass: 'directory' },
  levels: { dataClass: 'directory' },
  job_titles: { dataClass: 'directory' },
  people: { dataClass: 'directory' },
  reporting_lines: { dataClass: 'directory' },
  accounts: { dataClass: 'credential', distinctiveFields: ['passwordHash'] },
  sessions: { dataClass: 'credential', distinctiveFields: ['tokenHash'] },
  one_time_tokens: { dataClass: 'credential', distinctiveFields: ['tokenHash'] },
  login_attempts: { dataClass: 'credential', distinctiveFields: ['emailKey'] },
  // Delivery records; each row also carries the class of its own content (`data_class`), which
  // decides what the admin outbox shows of it (mail/policy.ts).
  outbound_emails: { dataClass: 'system' },
  audit_events: { dataClass: 'audit', distinctiveFields: ['prevHash'] },
  access_log: { dataClass: 'audit', distinctiveFields: ['viewerAccountId'] },
  // The four-eyes record of erasures: ids, a reference, counts; never the person's data.
  erasure_requests: { dataClass: 'audit' },
  // Notification texts (and the parameters they are rendered from) name a task ("Your self review
  // is due Friday"), never class content.
  notifications: { dataClass: 'system' },
  // The job queue: names, ids and safe error summaries (platform/jobs/tables.ts).
  job_queue: { dataClass: 'system' },
  job_workers: { dataClass: 'system' },
  notification_settings: { dataClass: 'system' },
  // ---- performance track (SPEC S3) ----
  review_templates: { dataClass: 'performance' },
  review_cycles: { dataClass: 'performance' },
  reviews: {
    dataClass: 'performance',
    distinctiveFields: ['proposedRating', 'finalRating', 'overallScore', 'acknowledgmentComment'],
  },
  review_forms: { dataClass: 'performance', distinctiveFields: ['reopenReason'] },
  review_answers: { dataClass: 'performance' },
  review_reminders: { dataClass: 'system' },
  calibration_sessions: { dataClass: 'performance', distinctiveFields: ['leniencyThreshold'] },
  calibration_approvers: { dataClass: 'performance' },
  calibration_moves: { dataClass: 'performance', distinctiveFields: ['rationale'] },
  // 1:1s: the shared agenda is performance data between the two participants; private notes are
  // confidential to their author (SPEC S3.2).
  one_on_one_series: { dataClass: 'performance' },
  one_on_one_meetings: { dataClass: 'performance' },
  one_on_one_agenda_items: { dataClass: 'performance' },
  one_on_one_action_items: { dataClass: 'performance' },
  one_on_one_dismissed_suggestions: { dataClass: 'performance' },
  one_on_one_private_notes: { dataClass: 'confidential' },
  feedback_items: { dataClass: 'performance' },
  feedback_requests: { dataClass: 'performance' },
  goals: { dataClass: 'performance' },
  goal_key_results: { dataClass: 'performance' },
  goal_check_ins: { dataClass: 'performance' },
  goal_templates: { dataClass: 'performance' },
  performance_areas: { dataClass: 'performance' },
  // Improvement plans (SPEC S3.7): the employee, their manager chain and HR admins only.
  improvement_plans: {
    dataClass: 'performance',
    distinctiveFields: ['reasonVisibleToEmployee', 'acknowledgedRevision', 'outcomeRationale'],
  },
  improvement_plan_expectations: { dataClass: 'performance' },
  improvement_plan_supports: { dataClass: 'performance' },
  improvement_plan_check_ins: { dataClass: 'performance', distinctiveFields: ['notesVisibility'] },
  improvement_plan_revisions: { dataClass: 'performance' },
  improvement_plan_section_changes: { dataClass: 'performance' },
  improvement_plan_acknowledgements: { dataClass: 'performance' },
  improvement_plan_responses: { dataClass: 'performance' },
  // ---- compensation (SPEC S3.6): pay and bands, read by the person, their manager chain and HR ----
  pay_records: {
    dataClass: 'compensation',
    distinctiveFields: ['baseMinor', 'ftePermille', 'variableTargetBps', 'compaRatio', 'positionInRange'],
  },
  comp_bands: { dataClass: 'compensation', distinctiveFields: ['minMinor', 'targetMinor', 'maxMinor'] },
  // Compensation cycles: the set-up (rates, matrix, budgets) and each person's snapshot at launch.
  comp_cycles: {
    dataClass: 'compensation',
    distinctiveFields: ['fxTable', 'meritMatrix', 'planningCurrency'],
  },
  comp_cycle_participants: {
    dataClass: 'compensation',
    distinctiveFields: ['bandMinMinor', 'bandMaxMinor', 'eligibleDays', 'ruleEligibility', 'overrideReason'],
  },
  // A manager's merit, promotion, market and bonus proposal for one participant of a cycle.
  comp_proposals: {
    dataClass: 'compensation',
    distinctiveFields: ['meritNewBaseMinor', 'promotionNewBaseMinor', 'outsideGuideline'],
  },
  // Its approval history: submissions, adjustments with the approver's note, approvals, send-backs.
  comp_proposal_events: { dataClass: 'compensation', distinctiveFields: ['approvalNote'] },
  // Pay-letter templates: an organisation's wording with merge fields; no person, no pay in them.
  comp_letter_templates: { dataClass: 'system' },
  // ---- growth track (SPEC S4): each part adds its tables under its own heading ----
  // growth: aspirations
  aspirations: { dataClass: 'development', distinctiveFields: ['aspirationText'] },
  // growth: conversations
  // The settings and the question bank are organisation rules, not anyone's record.
  career_conversation_settings: { dataClass: 'system' },
  career_questions: { dataClass: 'system' },
  career_conversations: { dataClass: 'development', distinctiveFields: ['outcomeSummary'] },
  career_conversation_notes: { dataClass: 'development', distinctiveFields: ['conversationNote'] },
  career_conversation_actions: { dataClass: 'development', distinctiveFields: ['actionText'] },
  // growth: paths and competencies (the library and tracks are organisation-wide development
  // definitions; assessments and positions are a person's development record)
  competency_scales: { dataClass: 'development' },
  competencies: { dataClass: 'development', distinctiveFields: ['behaviours'] },
  career_tracks: { dataClass: 'development' },
  career_levels: { dataClass: 'development' },
  career_level_expectations: { dataClass: 'development', distinctiveFields: ['expectedLevel'] },
  career_positions: { dataClass: 'development', distinctiveFields: ['careerLevelId'] },
  competency_assessments: {
    dataClass: 'development',
    distinctiveFields: ['assessedLevel', 'assessmentEvidence'],
  },
  // growth: learning
  learning_items: { dataClass: 'development' },
  learning_item_competencies: { dataClass: 'development' },
  learning_enrolments: { dataClass: 'development', distinctiveFields: ['enrolledAt'] },
  certifications: { dataClass: 'development', distinctiveFields: ['certificationName'] },
  certification_reminders: { dataClass: 'system' },
  // growth: development plans
  development_plans: { dataClass: 'development', distinctiveFields: ['seededFromLabel', 'sharedWithId'] },
  development_goals: { dataClass: 'development', distinctiveFields: ['businessGoalId', 'seededFromReview'] },
  development_actions: {
    dataClass: 'development',
    distinctiveFields: ['evidenceText', 'evidenceUrl', 'learningItemId'],
  },
  development_plan_updates: { dataClass: 'development', distinctiveFields: ['progressPercent'] },
  // Opportunities offered to a person from a talent review: theirs, and carrying no talent label.
  development_offers: { dataClass: 'development', distinctiveFields: ['offerText'] },
  // growth: 360 feedback
  // Requests, nominations and tasks are the subject's development record; responses, answers and
  // comments are anonymous: no row names a rater, and only thresholded aggregates leave the module.
  feedback360_requests: { dataClass: 'development', distinctiveFields: ['anonymityThresholds'] },
  feedback360_questions: { dataClass: 'development' },
  feedback360_nominations: { dataClass: 'development' },
  feedback360_tasks: { dataClass: 'development' },
  feedback360_responses: { dataClass: 'anonymous' },
  feedback360_answers: { dataClass: 'anonymous', distinctiveFields: ['behaviourScore'] },
  feedback360_comments: { dataClass: 'anonymous', distinctiveFields: ['commentText', 'shuffleKey'] },
  // growth: engagement pulse surveys (SPEC S5, S1.3). The set-up names nobody (organisation rules);
  // who was invited and answered, and the answers and comments, are anonymous: only thresholded
  // aggregates leave the module (and a person's own invitations reach that person).
  engagement_surveys: { dataClass: 'system' },
  engagement_survey_questions: { dataClass: 'system' },
  engagement_survey_rounds: { dataClass: 'system' },
  engagement_survey_participants: {
    dataClass: 'anonymous',
    distinctiveFields: ['snapshotManagerChain', 'snapshotTenureBand', 'respondedOn'],
  },
  engagement_survey_links: { dataClass: 'credential', distinctiveFields: ['tokenHash'] },
  engagement_survey_responses: {
    dataClass: 'anonymous',
    distinctiveFields: ['likertScores', 'enpsScore', 'bucketManagerChain'],
  },
  engagement_survey_comments: { dataClass: 'anonymous', distinctiveFields: ['verbatimText'] },
  // Answers waiting for their shuffled release into the two tables above (surveys/commands/releaseAnswers.ts).
  engagement_survey_held_answers: {
    dataClass: 'anonymous',
    distinctiveFields: ['likertScores', 'enpsScore', 'bucketManagerChain', 'heldComments'],
  },
  // A closed round's totals, whole and per launch-day subtree: aggregates of anonymous answers.
  engagement_round_rollups: {
    dataClass: 'anonymous',
    distinctiveFields: ['likertSum', 'likertAnswers'],
  },
  // Team action plans are about a team, never a person in it: organisation work items.
  engagement_team_actions: { dataClass: 'system' },
  // growth: coaching (SPEC S4.7). Coach profiles are directory data (the pool every colleague
  // browses); programmes are organisation rules. Engagements, chemistry, goals, sessions and notes
  // are confidential to the coachee and their coach (notes encrypted at rest, platform/crypto); the
  // summary the coachee publishes to their manager and the invitations they receive are development.
  coach_profiles: { dataClass: 'directory' },
  coaching_programmes: { dataClass: 'system' },
  coaching_engagements: { dataClass: 'confidential', distinctiveFields: ['wrappedKey'] },
  coaching_chemistry: { dataClass: 'confidential' },
  coaching_goals: { dataClass: 'confidential', distinctiveFields: ['goalText'] },
  coaching_sessions: { dataClass: 'confidential' },
  coaching_notes: { dataClass: 'confidential', distinctiveFields: ['noteText', 'ciphertext', 'authTag'] },
  coaching_summaries: { dataClass: 'development', distinctiveFields: ['summaryText'] },
  coaching_invitations: { dataClass: 'development', distinctiveFields: ['dismissedAt'] },
  // growth: mentoring (SPEC S4.6). The programme is the organisation's set-up; profiles, matches,
  // sessions and pool drafts are the participants' development record (session notes: the pair's).
  mentoring_programmes: { dataClass: 'development' },
  mentoring_programme_admins: { dataClass: 'development' },
  mentoring_profiles: { dataClass: 'development', distinctiveFields: ['goalsText', 'gapCompetencyIds'] },
  mentoring_profile_skills: { dataClass: 'development' },
  mentoring_matches: {
    dataClass: 'development',
    distinctiveFields: ['agreementGoals', 'menteeFeedback', 'mentorFeedback'],
  },
  mentoring_sessions: { dataClass: 'development', distinctiveFields: ['sessionNotes'] },
  mentoring_pool_drafts: { dataClass: 'development' },
  mentoring_pool_draft_entries: { dataClass: 'development' },
  // growth: succession (SPEC S4.9): key positions, their designated reviewers and slates are
  // talent records — HR admins and designated executives only, never the people named on a plan.
  key_positions: { dataClass: 'talent', distinctiveFields: ['vacancyReason', 'expectedVacancyOn'] },
  key_position_reviewers: { dataClass: 'talent' },
  succession_candidates: { dataClass: 'talent', distinctiveFields: ['successorNote'] },
  // growth: talent reviews (SPEC S4.9): sessions, their participants and each person's potential
  // assessment and 9-box placement — HR admins and designated executives, never about themselves.
  talent_review_sessions: { dataClass: 'talent', distinctiveFields: ['boxLabels'] },
  talent_review_participants: { dataClass: 'talent' },
  talent_review_members: {
    dataClass: 'talent',
    distinctiveFields: [
      'learningAgilityEvidence',
      'scopeGrowthEvidence',
      'leadingOthersEvidence',
      'potentialBand',
      'retentionRiskReason',
      'retentionRisk',
      'lossImpact',
      'promotionReadiness',
      'overrideRationale',
    ],
  },
  // ---- HR analytics (SPEC S5): precomputed counts per metric, department and manager, one table
  // per half so the tracks' aggregates never share one (insights/analytics/tables.ts) ----
  analytics_now_snapshots: { dataClass: 'performance' },
  analytics_now_listings: { dataClass: 'performance' },
  analytics_next_snapshots: { dataClass: 'development' },
  analytics_snapshot_runs: { dataClass: 'system' },
};

export function distinctiveFieldsOf(dataClass: DataClass): Set<string> {
  const names = new Set<string>();
  for (const entry of Object.values(tableClassification)) {
    if (entry.dataClass !== dataClass) continue;
    for (const field of entry.distinctiveFields ?? []) {
      names.add(field.toLowerCase());
      names.add(field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
    }
  }
  return names;
}
