import { type MatrixRow, onlyRoles, rel, signedIn } from '../../platform/policy/matrix/types';
import { sampleTemplate } from './testing';

/**
 * A person's reviews: their own (always, even with none yet), their management chain's, HR's;
 * anyone else learns nothing (404), and other organisations do not exist.
 */
const personReviews = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 200, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/**
 * Routes addressed by a template, cycle, review or form id. The matrix fills in person ids only, so
 * here the id is the literal ":…" placeholder: signed-in callers get 400 and nobody gets further.
 * Each role's real outcome on real records is swept in reviewsAccess.test.ts.
 */
const byRecordId = signedIn(400);

export const reviewsRows: MatrixRow[] = [
  { route: 'GET /api/review-templates', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'POST /api/review-templates',
    target: 'none',
    body: ({ unique }) => sampleTemplate(`Template ${unique}`),
    expect: onlyRoles(['hr_admin'], 201),
  },
  { route: 'GET /api/review-templates/:templateId', target: 'none', expect: byRecordId },
  { route: 'PUT /api/review-templates/:templateId', target: 'none', expect: byRecordId },
  { route: 'POST /api/review-templates/:templateId/archive', target: 'none', expect: byRecordId },
  { route: 'GET /api/review-cycles', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  {
    route: 'POST /api/review-cycles',
    target: 'none',
    // No template of that id exists in the organisation: HR is told which field to fix.
    body: ({ unique }) => ({
      name: `Cycle ${unique}`,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      templateId: '00000000-0000-4000-8000-000000000000',
      selfReviewDue: '2026-07-10',
      managerReviewDue: '2026-07-20',
      calibrationDue: '2026-07-31',
      releaseDue: '2026-08-07',
      acknowledgeDue: '2026-08-14',
    }),
    expect: onlyRoles(['hr_admin'], 400),
  },
  {
    route: 'POST /api/review-cycles/preview',
    target: 'none',
    body: () => ({ participantFilter: {} }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  { route: 'GET /api/review-cycles/:cycleId', target: 'none', expect: byRecordId },
  { route: 'PUT /api/review-cycles/:cycleId', target: 'none', expect: byRecordId },
  { route: 'POST /api/review-cycles/:cycleId/launch', target: 'none', expect: byRecordId },
  { route: 'GET /api/review-cycles/:cycleId/dashboard', target: 'none', expect: byRecordId },
  { route: 'GET /api/review-cycles/:cycleId/overdue', target: 'none', expect: byRecordId },
  { route: 'GET /api/review-cycles/:cycleId/reviews', target: 'none', expect: byRecordId },
  { route: 'POST /api/review-cycles/:cycleId/reminders', target: 'none', expect: byRecordId },
  { route: 'GET /api/reviews/tasks', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/reviews/:reviewId', target: 'none', expect: byRecordId },
  { route: 'POST /api/reviews/:reviewId/peer-requests', target: 'none', expect: byRecordId },
  { route: 'POST /api/reviews/:reviewId/reassign', target: 'none', expect: byRecordId },
  { route: 'GET /api/people/:personId/reviews', target: 'person', expect: personReviews },
  { route: 'GET /api/people/:personId/review-task', target: 'person', expect: personReviews },
  { route: 'GET /api/review-forms/:formId', target: 'none', expect: byRecordId },
  { route: 'PUT /api/review-forms/:formId/answers/:questionId', target: 'none', expect: byRecordId },
  { route: 'POST /api/review-forms/:formId/submit', target: 'none', expect: byRecordId },
  { route: 'POST /api/review-forms/:formId/reopen', target: 'none', expect: byRecordId },
];
