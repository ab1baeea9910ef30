import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { type MatrixContext, type MatrixRow, rel, signedIn } from '../../platform/policy/matrix/types';
import { feedbackItems, feedbackRequests } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

async function colleagueOf({ db, organizationId, unique }: ParamsContext) {
  const [person] = await db
    .insert(people)
    .values({
      organizationId,
      email: `${unique}@matrix.test`,
      givenName: 'Matrix',
      familyName: 'Writer',
      hireDate: '2024-01-01',
    })
    .returning({ id: people.id });
  return person!.id;
}

/** Feedback to the target, shared with their manager, from a new colleague. */
async function feedbackToTarget(ctx: ParamsContext) {
  const [item] = await ctx.db
    .insert(feedbackItems)
    .values({
      organizationId: ctx.organizationId,
      kind: 'feedback',
      writerId: await colleagueOf(ctx),
      recipientId: ctx.personId,
      body: 'Matrix feedback',
      visibility: 'recipient_and_manager',
    })
    .returning({ id: feedbackItems.id });
  return { feedbackId: item!.id };
}

/** An open request addressed to the target by a new colleague. */
async function requestToTarget(ctx: ParamsContext) {
  const [request] = await ctx.db
    .insert(feedbackRequests)
    .values({
      organizationId: ctx.organizationId,
      requesterId: await colleagueOf(ctx),
      responderId: ctx.personId,
    })
    .returning({ id: feedbackRequests.id });
  return { requestId: request!.id };
}

/** Writing to the target: not to oneself, nobody outside the organisation (the field is named). */
const toColleague = {
  anonymous: 401,
  employee: rel(400, 'n/a', 201, 400),
  manager: rel(400, 201, 201, 400),
  skip_level: rel(400, 201, 201, 400),
  hr_admin: rel(400, 'n/a', 201, 400),
  approver: rel(400, 'n/a', 201, 400),
  coach: rel(400, 'n/a', 201, 400),
  org_admin: rel(400, 'n/a', 201, 400),
};

/** 'recipient_and_manager' feedback: the recipient, their management chain and HR; nobody else. */
const sharedWithManager = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 200, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/** A request addressed to the target: only the person asked acts on it; everyone else gets 404. */
const askedOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/** Anyone in the organisation may ask; what they get back is filtered by the feedback policy. */
const aboutPerson = {
  anonymous: 401,
  employee: rel(200, 'n/a', 200, 404),
  manager: rel(200, 200, 200, 404),
  skip_level: rel(200, 200, 200, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 200, 404),
  coach: rel(200, 'n/a', 200, 404),
  org_admin: rel(200, 'n/a', 200, 404),
};

export const feedbackRows: MatrixRow[] = [
  { route: 'GET /api/feedback/received', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/feedback/given', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/feedback/praise', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/feedback/requests', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/feedback',
    target: 'person',
    body: ({ personId }) => ({
      recipientId: personId,
      kind: 'praise',
      body: 'Great work',
      visibility: 'public',
    }),
    expect: toColleague,
  },
  {
    route: 'GET /api/feedback/:feedbackId',
    target: 'person',
    params: feedbackToTarget,
    expect: sharedWithManager,
  },
  { route: 'GET /api/people/:personId/feedback', target: 'person', expect: aboutPerson },
  {
    route: 'POST /api/feedback/requests',
    target: 'person',
    body: ({ personId }) => ({ personId, question: 'How did I do?' }),
    expect: toColleague,
  },
  {
    route: 'POST /api/feedback/requests/:requestId/answer',
    target: 'person',
    params: requestToTarget,
    body: () => ({ version: 1, body: 'Thoughtful answer', visibility: 'recipient_only' }),
    expect: askedOnly(201),
  },
  {
    route: 'POST /api/feedback/requests/:requestId/decline',
    target: 'person',
    params: requestToTarget,
    body: () => ({ version: 1 }),
    expect: askedOnly(200),
  },
];
