import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { insertTalentSession, personWithRole } from './testing';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * A talent review in review whose population is the target person and whose one participant is the
 * organisation's approver: HR admins read it by role, the approver as a designated executive, and
 * nobody about themselves — not the subject, not their manager (not designated), not peers.
 */
async function reviewOfTarget({ db, organizationId, personId }: ParamsContext) {
  const approver = await personWithRole(db, organizationId, 'approver');
  const { sessionId } = await insertTalentSession(db, {
    organizationId,
    memberIds: personId ? [personId] : [],
    participantIds: approver ? [approver] : [],
  });
  return { sessionId };
}

/** The session as a whole: HR and the designated approver read it; everyone else 404. */
const sessionReaders = (ok: number, approver: number = ok) => ({
  ...signedIn(404),
  hr_admin: ok,
  approver,
});

/**
 * One person's record: HR and the designated approver, about anyone but themselves (own 404); the
 * manager, skip-level and everyone else 404. Neither HR nor the approver has reports in the cast.
 */
const recordReaders = (ok: number, approver: number = ok) => ({
  anonymous: 401,
  employee: rel(404, 'n/a', 404, 404),
  manager: rel(404, 404, 404, 404),
  skip_level: rel(404, 404, 404, 404),
  hr_admin: rel(404, 'n/a', ok, 404),
  approver: rel(404, 'n/a', approver, 404),
  coach: rel(404, 'n/a', 404, 404),
  org_admin: rel(404, 'n/a', 404, 404),
});

/** Talent reaches HR admins and the designated approver, never about themselves. */
const toReaders: Carries = { talent: ['hr_admin', 'approver'] };
const aboutOthers: Carries = { talent: ['hr_admin:other', 'approver:other'] };

const assessment = () => ({
  version: 1,
  learningAgility: { level: 'high', evidence: 'Picked up the billing domain in weeks' },
  scopeGrowth: { level: 'medium', evidence: 'Took over the on-call rota' },
  leadingOthers: { level: 'high', evidence: 'Mentors two new joiners' },
  retentionRisk: 'low',
  lossImpact: 'high',
  promotionReadiness: '1_2_years',
});

/** Authorization-matrix rows for every talent review route. */
export const talentRows: MatrixRow[] = [
  { route: 'GET /api/growth/talent/access', target: 'none', expect: signedIn(200) },
  {
    route: 'GET /api/growth/talent/sessions',
    target: 'none',
    expect: signedIn(200),
    carries: toReaders,
  },
  {
    route: 'POST /api/growth/talent/sessions',
    target: 'none',
    body: ({ unique }) => ({
      name: `Talent review ${unique}`,
      population: { kind: 'organization' },
      startsOn: '2026-03-01',
      endsOn: '2026-03-31',
    }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: { talent: 'hr_admin' },
  },
  {
    route: 'GET /api/growth/talent/sessions/:sessionId',
    target: 'none',
    params: reviewOfTarget,
    expect: sessionReaders(200),
    carries: toReaders,
  },
  {
    route: 'PATCH /api/growth/talent/sessions/:sessionId',
    target: 'none',
    params: reviewOfTarget,
    body: () => ({ version: 1, name: 'Renamed talent review' }),
    expect: sessionReaders(200, 403),
    carries: { talent: 'hr_admin' },
  },
  {
    route: 'POST /api/growth/talent/sessions/:sessionId/state',
    target: 'none',
    params: reviewOfTarget,
    body: () => ({ version: 1, state: 'locked' }),
    expect: sessionReaders(200, 403),
    carries: { talent: 'hr_admin' },
  },
  {
    route: 'GET /api/growth/talent/sessions/:sessionId/board',
    target: 'none',
    params: reviewOfTarget,
    expect: sessionReaders(200),
    carries: toReaders,
  },
  {
    route: 'GET /api/growth/talent/sessions/:sessionId/distribution',
    target: 'none',
    params: reviewOfTarget,
    expect: sessionReaders(200),
    carries: toReaders,
  },
  {
    route: 'GET /api/growth/talent/sessions/:sessionId/people/:personId',
    target: 'person',
    params: reviewOfTarget,
    expect: recordReaders(200),
    carries: aboutOthers,
  },
  {
    route: 'PUT /api/growth/talent/sessions/:sessionId/people/:personId/assessment',
    target: 'person',
    params: reviewOfTarget,
    body: assessment,
    expect: recordReaders(200),
    carries: aboutOthers,
  },
  {
    route: 'POST /api/growth/talent/sessions/:sessionId/people/:personId/placement',
    target: 'person',
    params: reviewOfTarget,
    body: () => ({ version: 1, box: 6, rationale: 'Delivered far above the calibrated rating since' }),
    expect: recordReaders(200, 403),
    carries: aboutOthers,
  },
  {
    route: 'POST /api/growth/talent/sessions/:sessionId/people/:personId/offers',
    target: 'person',
    params: reviewOfTarget,
    body: () => ({
      kind: 'mentor',
      title: 'A mentor from the platform leadership',
      offerText: 'Monthly sessions with a senior engineering leader for six months.',
    }),
    expect: recordReaders(201),
  },
  {
    route: 'GET /api/growth/talent/people/:personId/history',
    target: 'person',
    params: reviewOfTarget,
    expect: recordReaders(200),
    carries: aboutOthers,
  },
];
