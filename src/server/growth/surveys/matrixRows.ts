import { eq } from 'drizzle-orm';
import { departments, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  all,
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { managerChains, tenureBandOf } from './commands/launchRound';
import {
  engagementSurveyComments,
  engagementSurveyParticipants,
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
  engagementTeamActions,
} from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A uuid derived from the case's unique value, so a body can name a record its params hook made. */
const derivedId = (unique: string, tag: string) =>
  `${unique.slice(0, 8)}-${unique.slice(8, 12)}-4${unique.slice(13, 16)}-8${tag.padStart(3, '0')}-${'0'.repeat(12)}`;

const today = () => new Date().toISOString().slice(0, 10);
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A survey with one Likert item (id derived from the case) and an eNPS item. */
async function newSurvey(ctx: ParamsContext, extra: Partial<typeof engagementSurveys.$inferInsert> = {}) {
  const [survey] = await ctx.db
    .insert(engagementSurveys)
    .values({
      organizationId: ctx.organizationId,
      name: 'Matrix pulse',
      audienceKind: 'organization',
      schedule: 'one_off',
      ...extra,
    })
    .returning({ id: engagementSurveys.id });
  await ctx.db.insert(engagementSurveyQuestions).values([
    {
      id: derivedId(ctx.unique, '1'),
      surveyId: survey!.id,
      kind: 'likert',
      driver: 'growth',
      prompt: 'Matrix item',
      position: 0,
    },
    {
      id: derivedId(ctx.unique, '2'),
      surveyId: survey!.id,
      kind: 'comment',
      prompt: 'Matrix prompt',
      position: 1,
    },
  ]);
  return survey!.id;
}

async function newRound(ctx: ParamsContext, surveyId: string, closed: boolean) {
  const [round] = await ctx.db
    .insert(engagementSurveyRounds)
    .values({
      organizationId: ctx.organizationId,
      surveyId,
      roundNumber: 1,
      opensOn: daysFromToday(closed ? -10 : 0),
      closesOn: daysFromToday(closed ? -3 : 7),
      closed,
      questionIds: [derivedId(ctx.unique, '1'), derivedId(ctx.unique, '2')],
    })
    .returning({ id: engagementSurveyRounds.id });
  return round!.id;
}

/**
 * A round of the whole organisation as launched (everyone's launch-day snapshot), answered by
 * everyone with a comment each: the organisation passes its thresholds, so HR's reports carry
 * anonymous aggregates and comments; a manager reads their (small, so withheld) subtree.
 */
async function answeredRound(ctx: ParamsContext, closed = true) {
  const roundId = await newRound(ctx, await newSurvey(ctx), closed);
  const staff = await ctx.db
    .select({ id: people.id, departmentId: people.departmentId, hireDate: people.hireDate })
    .from(people)
    .where(eq(people.organizationId, ctx.organizationId));
  const chains = await managerChains(ctx.db, ctx.organizationId);
  const snapshot = staff.map((p) => ({
    department: p.departmentId,
    tenure: tenureBandOf(p.hireDate, today()),
    chain: chains.get(p.id) ?? [],
  }));
  await ctx.db.insert(engagementSurveyParticipants).values(
    staff.map((p, i) => ({
      organizationId: ctx.organizationId,
      roundId,
      personId: p.id,
      snapshotDepartmentId: snapshot[i]!.department,
      snapshotTenureBand: snapshot[i]!.tenure,
      snapshotManagerChain: snapshot[i]!.chain,
      invitedOn: daysFromToday(-10),
      responded: true,
      respondedOn: daysFromToday(-9),
    })),
  );
  const buckets = snapshot.map((s) => ({
    organizationId: ctx.organizationId,
    roundId,
    bucketDepartmentId: s.department,
    bucketTenureBand: s.tenure,
    bucketManagerChain: s.chain,
  }));
  await ctx.db.insert(engagementSurveyResponses).values(
    buckets.map((b, i) => ({
      ...b,
      likertScores: { [derivedId(ctx.unique, '1')]: 1 + (i % 5) },
      enpsScore: i % 11,
    })),
  );
  await ctx.db.insert(engagementSurveyComments).values(
    buckets.map((b, i) => ({
      ...b,
      questionId: derivedId(ctx.unique, '2'),
      verbatimText: `Matrix comment ${i}`,
    })),
  );
  return { roundId };
}

/** The target person invited to an open round of their organisation, not answered yet. */
async function invitedTarget(ctx: ParamsContext) {
  const roundId = await newRound(ctx, await newSurvey(ctx), false);
  await ctx.db.insert(engagementSurveyParticipants).values({
    organizationId: ctx.organizationId,
    roundId,
    personId: ctx.personId,
    snapshotTenureBand: '1_2y',
    snapshotManagerChain: [],
    invitedOn: today(),
  });
  return { roundId };
}

/** A survey whose audience is a new department of one new person, so its launch never meets the fatigue guard. */
async function launchableSurvey(ctx: ParamsContext) {
  const [dept] = await ctx.db
    .insert(departments)
    .values({ organizationId: ctx.organizationId, name: `Matrix pulse ${ctx.unique}` })
    .returning({ id: departments.id });
  await ctx.db.insert(people).values({
    organizationId: ctx.organizationId,
    email: `${ctx.unique}-pulse@matrix.test`,
    givenName: 'Matrix',
    familyName: 'Pulse',
    hireDate: '2024-01-01',
    departmentId: dept!.id,
  });
  return {
    surveyId: await newSurvey(ctx, { audienceKind: 'departments', audienceDepartmentIds: [dept!.id] }),
  };
}

async function departmentAction(ctx: ParamsContext) {
  const [dept] = await ctx.db
    .insert(departments)
    .values({
      id: derivedId(ctx.unique, '3'),
      organizationId: ctx.organizationId,
      name: `Matrix team ${ctx.unique}`,
    })
    .returning({ id: departments.id });
  const [action] = await ctx.db
    .insert(engagementTeamActions)
    .values({
      organizationId: ctx.organizationId,
      teamKind: 'department',
      teamId: dept!.id,
      actionTitle: 'Matrix action',
    })
    .returning({ id: engagementTeamActions.id });
  return { actionId: action!.id };
}

/** HR admins set surveys up; for anyone else a survey does not exist. */
const hrOnly = (ok: number) => ({ ...all(404), anonymous: 401, hr_admin: ok });

/** Reports: HR (organisation), the managers above the invited (subtree); anyone else 404. */
const reportReaders = { ...hrOnly(200), manager: 200, skip_level: 200 };

/** Thresholded aggregates of anonymous answers (and, past the comment threshold, comments) reach report readers. */
const reportCarries: Carries = { anonymous: ['hr_admin', 'manager', 'skip_level'] };

/** Only the invited person answers; the round does not exist for anyone else. */
const inviteeOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

const surveyBody = () => ({
  name: 'Matrix pulse',
  questions: [
    { kind: 'likert', driver: 'growth', prompt: 'I am learning' },
    { kind: 'enps', prompt: 'Would you recommend us?' },
  ],
});

export const surveysRows: MatrixRow[] = [
  { route: 'GET /api/growth/surveys/starter-questions', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/growth/surveys', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'POST /api/growth/surveys',
    target: 'none',
    body: surveyBody,
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'GET /api/growth/surveys/:surveyId',
    target: 'none',
    params: async (ctx) => ({ surveyId: await newSurvey(ctx) }),
    expect: hrOnly(200),
  },
  {
    route: 'PATCH /api/growth/surveys/:surveyId',
    target: 'none',
    params: async (ctx) => ({ surveyId: await newSurvey(ctx) }),
    body: () => ({ version: 1, name: 'Matrix pulse, renamed' }),
    expect: hrOnly(200),
  },
  {
    route: 'GET /api/growth/surveys/:surveyId/rounds',
    target: 'none',
    params: async (ctx) => ({ surveyId: await newSurvey(ctx) }),
    expect: hrOnly(200),
  },
  {
    route: 'POST /api/growth/surveys/:surveyId/rounds',
    target: 'none',
    params: launchableSurvey,
    expect: hrOnly(201),
  },
  // Answering: the caller's own invitations, signed in or through the emailed link.
  { route: 'GET /api/growth/surveys/mine', target: 'none', expect: signedIn(200) },
  {
    route: 'GET /api/growth/surveys/mine/:roundId',
    target: 'person',
    params: invitedTarget,
    expect: inviteeOnly(200),
  },
  {
    route: 'POST /api/growth/surveys/mine/:roundId/answers',
    target: 'person',
    params: invitedTarget,
    body: ({ unique }) => ({ likert: { [derivedId(unique, '1')]: 4 }, comments: {} }),
    expect: inviteeOnly(204),
  },
  {
    route: 'POST /api/growth/surveys/link/questionnaire',
    target: 'none',
    body: ({ unique }) => ({ token: `not-a-real-survey-token-${unique}` }),
    expect: all(400),
  },
  {
    route: 'POST /api/growth/surveys/link/answers',
    target: 'none',
    body: ({ unique }) => ({ token: `not-a-real-survey-token-${unique}`, likert: {} }),
    expect: all(400),
  },
  // Reports: thresholded aggregates only.
  { route: 'GET /api/growth/surveys/reportable-rounds', target: 'none', expect: signedIn(200) },
  {
    route: 'GET /api/growth/surveys/rounds/:roundId/results',
    target: 'none',
    params: (ctx) => answeredRound(ctx),
    expect: reportReaders,
    carries: reportCarries,
  },
  {
    route: 'GET /api/growth/surveys/rounds/:roundId/heatmap',
    target: 'none',
    params: (ctx) => answeredRound(ctx),
    expect: reportReaders,
    carries: reportCarries,
  },
  {
    route: 'GET /api/growth/surveys/rounds/:roundId/breakdown',
    target: 'none',
    params: (ctx) => answeredRound(ctx),
    expect: reportReaders,
    carries: reportCarries,
  },
  // The results downloads: the reports' door, the reports' answers (comments are never exported).
  ...['heatmap.csv', 'breakdown.csv'].map(
    (file): MatrixRow => ({
      route: `GET /api/growth/surveys/rounds/:roundId/${file}`,
      target: 'none',
      params: (ctx) => answeredRound(ctx),
      expect: reportReaders,
      carries: reportCarries,
    }),
  ),
  {
    route: 'GET /api/growth/surveys/rounds/:roundId/comments',
    target: 'none',
    params: (ctx) => answeredRound(ctx),
    expect: reportReaders,
    carries: reportCarries,
  },
  {
    route: 'POST /api/growth/surveys/rounds/:roundId/close',
    target: 'none',
    params: (ctx) => answeredRound(ctx, false),
    // Managers read the round's subtree report but do not close it.
    expect: { ...reportReaders, manager: 403, skip_level: 403 },
  },
  // Team action plans.
  { route: 'GET /api/growth/surveys/actions', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/growth/surveys/actions',
    target: 'none',
    params: async (ctx) => {
      await departmentAction(ctx);
      return {};
    },
    body: ({ unique }) => ({
      teamKind: 'department',
      teamId: derivedId(unique, '3'),
      actionTitle: 'Hold a team retro',
    }),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'PATCH /api/growth/surveys/actions/:actionId',
    target: 'none',
    params: departmentAction,
    body: () => ({ version: 1, status: 'in_progress' }),
    expect: hrOnly(200),
  },
];
