import { eq } from 'drizzle-orm';
import type { Request360Status } from '../../../contracts/feedback360';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { ensureCompetencies } from './starterLibrary';
import {
  feedback360Answers,
  feedback360Comments,
  feedback360Nominations,
  feedback360Questions,
  feedback360Requests,
  feedback360Responses,
  feedback360Tasks,
} from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A uuid derived from the case's unique value, so a body can name a record its params hook made. */
const derivedId = (unique: string, tag: string) =>
  `${unique.slice(0, 8)}-${unique.slice(8, 12)}-4${unique.slice(13, 16)}-8${tag.padStart(3, '0')}-${'0'.repeat(12)}`;

const future = () => new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10);

async function newPerson(ctx: ParamsContext, label: string, id?: string) {
  const [person] = await ctx.db
    .insert(people)
    .values({
      ...(id ? { id } : {}),
      organizationId: ctx.organizationId,
      email: `${ctx.unique}-${label}@matrix.test`,
      givenName: 'Matrix',
      familyName: label,
      hireDate: '2024-01-01',
    })
    .returning({ id: people.id });
  return person!.id;
}

/** A self-requested 360 about the target in the given state, with one question. */
async function requestFor(
  ctx: ParamsContext,
  status: Request360Status,
  extra: { approverId?: string | null } = {},
) {
  const [request] = await ctx.db
    .insert(feedback360Requests)
    .values({
      organizationId: ctx.organizationId,
      subjectId: ctx.personId,
      requestedById: ctx.personId,
      status,
      anonymityThresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
      deadline: future(),
      approverId: extra.approverId ?? null,
      requireManagerApproval: extra.approverId !== undefined,
    })
    .returning({ id: feedback360Requests.id });
  await ctx.db.insert(feedback360Questions).values({
    id: derivedId(ctx.unique, '1'),
    requestId: request!.id,
    competencyName: 'Matrix competency',
    behaviours: [],
    position: 0,
  });
  return request!.id;
}

async function withNominees(ctx: ParamsContext, requestId: string, count: number) {
  for (let i = 0; i < count; i++) {
    await ctx.db.insert(feedback360Nominations).values({
      id: derivedId(ctx.unique, String(10 + i)),
      requestId,
      personId: await newPerson(ctx, `nominee${i}`),
      raterGroup: 'peers',
    });
  }
}

const stateParams =
  (status: Request360Status, nominees = 0) =>
  async (ctx: ParamsContext) => {
    const requestId = await requestFor(ctx, status);
    await withNominees(ctx, requestId, nominees);
    return { requestId };
  };

/**
 * A released 360 whose peer group reached its threshold (3 responses, each with a comment), so
 * anonymous rows exist and the report really shows the subject their comments: the body scan sees
 * the anonymous class arrive where it belongs and nowhere else.
 */
async function releasedWithAnswers(ctx: ParamsContext) {
  const { requestId } = await stateParams('released')(ctx);
  for (let i = 0; i < 3; i++) {
    const [response] = await ctx.db
      .insert(feedback360Responses)
      .values({ requestId, raterGroup: 'peers' })
      .returning({ id: feedback360Responses.id });
    await ctx.db.insert(feedback360Answers).values({
      responseId: response!.id,
      questionId: derivedId(ctx.unique, '1'),
      behaviourScore: 3 + (i % 2),
    });
    await ctx.db.insert(feedback360Comments).values({
      requestId,
      raterGroup: 'peers',
      kind: 'strengths',
      commentText: `Matrix comment ${i + 1}`,
      shuffleKey: i + 1,
    });
  }
  return { requestId };
}

/** Nominations awaiting the target's direct manager. */
async function awaitingApproval(ctx: ParamsContext) {
  const [subject] = await ctx.db
    .select({ managerId: people.managerId })
    .from(people)
    .where(eq(people.id, ctx.personId));
  const requestId = await requestFor(ctx, 'awaiting_approval', { approverId: subject?.managerId ?? null });
  await withNominees(ctx, requestId, 3);
  return { requestId };
}

/** A task of the target as a peer rater on a new colleague's collecting 360. */
async function taskOfTarget(ctx: ParamsContext) {
  const subjectId = await newPerson(ctx, 'subject');
  const requestId = await requestFor({ ...ctx, personId: subjectId }, 'collecting');
  await ctx.db.insert(feedback360Tasks).values({
    id: derivedId(ctx.unique, '2'),
    requestId,
    raterId: ctx.personId,
    raterGroup: 'peers',
  });
  return { taskId: derivedId(ctx.unique, '2') };
}

/** Only the subject acts; everyone else is told the 360 does not exist. */
const subjectOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/** Only the rater reads or answers their task. */
const raterOnly = subjectOnly;

/**
 * A 360 is the subject's development record: it reaches the subject (own). A rater reads the
 * questionnaire of the 360 they were asked to answer (their task: own as well).
 */
const subjectReads: Carries = { development: 'own' };

export const feedback360Rows: MatrixRow[] = [
  // The caller's own 360s.
  {
    route: 'GET /api/growth/360/requests',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'POST /api/growth/360/requests',
    target: 'person',
    params: async (ctx) => {
      await ensureCompetencies(ctx.db, ctx.organizationId);
      return {};
    },
    body: ({ personId }) => ({ subjectId: personId, programName: 'Matrix program', deadline: future() }),
    // Anyone starts their own; only HR starts one for someone else (a leadership program).
    carries: { development: ['own', 'hr_admin:other'] },
    expect: {
      anonymous: 401,
      employee: rel(201, 'n/a', 403, 403),
      manager: rel(201, 403, 403, 403),
      skip_level: rel(201, 403, 403, 403),
      hr_admin: rel(201, 'n/a', 201, 400),
      approver: rel(201, 'n/a', 403, 403),
      coach: rel(201, 'n/a', 403, 403),
      org_admin: rel(201, 'n/a', 403, 403),
    },
  },
  {
    route: 'GET /api/growth/360/requests/:requestId',
    target: 'person',
    params: stateParams('collecting'),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'PATCH /api/growth/360/requests/:requestId',
    target: 'person',
    params: stateParams('nominating'),
    body: () => ({ version: 1, thresholds: { peers: 4 } }),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/nominations',
    target: 'person',
    params: async (ctx) => {
      await newPerson(ctx, 'nominee', derivedId(ctx.unique, '3'));
      return stateParams('nominating')(ctx);
    },
    body: ({ unique }) => ({ personId: derivedId(unique, '3'), group: 'peers' }),
    expect: subjectOnly(201),
    carries: subjectReads,
  },
  {
    route: 'DELETE /api/growth/360/requests/:requestId/nominations/:nominationId',
    target: 'person',
    params: async (ctx) => ({
      ...(await stateParams('nominating', 1)(ctx)),
      nominationId: derivedId(ctx.unique, '10'),
    }),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/submit',
    target: 'person',
    params: stateParams('nominating', 3),
    body: () => ({ version: 1 }),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/remind',
    target: 'person',
    params: stateParams('collecting'),
    body: () => ({ version: 1 }),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/close',
    target: 'person',
    params: stateParams('collecting'),
    body: () => ({ version: 1 }),
    expect: subjectOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/release',
    target: 'person',
    params: stateParams('closed'),
    body: () => ({ version: 1 }),
    // No coach on this one: the subject may not release it (403), nobody else sees it.
    expect: subjectOnly(403),
  },
  {
    route: 'GET /api/growth/360/requests/:requestId/report',
    target: 'person',
    params: releasedWithAnswers,
    expect: subjectOnly(200),
    // The released report: thresholded scores and the shuffled comments of groups that reached it.
    carries: { development: 'own', anonymous: 'own' },
  },
  {
    route: 'POST /api/growth/360/requests/:requestId/approval',
    target: 'person',
    params: awaitingApproval,
    body: ({ unique }) => ({
      version: 1,
      decisions: [10, 11, 12].map((i) => ({ nominationId: derivedId(unique, String(i)), approved: true })),
    }),
    // Only the subject's direct manager decides; the subject sees it but may not (403).
    carries: { development: 'manager:report' },
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 200, 404, 404),
      skip_level: rel(403, 404, 404, 404),
      hr_admin: rel(403, 'n/a', 404, 404),
      approver: rel(403, 'n/a', 404, 404),
      coach: rel(403, 'n/a', 404, 404),
      org_admin: rel(403, 'n/a', 404, 404),
    },
  },
  // The caller's own rater tasks.
  {
    route: 'GET /api/growth/360/tasks',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'GET /api/growth/360/tasks/:taskId',
    target: 'person',
    params: taskOfTarget,
    expect: raterOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/tasks/:taskId/decline',
    target: 'person',
    params: taskOfTarget,
    expect: raterOnly(200),
    carries: subjectReads,
  },
  {
    route: 'POST /api/growth/360/responses',
    target: 'person',
    params: async (ctx) => {
      await taskOfTarget(ctx);
      return {};
    },
    body: ({ unique }) => ({
      taskId: derivedId(unique, '2'),
      answers: [{ questionId: derivedId(unique, '1'), score: 4 }],
    }),
    expect: raterOnly(201),
    carries: subjectReads,
  },
  // Nominations awaiting the caller's approval (their direct reports' 360s).
  {
    route: 'GET /api/growth/360/approvals',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  // The 360s of the caller's coachees.
  {
    route: 'GET /api/growth/360/coachees',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'GET /api/growth/360/programs',
    target: 'none',
    expect: onlyRoles(['hr_admin'], 200),
    // The names HR gave its leadership programs and counts per state: never nominations or results.
    carries: { development: 'hr_admin' },
  },
  {
    route: 'GET /api/growth/360/competencies',
    target: 'none',
    expect: signedIn(200),
    carries: { library: '*' },
  },
];
