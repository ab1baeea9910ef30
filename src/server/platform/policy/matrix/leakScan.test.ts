import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aspirationsRows } from '../../../growth/aspirations/matrixRows';
import { aspirations } from '../../../growth/aspirations/tables';
import { feedback360Rows } from '../../../growth/feedback360/matrixRows';
import { successionRows } from '../../../growth/succession/matrixRows';
import { payDataRows } from '../../../performance/compensation/payData/matrixRows';
import { oneOnOnesRows } from '../../../performance/oneOnOnes/matrixRows';
import { type CanaryPlanting, plantInJson, prepareCanaryPlanting } from '../../dataClasses/planting';
import { canariesIn, plantCanary, registerCanary, resetCanaries } from '../../dataClasses/scanner';
import { notificationsRows } from '../../notifications/matrixRows';
import { notifications } from '../../notifications/tables';
import { type CaseResult, casesOf, MatrixHarness, type PreparedCase } from './harness';
import { CaseChecker, plantSeparatedClasses } from './leakScan';
import { leaksIn } from './leaks';
import type { MatrixRelation, MatrixRole, MatrixRow } from './types';

/**
 * The body scan of the authorization matrix, checked on its own: what it plants (and leaves out,
 * with the reason), that each class's canary shows where it belongs, and that a route carrying a
 * class its row does not allow — a platform route included — fails the check.
 */
let harness: MatrixHarness;
let planting: CanaryPlanting;
let checker: CaseChecker;

beforeAll(async () => {
  harness = await MatrixHarness.start();
  planting = await plantSeparatedClasses(harness);
  checker = new CaseChecker(harness, planting);
});
afterAll(() => harness.close());

const rowOf = (rows: MatrixRow[], route: string) => rows.find((row) => row.route === route)!;

/** Prepares and sends one case of a row, planting in between (as the matrix does). */
async function runCase(row: MatrixRow, role: MatrixRole, relation: MatrixRelation | null) {
  const c = casesOf(row).find((x) => x.role === role && x.relation === relation)!;
  const prepared = await harness.prepareCase(c);
  await planting.plant();
  return { c: prepared, result: await harness.send(prepared) };
}

const fakeResult = (status: number, body: unknown): CaseResult => ({
  path: '/api/test',
  response: { status, body, text: JSON.stringify(body), headers: new Headers() },
  secrets: [],
});

describe('canary planting', () => {
  it('plants every text and jsonb column of the separated classes and lists each column it leaves out, with the schema reason', () => {
    // Decided from the schema (Drizzle enums, CHECK and key constraints, the API's output schemas),
    // never from column names; a change here is a decision a reviewer sees.
    expect(Object.fromEntries(planting.skipped.map((s) => [s.column, s.reason]))).toEqual({
      // HR analytics' Next grain: keys and manager ids, counts in numeric columns — no text at all.
      'analytics_next_snapshots.metric_id':
        'enum in the table schema (review_completion, rating_distribution, calibration_change, manager_leniency, high_performer_retention, turnover, promotion_rate, development_coverage, mentoring_participation, coaching_utilisation)',
      'analytics_next_snapshots.bucket':
        'enum in the table schema (participants, self_review, manager_review, calibrated, released, acknowledged, rated, rating_1, rating_2, rating_3, rating_4, rating_5, rating_6, rating_7, rating_8, rating_9, rating_10, up, down, proposed, top_rated, retained, population, start, end, voluntary, involuntary, unspecified, promoted, people, active_plan, career_conversation, mentee, mentor, any, coachees, sessions, allowance, requested, chemistry, awaiting_approval, active, completed, declined, cancelled)',
      'analytics_next_snapshots.chain': 'ARRAY column: planting covers text and jsonb only',
      'analytics_next_snapshots.rollup': 'enum in the table schema (grain, department, manager)',
      'aspirations.kind': 'enum in the table schema (target_role, motivator, value, skill, mobility)',
      'aspirations.horizon': 'enum in the table schema (one_year, two_three_years, long_term)',
      'career_conversations.status': 'enum in the table schema (scheduled, completed, cancelled)',
      'career_tracks.status': 'enum in the table schema (active, retired)',
      'comp_bands.currency': 'CHECK constraint comp_bands_currency_code',
      'comp_cycle_participants.band_currency': 'CHECK constraint comp_cycle_participants_band_currency',
      'comp_cycle_participants.eligibility': 'enum in the table schema (eligible, ineligible, excluded)',
      'comp_cycle_participants.override_eligibility':
        'CHECK constraint comp_cycle_participants_override_reason',
      'comp_cycle_participants.override_reason': 'CHECK constraint comp_cycle_participants_override_reason',
      'comp_cycle_participants.pay_currency': 'CHECK constraint comp_cycle_participants_pay_currency',
      'comp_cycle_participants.pay_frequency': 'enum in the table schema (annual, monthly, hourly)',
      'comp_cycle_participants.rule_eligibility': 'enum in the table schema (eligible, ineligible, excluded)',
      'comp_cycle_participants.rule_reason':
        'enum in the table schema (excluded_by_hr, terminated, hired_after_cutoff, level_not_included, recent_increase)',
      // The cycle's set-up documents are checked to be JSON objects, so no canary string is planted
      // in them; they hold rules, rates and percentages, never a person's data.
      'comp_cycles.budget': 'CHECK constraint comp_cycles_budget_object',
      'comp_cycles.eligibility_rules': 'CHECK constraint comp_cycles_rules_object',
      'comp_cycles.fx_table': 'CHECK constraint comp_cycles_fx_table_object',
      'comp_cycles.merit_matrix': 'CHECK constraint comp_cycles_matrix_object',
      'comp_cycles.planning_currency': 'CHECK constraint comp_cycles_currency_code',
      'comp_cycles.state':
        'CHECK constraint comp_cycles_sandbox_never_released, comp_cycles_released_has_time, comp_cycles_archived_after_release, comp_cycles_launched',
      'comp_proposals.band_flag': 'enum in the table schema (below_min, within, above_max)',
      'comp_proposals.merit_input': 'CHECK constraint comp_proposals_merit_pair',
      'comp_proposal_events.kind': 'enum in the table schema (submitted, adjusted, approved, sent_back)',
      'comp_proposals.approval_chain': 'ARRAY column: planting covers text and jsonb only',
      'comp_proposals.state': 'CHECK constraint comp_proposals_submitted, comp_proposals_approved',
      'coaching_engagements.status':
        'enum in the table schema (requested, chemistry, awaiting_approval, active, completed, declined, cancelled)',
      'coaching_sessions.status': 'enum in the table schema (scheduled, held, cancelled)',
      'competencies.status': 'enum in the table schema (active, retired)',
      'competency_assessments.author': 'enum in the table schema (self, manager)',
      'development_actions.kind':
        'enum in the table schema (stretch_assignment, course, certification, mentoring, project, shadowing, reading)',
      'development_actions.status': 'enum in the table schema (planned, in_progress, done, dropped)',
      'development_goals.status': 'enum in the table schema (not_started, in_progress, achieved, dropped)',
      'development_plans.status': 'enum in the table schema (draft, active, completed, archived)',
      'development_plans.origin': 'enum in the table schema (career_conversation, review, manual)',
      'feedback360_nominations.rater_group':
        'enum in the table schema (manager, peers, direct_reports, others)',
      'feedback360_nominations.status': 'enum in the table schema (proposed, approved, rejected)',
      'feedback360_requests.status':
        'enum in the table schema (nominating, awaiting_approval, collecting, closed, released)',
      'feedback360_tasks.rater_group':
        'enum in the table schema (self, manager, peers, direct_reports, others)',
      'feedback360_tasks.status': 'enum in the table schema (pending, done, declined, expired)',
      'key_positions.criticality': 'enum in the table schema (low, medium, high, critical)',
      'key_positions.vacancy_risk': 'enum in the table schema (low, medium, high)',
      'learning_enrolments.status': 'enum in the table schema (enrolled, completed)',
      'learning_items.kind':
        'enum in the table schema (course, workshop, article, video, book, podcast, certification)',
      'learning_items.status': 'enum in the table schema (active, retired)',
      'mentoring_matches.agreement_cadence': 'enum in the table schema (weekly, fortnightly, monthly)',
      'mentoring_matches.closed_by': 'enum in the table schema (mentee, mentor, admin)',
      'mentoring_matches.source': 'enum in the table schema (self_select, admin, pool, rematch)',
      'mentoring_matches.status': 'enum in the table schema (proposed, accepted, declined, active, closed)',
      'mentoring_pool_draft_entries.unmatched_reason':
        'enum in the table schema (no_eligible_mentor, capacity_exhausted, already_matched, not_opted_in)',
      'mentoring_pool_drafts.status': 'enum in the table schema (draft, published, discarded)',
      'mentoring_profile_skills.side': 'enum in the table schema (offers, wants)',
      'mentoring_profiles.availability': 'ARRAY column: planting covers text and jsonb only',
      'mentoring_profiles.do_not_match': 'ARRAY column: planting covers text and jsonb only',
      'mentoring_profiles.gap_competency_ids': 'ARRAY column: planting covers text and jsonb only',
      'mentoring_profiles.languages': 'ARRAY column: planting covers text and jsonb only',
      'mentoring_profiles.ranked_mentor_ids': 'ARRAY column: planting covers text and jsonb only',
      'mentoring_profiles.role': 'enum in the table schema (mentor, mentee)',
      'mentoring_programmes.cadence': 'enum in the table schema (weekly, fortnightly, monthly)',
      'mentoring_programmes.matching_mode':
        'enum in the table schema (self_select, mentee_ranks_admin_decides, whole_pool)',
      'mentoring_programmes.programme_type':
        'enum in the table schema (one_to_one, group_circle, reverse, peer)',
      'mentoring_programmes.status': 'enum in the table schema (draft, open, closed)',
      'pay_records.currency': 'CHECK constraint pay_records_currency_code',
      'pay_records.frequency': 'enum in the table schema (annual, monthly, hourly)',
      'pay_records.reason': 'CHECK constraint pay_records_cycle_reason',
      'development_offers.kind': 'enum in the table schema (programme, mentor, stretch_assignment)',
      'development_offers.state': 'enum in the table schema (open, accepted, declined)',
      'talent_review_members.leading_others': 'enum in the table schema (low, medium, high)',
      'talent_review_members.learning_agility': 'enum in the table schema (low, medium, high)',
      'talent_review_members.loss_impact': 'enum in the table schema (low, medium, high)',
      'talent_review_members.performance_band': 'enum in the table schema (low, medium, high)',
      'talent_review_members.potential_band': 'enum in the table schema (low, medium, high)',
      'talent_review_members.promotion_readiness': 'enum in the table schema (now, 1_2_years, 3_plus_years)',
      'talent_review_members.retention_risk': 'enum in the table schema (low, medium, high)',
      'talent_review_members.scope_growth': 'enum in the table schema (low, medium, high)',
      'talent_review_sessions.population_kind':
        'enum in the table schema (organization, department, manager_subtree)',
      'talent_review_sessions.state': 'enum in the table schema (draft, in_review, locked)',
      'succession_candidates.readiness': 'enum in the table schema (ready_now, 1_2_years, 3_plus_years)',
      'feedback360_comments.rater_group':
        'enum in the table schema (self, manager, peers, direct_reports, others)',
      'feedback360_comments.kind': 'enum in the table schema (strengths, suggestions)',
      'feedback360_responses.rater_group':
        'enum in the table schema (self, manager, peers, direct_reports, others)',
      'engagement_survey_participants.snapshot_tenure_band':
        'enum in the table schema (under_1y, 1_2y, 2_5y, 5y_plus)',
      'engagement_survey_participants.snapshot_manager_chain':
        'ARRAY column: planting covers text and jsonb only',
      'engagement_survey_responses.bucket_tenure_band':
        'enum in the table schema (under_1y, 1_2y, 2_5y, 5y_plus)',
      'engagement_survey_responses.bucket_manager_chain': 'ARRAY column: planting covers text and jsonb only',
      'engagement_survey_comments.bucket_tenure_band':
        'enum in the table schema (under_1y, 1_2y, 2_5y, 5y_plus)',
      'engagement_survey_comments.bucket_manager_chain': 'ARRAY column: planting covers text and jsonb only',
      'engagement_survey_held_answers.bucket_tenure_band':
        'enum in the table schema (under_1y, 1_2y, 2_5y, 5y_plus)',
      'engagement_survey_held_answers.bucket_manager_chain':
        'ARRAY column: planting covers text and jsonb only',
    });
    expect(planting.planted.map((c) => `${c.table}.${c.column}`).sort()).toEqual([
      'aspirations.aspiration_text',
      'career_conversation_actions.action_text',
      'career_conversation_notes.conversation_note',
      'career_conversation_notes.question_prompt',
      'career_conversations.location',
      'career_conversations.outcome_summary',
      'career_levels.name',
      'career_levels.summary',
      'career_tracks.description',
      'career_tracks.name',
      'certifications.issuer',
      'certifications.name',
      'coaching_goals.goal_text',
      // Coaching notes are not here: they are stored only as AES-256-GCM ciphertext (bytea columns,
      // which planting leaves alone), and a canary written into ciphertext would make every note
      // fail to decrypt rather than travel. What guards them instead: their plaintext field
      // (`noteText`) is a distinctive field of the confidential class, so any body of a row that
      // does not carry confidential data fails on the field name, and coaching.test.ts reads the
      // raw table to prove the words are not stored.
      'coaching_summaries.summary_text',
      'comp_bands.job_family',
      'comp_bands.pay_zone',
      'comp_cycle_participants.job_family',
      'comp_cycle_participants.pay_zone',
      'comp_cycles.name',
      'comp_proposal_events.after',
      'comp_proposal_events.before',
      'comp_proposal_events.note',
      'comp_proposals.justification',
      'comp_proposals.returned_reason',
      'competencies.behaviours',
      'competencies.category',
      'competencies.description',
      'competencies.name',
      'competency_assessments.evidence',
      'competency_scales.level_names',
      'development_actions.evidence_text',
      'development_actions.evidence_url',
      'development_actions.title',
      'development_goals.description',
      'development_goals.title',
      'development_offers.offer_text',
      'development_offers.title',
      'development_plan_updates.note',
      'development_plans.origin_ref',
      'development_plans.seeded_from_label',
      'development_plans.title',
      'engagement_survey_comments.verbatim_text',
      'engagement_survey_held_answers.held_comments',
      'engagement_survey_held_answers.likert_scores',
      'engagement_survey_responses.likert_scores',
      'feedback360_comments.comment_text',
      'feedback360_questions.behaviours',
      'feedback360_questions.competency_description',
      'feedback360_questions.competency_name',
      'feedback360_requests.anonymity_thresholds',
      'feedback360_requests.program_name',
      'key_positions.title',
      'key_positions.vacancy_reason',
      'learning_items.description',
      'learning_items.provider',
      'learning_items.skills',
      'learning_items.title',
      'learning_items.url',
      'mentoring_matches.agreement_confidentiality',
      'mentoring_matches.agreement_goals',
      'mentoring_matches.close_reason',
      'mentoring_matches.decline_reason',
      'mentoring_matches.mentee_feedback',
      'mentoring_matches.mentor_feedback',
      'mentoring_profiles.goals_text',
      'mentoring_profiles.time_zone',
      'mentoring_programmes.agreement_template',
      'mentoring_programmes.description',
      'mentoring_programmes.name',
      'mentoring_sessions.session_notes',
      'mentoring_sessions.topic',
      'one_on_one_private_notes.body',
      'pay_records.job_family',
      'pay_records.note',
      'pay_records.pay_zone',
      'succession_candidates.successor_note',
      'talent_review_members.leading_others_evidence',
      'talent_review_members.learning_agility_evidence',
      'talent_review_members.override_rationale',
      'talent_review_members.retention_risk_reason',
      'talent_review_members.scope_growth_evidence',
      'talent_review_sessions.box_labels',
      'talent_review_sessions.name',
    ]);
    // A length limit (varchar(n) or the response's maxLength) plants only values the canary still fits.
    expect(
      planting.planted.filter((c) => c.maxLength).map((c) => `${c.table}.${c.column} ≤ ${c.maxLength}`),
    ).toEqual([
      'career_levels.name ≤ 120',
      'career_tracks.name ≤ 120',
      'career_tracks.description ≤ 1000',
      'certifications.name ≤ 120',
      'competencies.name ≤ 120',
      'competencies.description ≤ 1000',
      'development_actions.title ≤ 200',
      'development_goals.title ≤ 200',
      'development_goals.description ≤ 1000',
      'development_offers.title ≤ 200',
      'development_plans.title ≤ 200',
      'learning_items.title ≤ 200',
      'learning_items.description ≤ 1000',
      'mentoring_programmes.name ≤ 120',
      'mentoring_programmes.description ≤ 1000',
      'key_positions.title ≤ 200',
      'talent_review_sessions.name ≤ 120',
      'comp_cycles.name ≤ 120',
    ]);
    // Tables that name no person: the organisation's development library, its salary bands and its
    // compensation cycles' set-up (these stay compensation: only rows that carry compensation may
    // show them).
    // (The analytics Next grain is among them by its keys — its manager ids are no foreign key, since
    // a snapshot outlives a departure until the next refresh — and holds no text to plant.)
    expect(planting.organizationTables).toEqual([
      'analytics_next_snapshots',
      'career_level_expectations',
      'career_levels',
      'career_tracks',
      'comp_bands',
      'comp_cycles',
      'competencies',
      'competency_scales',
      // A closed round's totals per launch-day team: numbers only, keyed by a manager id that is no
      // foreign key (the nil id stands for the whole round).
      'engagement_round_rollups',
      // Anonymous survey answers and comments name no person by design (growth/surveys): they are
      // reached through the round only, and leave the module as thresholded aggregates.
      'engagement_survey_comments',
      'engagement_survey_held_answers',
      'engagement_survey_responses',
      'learning_item_competencies',
      'learning_items',
      'mentoring_programmes',
    ]);
  });

  it('plants the talent class like the others (succession plans)', async () => {
    expect(planting.tablesByClass.talent).toEqual(
      expect.arrayContaining(['key_position_reviewers', 'key_positions', 'succession_candidates']),
    );
    expect(planting.tablesByClass.compensation).toEqual([
      'comp_bands',
      'comp_cycle_participants',
      'comp_cycles',
      'comp_proposal_events',
      'comp_proposals',
      'pay_records',
    ]);
    // When tables of a class arrive, they are planted like the others and need a positive control
    // below; this test then fails and says so.
    await expect(planting.plant()).resolves.toBeUndefined();
  });

  it('appends to string values of a JSON document, never to its keys', () => {
    expect(plantInJson({ peers: 3, names: ['a', { level: 'b' }] }, 'cnry')).toEqual({
      peers: 3,
      names: ['a cnry', { level: 'b cnry' }],
    });
  });

  it('fails loudly when the database refuses a planted value', async () => {
    const broken = await prepareCanaryPlanting(harness.server.database.db, {
      organizationIds: ['not-a-uuid'],
      classes: ['development'],
      responseFields: new Map(),
    });
    await expect(broken.plant()).rejects.toThrow(/canary planting failed/);
    // The broken planting registered canaries of its own: start this file's registry again.
    planting = await plantSeparatedClasses(harness);
    checker = new CaseChecker(harness, planting);
  });

  it('forgets every canary on reset, so one test file never decides another file’s scan', () => {
    const value = plantCanary('development', 'reset');
    expect(canariesIn(`x ${value} y`)).toHaveLength(1);
    resetCanaries();
    expect(canariesIn(`x ${value} y`)).toEqual([]);
  });
});

describe('positive controls: each class shows where its rows allow it', () => {
  beforeAll(async () => {
    planting = await plantSeparatedClasses(harness);
    checker = new CaseChecker(harness, planting);
  });

  const expectShownAndAllowed = async (
    row: MatrixRow,
    dataClass: 'development' | 'anonymous' | 'confidential' | 'compensation',
    role: MatrixRole,
  ) => {
    const { c, result } = await runCase(row, role, 'own');
    expect(result.response.status).toBe(200 + (row.route.startsWith('POST') ? 1 : 0));
    expect(canariesIn(result.response.text).map((canary) => canary.dataClass)).toContain(dataClass);
    expect(await checker.leaks(c, result)).toEqual([]);
    // The same body, were it someone else's case, is a leak of that class.
    const asColleague: PreparedCase = { ...c, relation: 'other' };
    expect((await checker.leaks(asColleague, result)).map((f) => f.dataClass)).toContain(dataClass);
  };

  it('development: the owner reads their aspiration', async () => {
    await expectShownAndAllowed(
      rowOf(aspirationsRows, 'GET /api/growth/aspirations/:aspirationId'),
      'development',
      'employee',
    );
  });

  it('anonymous: the subject reads the comments of their released 360 report', async () => {
    await expectShownAndAllowed(
      rowOf(feedback360Rows, 'GET /api/growth/360/requests/:requestId/report'),
      'anonymous',
      'employee',
    );
  });

  it('compensation: a person reads their own pay', async () => {
    await expectShownAndAllowed(
      rowOf(payDataRows, 'GET /api/performance/compensation/people/:personId/pay'),
      'compensation',
      'employee',
    );
  });

  it('talent: an HR admin reads the succession plan of a report', async () => {
    const row = rowOf(successionRows, 'GET /api/growth/succession/positions/:positionId');
    const { c, result } = await runCase(row, 'hr_admin', 'report');
    expect(result.response.status).toBe(200);
    expect(canariesIn(result.response.text).map((canary) => canary.dataClass)).toContain('talent');
    expect(await checker.leaks(c, result)).toEqual([]);
    // The same body read by the report's manager would be a leak of the class.
    const asManager: PreparedCase = { ...c, role: 'manager' };
    expect((await checker.leaks(asManager, result)).map((f) => f.dataClass)).toContain('talent');
  });

  it('confidential: the author of a private 1:1 note reads it back', async () => {
    await expectShownAndAllowed(
      rowOf(oneOnOnesRows, 'POST /api/one-on-ones/meetings/:meetingId/agenda-items'),
      'confidential',
      'manager',
    );
  });
});

describe('the check fails a route that carries what its row does not allow', () => {
  beforeAll(async () => {
    planting = await plantSeparatedClasses(harness);
    checker = new CaseChecker(harness, planting);
  });

  it('a platform route: a notification whose title quotes an aspiration fails the inbox row', async () => {
    const { db } = harness.server.database;
    const employee = harness.cast.employee;
    // A real aspiration, planted like every matrix record, then leaked into a notification title.
    await harness.prepare(rowOf(aspirationsRows, 'GET /api/growth/aspirations/:aspirationId'), employee.id);
    await planting.plant();
    const [aspiration] = await db
      .select({ text: aspirations.aspirationText })
      .from(aspirations)
      .where(eq(aspirations.ownerId, employee.id));
    await db.insert(notifications).values({
      organizationId: harness.cast.org.organizationId,
      recipientId: employee.id,
      kind: 'review.reminder',
      title: `Your manager read: ${aspiration!.text}`,
    });

    const inbox = rowOf(notificationsRows, 'GET /api/notifications');
    const c = casesOf(inbox).find((x) => x.role === 'employee')!;
    const result = await harness.run(c);
    expect(result.response.status).toBe(200);
    const findings = await checker.leaks(c, result);
    expect(findings).toEqual([
      {
        dataClass: 'development',
        detail: expect.stringMatching(/^\$\.items\[\d+\]\.title carries aspirations\.aspiration_text$/),
      },
    ]);
    await checker.check(c, result);
    expect(checker.failures).toEqual([
      expect.stringMatching(/^GET \/api\/notifications as employee: 200 body leaks development: /),
    ]);
    checker.failures.length = 0;
  });

  it('a field or value of a class the row does not allow, in any role or relation', () => {
    const row: MatrixRow = {
      route: 'GET /api/example',
      target: 'person',
      expect: {} as never,
      carries: { development: ['own', 'manager:report'] },
    };
    const options = { organizationTables: new Set(planting.organizationTables) };
    const aspiration = planting.planted.find((c) => c.table === 'aspirations')!.canary;
    const field = { body: { aspirationText: 'x' }, text: '{"aspirationText":"x"}' };
    const value = { body: { note: `a ${aspiration}` }, text: `{"note":"a ${aspiration}"}` };
    expect(leaksIn(row, 'employee', 'own', field, options)).toEqual([]);
    expect(leaksIn(row, 'manager', 'report', value, options)).toEqual([]);
    expect(leaksIn(row, 'skip_level', 'report', field, options)).toEqual([
      { dataClass: 'development', detail: '$.aspirationText is a field of aspirations' },
    ]);
    expect(leaksIn(row, 'hr_admin', 'other', value, options)).toEqual([
      { dataClass: 'development', detail: '$.note carries aspirations.aspiration_text' },
    ]);
    // Any other separated class is refused even where development is allowed.
    const comment = planting.planted.find((c) => c.table === 'feedback360_comments')!.canary;
    expect(
      leaksIn(row, 'employee', 'own', { body: [comment], text: `["${comment}"]` }, options).map(
        (f) => f.dataClass,
      ),
    ).toEqual(['anonymous']);
  });

  it('credential data fails whatever the row allows', () => {
    const allowAll: MatrixRow = {
      route: 'GET /api/example',
      target: 'none',
      expect: {} as never,
      carries: { development: '*', confidential: '*', anonymous: '*', talent: '*', compensation: '*' },
    };
    const options = { organizationTables: new Set<string>() };
    registerCanary('credential', 'stored-token-hash-value');
    const hashed = {
      body: { p: '$argon2id$v=19$m=19456,t=2,p=1$abc' },
      text: '{"p":"$argon2id$v=19$m=19456"}',
    };
    expect(leaksIn(allowAll, 'org_admin', null, hashed, options).map((f) => f.dataClass)).toEqual([
      'credential',
    ]);
    const field = { body: { tokenHash: 'x' }, text: '{"tokenHash":"x"}' };
    expect(leaksIn(allowAll, 'org_admin', null, field, options).map((f) => f.dataClass)).toEqual([
      'credential',
    ]);
    const secret = { body: { a: 'my-session-token' }, text: '{"a":"my-session-token"}' };
    expect(leaksIn(allowAll, 'employee', null, secret, options, ['my-session-token'])).toHaveLength(1);
    const registered = { body: 'stored-token-hash-value', text: 'stored-token-hash-value' };
    expect(leaksIn(allowAll, 'employee', null, registered, options).map((f) => f.dataClass)).toEqual([
      'credential',
    ]);
  });

  it('an error body is held to the strictest row, and a wrong status fails as before', async () => {
    const row = rowOf(aspirationsRows, 'GET /api/growth/aspirations/:aspirationId');
    const c = casesOf(row).find((x) => x.role === 'employee' && x.relation === 'own')!;
    const aspiration = planting.planted.find((p) => p.table === 'aspirations')!.canary;
    const local = new CaseChecker(harness, planting);
    await local.check(c, fakeResult(409, { error: { code: 'version_conflict', current: aspiration } }));
    expect(local.failures).toEqual([
      expect.stringMatching(/expected 200, got 409/),
      expect.stringMatching(
        /409 body leaks development: \$\.error\.current carries aspirations\.aspiration_text/,
      ),
    ]);
  });

  it('an openapi-like body may name fields only where its row says so', () => {
    const options = { organizationTables: new Set<string>() };
    const doc = { components: { schemas: { aspiration: { properties: { aspirationText: {} } } } } };
    const response = { body: doc, text: JSON.stringify(doc) };
    const plain: MatrixRow = { route: 'GET /api/doc', target: 'none', expect: {} as never };
    expect(leaksIn(plain, 'anonymous', null, response, options)).toHaveLength(1);
    expect(leaksIn({ ...plain, namesFieldsOnly: true }, 'anonymous', null, response, options)).toEqual([]);
  });
});
