import {
  type Carries,
  type MatrixRow,
  type Outcome,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import {
  draftOf,
  madeFor,
  matchOf,
  type ParamsContext,
  personIn,
  profileOf,
  programmeIn,
  sessionOf,
} from './matrixFixtures';

const route = (method: string, path: string) => `${method} /api/growth/mentoring${path}`;

/**
 * A match of the target person (as mentee): `own` for the mentee, `manager` for their direct
 * manager (the match is shared), `hr` for HR on someone else's match (HR runs every programme).
 * Everyone else — skip-level, colleagues, other organisations — 404.
 */
function matchExpect(own: Outcome, manager: Outcome, hr: Outcome) {
  return {
    anonymous: 401,
    employee: rel(own, 'n/a', 404, 404),
    manager: rel(own, manager, 404, 404),
    skip_level: rel(own, 404, 404, 404),
    hr_admin: rel(own, 'n/a', hr, 404),
    approver: rel(own, 'n/a', 404, 404),
    coach: rel(own, 'n/a', 404, 404),
    org_admin: rel(own, 'n/a', 404, 404),
  };
}

/** Asking a mentor in an open programme: the mentee of the profile; others have none there (409). */
const askers = {
  anonymous: 401,
  employee: rel(201, 'n/a', 409, 404),
  manager: rel(201, 409, 409, 404),
  skip_level: rel(201, 409, 409, 404),
  hr_admin: rel(201, 'n/a', 409, 404),
  approver: rel(201, 'n/a', 409, 404),
  coach: rel(201, 'n/a', 409, 404),
  org_admin: rel(201, 'n/a', 409, 404),
};

/** Only the person's own record: everyone else 404. */
const ownOnly = (ok: Outcome) => matchExpect(ok, 404, 404);

const programmeParams = async (ctx: ParamsContext) => ({ programmeId: await programmeIn(ctx) });
const hrOnly = (ok: number) => onlyRoles(['hr_admin'], ok, 403);
const matchParams =
  (status: Parameters<typeof matchOf>[1], extra: Parameters<typeof matchOf>[2] = {}) =>
  async (ctx: ParamsContext) => ({ matchId: (await matchOf(ctx, status, extra)).matchId });

const pairAndRunners: Carries = { development: ['own', 'manager:report', 'hr_admin'], library: '*' };

/** Authorization-matrix rows for every mentoring route. */
export const mentoringRows: MatrixRow[] = [
  // Programmes: the organisation's set-up (library), readable unless a draft; HR and admins run them.
  { route: route('GET', '/programmes'), target: 'none', expect: signedIn(200), carries: { library: '*' } },
  {
    route: route('POST', '/programmes'),
    target: 'none',
    body: ({ unique }) => ({ name: `Matrix ${unique}`, status: 'open' }),
    expect: hrOnly(201),
    carries: { library: '*' },
  },
  {
    route: route('GET', '/programmes/:programmeId'),
    target: 'none',
    params: programmeParams,
    expect: signedIn(200),
    carries: { library: '*' },
  },
  {
    route: route('PATCH', '/programmes/:programmeId'),
    target: 'none',
    params: programmeParams,
    body: () => ({ version: 1, description: 'Changed by the matrix' }),
    expect: hrOnly(200),
    carries: { library: '*' },
  },
  // Profiles: the caller's own.
  { route: route('GET', '/profiles'), target: 'none', expect: signedIn(200), carries: { development: '*' } },
  {
    route: route('PUT', '/programmes/:programmeId/profiles/:role'),
    target: 'none',
    params: async (ctx) => ({ programmeId: await programmeIn(ctx), role: 'mentee' }),
    body: () => ({ goalsText: 'Grow as a facilitator', languages: ['en'] }),
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: route('POST', '/profiles/:profileId/gaps'),
    target: 'person',
    params: async (ctx) => ({
      profileId: await profileOf(ctx, await programmeIn(ctx), ctx.personId, 'mentee'),
    }),
    body: () => ({ version: 1, consent: true }),
    expect: ownOnly(200),
    carries: { development: 'own' },
  },
  {
    route: route('GET', '/programmes/:programmeId/suggestions'),
    target: 'person',
    params: async (ctx) => {
      const programmeId = await programmeIn(ctx);
      await profileOf(ctx, programmeId, ctx.personId, 'mentee');
      await profileOf(ctx, programmeId, await personIn(ctx), 'mentor');
      return { programmeId };
    },
    // Suggestions are the caller's own: others have no mentee profile there (404).
    expect: ownOnly(200),
    carries: { development: 'own', library: 'own' },
  },
  {
    route: route('POST', '/programmes/:programmeId/requests'),
    target: 'person',
    params: async (ctx) => {
      const programmeId = await programmeIn(ctx);
      const mentorId = await personIn(ctx);
      await profileOf(ctx, programmeId, ctx.personId, 'mentee');
      await profileOf(ctx, programmeId, mentorId, 'mentor');
      madeFor.set(ctx.unique, { mentorId });
      return { programmeId };
    },
    body: ({ unique }) => ({ mentorId: madeFor.get(unique)?.mentorId }),
    // The programme is open to all; only the mentee of the profile may ask (others have none: 409).
    expect: askers,
    carries: { development: 'own', library: 'own' },
  },
  // Running a programme: HR (and designated admins); others who may read the programme 403.
  {
    route: route('GET', '/programmes/:programmeId/participants'),
    target: 'none',
    params: programmeParams,
    expect: hrOnly(200),
    carries: { development: 'hr_admin' },
  },
  {
    route: route('GET', '/programmes/:programmeId/participation'),
    target: 'none',
    params: programmeParams,
    expect: hrOnly(200),
  },
  {
    route: route('GET', '/programmes/:programmeId/matches'),
    target: 'none',
    params: programmeParams,
    expect: hrOnly(200),
    carries: { development: 'hr_admin', library: 'hr_admin' },
  },
  {
    route: route('POST', '/programmes/:programmeId/matches'),
    target: 'none',
    params: async (ctx) => {
      const programmeId = await programmeIn(ctx, { matchingMode: 'mentee_ranks_admin_decides' });
      const menteeId = await personIn(ctx);
      const mentorId = await personIn(ctx);
      await profileOf(ctx, programmeId, menteeId, 'mentee');
      await profileOf(ctx, programmeId, mentorId, 'mentor');
      madeFor.set(ctx.unique, { menteeId, mentorId });
      return { programmeId };
    },
    body: ({ unique }) => madeFor.get(unique),
    expect: hrOnly(201),
    carries: { development: 'hr_admin', library: 'hr_admin' },
  },
  {
    route: route('GET', '/programmes/:programmeId/choices'),
    target: 'none',
    params: programmeParams,
    expect: hrOnly(200),
    carries: { development: 'hr_admin' },
  },
  {
    route: route('GET', '/programmes/:programmeId/drafts/pending'),
    target: 'none',
    params: async (ctx) => ({ programmeId: (await draftOf(ctx)).programmeId }),
    expect: hrOnly(200),
    carries: { development: 'hr_admin' },
  },
  {
    route: route('POST', '/programmes/:programmeId/drafts'),
    target: 'none',
    params: async (ctx) => ({ programmeId: await programmeIn(ctx, { matchingMode: 'whole_pool' }) }),
    expect: hrOnly(201),
    carries: { development: 'hr_admin' },
  },
  {
    route: route('POST', '/drafts/:draftId/entries/:entryId/removal'),
    target: 'none',
    params: async (ctx) => {
      const { draftId, entryId } = await draftOf(ctx);
      return { draftId, entryId };
    },
    body: () => ({ version: 1 }),
    expect: hrOnly(200),
    carries: { development: 'hr_admin' },
  },
  {
    route: route('POST', '/drafts/:draftId/publication'),
    target: 'none',
    params: async (ctx) => ({ draftId: (await draftOf(ctx)).draftId }),
    body: () => ({ version: 1 }),
    expect: hrOnly(200),
    carries: { development: 'hr_admin' },
  },
  // Matches: the pair; the mentee's direct manager while shared; HR and programme admins.
  {
    route: route('GET', '/matches'),
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*', library: '*' },
  },
  {
    route: route('GET', '/people/:personId/matches'),
    target: 'person',
    params: matchParams('active'),
    expect: matchExpect(200, 200, 404),
    carries: { development: ['own', 'manager:report'], library: ['own', 'manager:report'] },
  },
  {
    route: route('GET', '/matches/:matchId'),
    target: 'person',
    params: matchParams('active'),
    expect: matchExpect(200, 200, 200),
    carries: pairAndRunners,
  },
  {
    route: route('POST', '/matches/:matchId/response'),
    target: 'person',
    params: matchParams('proposed'),
    body: () => ({ version: 1, accept: true }),
    // Only the mentor answers: the mentee, the manager and HR read it but may not (403).
    expect: matchExpect(403, 403, 403),
  },
  {
    route: route('PUT', '/matches/:matchId/agreement'),
    target: 'person',
    params: matchParams('accepted'),
    body: () => ({
      version: 1,
      goals: 'Practise facilitation',
      cadence: 'monthly',
      confidentiality: 'What we discuss stays between us.',
      endDate: '2099-06-30',
    }),
    expect: matchExpect(403, 403, 403),
  },
  {
    route: route('POST', '/matches/:matchId/agreement/confirmation'),
    target: 'person',
    params: matchParams('accepted'),
    body: () => ({ version: 1 }),
    expect: matchExpect(200, 403, 403),
    carries: pairAndRunners,
  },
  {
    route: route('POST', '/matches/:matchId/sharing'),
    target: 'person',
    params: matchParams('active'),
    body: () => ({ version: 1, sharedWithManager: true }),
    expect: matchExpect(200, 403, 403),
    carries: pairAndRunners,
  },
  {
    route: route('POST', '/matches/:matchId/closure'),
    target: 'person',
    params: matchParams('active'),
    body: () => ({ version: 1, reason: 'We reached the goals' }),
    // The pair and programme admins close; the manager reads it but may not.
    expect: matchExpect(200, 403, 200),
    carries: pairAndRunners,
  },
  {
    route: route('POST', '/matches/:matchId/feedback'),
    target: 'person',
    params: matchParams('closed', { menteeFeedback: '', closedAt: new Date(), closedBy: 'mentee' }),
    body: () => ({ version: 1, rating: 4, comment: 'Very helpful' }),
    expect: matchExpect(200, 403, 403),
    carries: pairAndRunners,
  },
  // Sessions and their notes: the pair alone (the manager and admins get 404).
  {
    route: route('GET', '/matches/:matchId/sessions'),
    target: 'person',
    params: async (ctx) => ({ matchId: (await sessionOf(ctx)).matchId }),
    expect: ownOnly(200),
    carries: { development: 'own' },
  },
  {
    route: route('POST', '/matches/:matchId/sessions'),
    target: 'person',
    params: matchParams('active'),
    body: () => ({ startsAt: '2026-05-04T09:00:00Z', durationMinutes: 45, topic: 'Stakeholder maps' }),
    expect: matchExpect(201, 403, 403),
    carries: { development: 'own' },
  },
  {
    route: route('GET', '/matches/:matchId/sessions/:sessionId/session.ics'),
    target: 'person',
    params: sessionOf,
    expect: ownOnly(200),
    carries: { development: 'own' },
  },
];
