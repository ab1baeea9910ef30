import {
  type MatrixRow,
  onlyRoles,
  type RelationOutcomes,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { matrixColleague, matrixCycle, matrixReview, matrixTemplate } from './matrixFixtures';
import { sampleCycle, sampleTemplate } from './testing';

/** Values a row's params step created for one case, for its body step (keyed by the case's unique). */
const caseValues = new Map<string, Record<string, string>>();
const remember = (unique: string, values: Record<string, string>) => caseValues.set(unique, values);
const recall = (unique: string) => caseValues.get(unique) ?? {};

type Expect = MatrixRow['expect'];
/** One outcome table per relation, for the roles that have no reports (report = n/a). */
const byRole = (outcomes: {
  employee: RelationOutcomes;
  manager: RelationOutcomes;
  skip_level: RelationOutcomes;
  hr_admin: RelationOutcomes;
  others: RelationOutcomes;
}): Expect => ({
  anonymous: 401,
  employee: outcomes.employee,
  manager: outcomes.manager,
  skip_level: outcomes.skip_level,
  hr_admin: outcomes.hr_admin,
  approver: outcomes.others,
  coach: outcomes.others,
  org_admin: outcomes.others,
});

/**
 * A person's reviews: their own (even with none yet), their management chain's, HR's; anyone else
 * learns nothing (404), and other organisations do not exist. The reviewer of a report is their manager.
 */
const reviewRead = byRole({
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 200, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  others: rel(200, 'n/a', 404, 404),
});

/** A draft self review: its author only; everyone else, HR and the reviewer included, gets 404. */
const authorOnly = (ok: number) =>
  byRole({
    employee: rel(ok, 'n/a', 404, 404),
    manager: rel(ok, 404, 404, 404),
    skip_level: rel(ok, 404, 404, 404),
    hr_admin: rel(ok, 'n/a', 404, 404),
    others: rel(ok, 'n/a', 404, 404),
  });

type Params = NonNullable<MatrixRow['params']>;
const reviewOf: Params = async ({ db, organizationId, personId }) => ({
  reviewId: (await matrixReview(db, organizationId, personId)).reviewId,
});
const selfFormOf: Params = async ({ db, organizationId, personId }) => ({
  formId: (await matrixReview(db, organizationId, personId)).selfFormId,
});

/** HR-only routes on one record of the caller's organisation. */
const hrRecord = (ok: number) => onlyRoles(['hr_admin'], ok);

export const reviewsRows: MatrixRow[] = [
  // ---- templates and cycles: HR's tools ----
  { route: 'GET /api/review-templates', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'POST /api/review-templates',
    target: 'none',
    body: ({ unique }) => sampleTemplate(`Template ${unique}`),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'GET /api/review-templates/:templateId',
    target: 'none',
    params: async ({ db, organizationId }) => ({ templateId: await matrixTemplate(db, organizationId) }),
    expect: hrRecord(200),
  },
  {
    route: 'PUT /api/review-templates/:templateId',
    target: 'none',
    params: async ({ db, organizationId }) => ({ templateId: await matrixTemplate(db, organizationId) }),
    body: ({ unique }) => ({ ...sampleTemplate(`Renamed ${unique}`), version: 1 }),
    expect: hrRecord(200),
  },
  {
    route: 'POST /api/review-templates/:templateId/archive',
    target: 'none',
    params: async ({ db, organizationId }) => ({ templateId: await matrixTemplate(db, organizationId) }),
    body: () => ({ version: 1 }),
    expect: hrRecord(200),
  },
  { route: 'GET /api/review-cycles', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'POST /api/review-cycles',
    target: 'none',
    params: async ({ db, organizationId, unique }) => {
      remember(unique, { templateId: await matrixTemplate(db, organizationId) });
      return {};
    },
    body: ({ unique }) => sampleCycle(recall(unique).templateId ?? '', { name: `Cycle ${unique}` }),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'POST /api/review-cycles/preview',
    target: 'none',
    body: () => ({ participantFilter: {} }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  {
    route: 'GET /api/review-cycles/:cycleId',
    target: 'none',
    params: async ({ db, organizationId }) => ({
      cycleId: (await matrixCycle(db, organizationId, 'active')).cycleId,
    }),
    expect: hrRecord(200),
  },
  {
    route: 'PUT /api/review-cycles/:cycleId',
    target: 'none',
    params: async ({ db, organizationId, unique }) => {
      const { cycleId, templateId } = await matrixCycle(db, organizationId, 'draft');
      remember(unique, { templateId });
      return { cycleId };
    },
    body: ({ unique }) => ({ ...sampleCycle(recall(unique).templateId ?? ''), version: 1 }),
    expect: hrRecord(200),
  },
  {
    route: 'POST /api/review-cycles/:cycleId/launch',
    target: 'none',
    // Only HR's case gets through, so the organisation gains one launched cycle, not eight.
    params: async ({ db, organizationId }) => ({
      cycleId: (await matrixCycle(db, organizationId, 'draft')).cycleId,
    }),
    body: () => ({ version: 1 }),
    expect: hrRecord(200),
  },
  {
    route: 'POST /api/review-cycles/:cycleId/close',
    target: 'none',
    // A fresh active cycle per case, with no reviews yet: HR's close goes through without forcing.
    params: async ({ db, organizationId }) => ({
      cycleId: (await matrixCycle(db, organizationId, 'active')).cycleId,
    }),
    body: () => ({ version: 1 }),
    expect: hrRecord(200),
  },
  ...(['dashboard', 'overdue', 'reviews', 'reviews.csv'] as const).map(
    (view): MatrixRow => ({
      route: `GET /api/review-cycles/:cycleId/${view}`,
      target: 'none',
      params: async ({ db, organizationId }) => ({
        cycleId: (await matrixCycle(db, organizationId, 'active')).cycleId,
      }),
      expect: hrRecord(200),
    }),
  ),
  {
    route: 'POST /api/review-cycles/:cycleId/reminders',
    target: 'none',
    params: async ({ db, organizationId }) => ({
      cycleId: (await matrixCycle(db, organizationId, 'active')).cycleId,
    }),
    expect: hrRecord(200),
  },

  // ---- reviews: the target person is the subject; their current manager is the reviewer ----
  { route: 'GET /api/reviews/tasks', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/reviews/:reviewId', target: 'person', params: reviewOf, expect: reviewRead },
  {
    route: 'POST /api/reviews/:reviewId/peer-requests',
    target: 'person',
    params: async ({ db, organizationId, personId, unique }) => {
      remember(unique, { writerId: await matrixColleague(db, organizationId) });
      return { reviewId: (await matrixReview(db, organizationId, personId)).reviewId };
    },
    body: ({ unique }) => ({ writerId: recall(unique).writerId }),
    // Only the reviewer asks; the subject, the chain and HR see the review but may not.
    expect: byRole({
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 201, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 403, 404),
      others: rel(403, 'n/a', 404, 404),
    }),
  },
  {
    route: 'POST /api/reviews/:reviewId/reassign',
    target: 'person',
    params: async ({ db, organizationId, personId, unique }) => {
      remember(unique, { reviewerId: await matrixColleague(db, organizationId) });
      return { reviewId: (await matrixReview(db, organizationId, personId)).reviewId };
    },
    body: ({ unique }) => ({ reviewerId: recall(unique).reviewerId, reason: 'Matrix: moved teams' }),
    // HR only, and never on their own review.
    expect: byRole({
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 403, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 200, 404),
      others: rel(403, 'n/a', 404, 404),
    }),
  },
  { route: 'GET /api/people/:personId/reviews', target: 'person', expect: reviewRead },
  { route: 'GET /api/people/:personId/review-task', target: 'person', expect: reviewRead },

  // ---- forms: the target person's self review ----
  {
    route: 'GET /api/review-forms/:formId',
    target: 'person',
    params: selfFormOf,
    expect: authorOnly(200),
  },
  {
    route: 'PUT /api/review-forms/:formId/answers/:questionId',
    target: 'person',
    params: async (ctx) => ({ ...(await selfFormOf(ctx)), questionId: 'q1' }),
    body: () => ({ rating: 2, version: 0 }),
    expect: authorOnly(200),
  },
  {
    route: 'PUT /api/review-forms/:formId/answers',
    target: 'person',
    params: selfFormOf,
    body: () => ({ answers: [{ questionId: 'q1', rating: 2, version: 0 }] }),
    expect: authorOnly(200),
  },
  {
    route: 'POST /api/review-forms/:formId/submit',
    target: 'person',
    params: selfFormOf,
    expect: authorOnly(200),
  },
  {
    route: 'POST /api/review-forms/:formId/reopen',
    target: 'person',
    params: async ({ db, organizationId, personId }) => ({
      formId: (await matrixReview(db, organizationId, personId, { selfSubmitted: true })).selfFormId,
    }),
    body: () => ({ reason: 'Matrix: wrong attachment' }),
    // Everyone who can see the submitted self review is refused except HR (and HR not on their own).
    expect: byRole({
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 403, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 200, 404),
      others: rel(403, 'n/a', 404, 404),
    }),
  },
];
