import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { defaultLevelNames, getScale } from './queries';
import { careerLevels, careerTracks, competencies, competencyAssessments } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** Values a params hook prepares for the body of the same case (bodies only see `unique`). */
const stash = new Map<string, Record<string, unknown>>();

const behaviours = ['Starts with help', 'Works alone', 'Helps others', 'Shapes the field'];

async function competencyIn({ db, organizationId }: ParamsContext) {
  const scale = await getScale(db, organizationId);
  const [row] = await db
    .insert(competencies)
    .values({
      organizationId,
      name: `Matrix competency ${randomUUID()}`,
      behaviours: scale.levelNames.map((_, i) => behaviours[i] ?? `Level ${i + 1}`),
    })
    .returning({ id: competencies.id });
  return { competencyId: row!.id };
}

async function trackIn({ db, organizationId }: ParamsContext) {
  const [trackRow] = await db
    .insert(careerTracks)
    .values({ organizationId, name: `Matrix track ${randomUUID()}` })
    .returning({ id: careerTracks.id });
  const [level] = await db
    .insert(careerLevels)
    .values({ organizationId, trackId: trackRow!.id, position: 0, name: 'Matrix level' })
    .returning({ id: careerLevels.id });
  return { trackId: trackRow!.id, levelId: level!.id };
}

/**
 * The target's own assessment of a new competency, shared with their manager: the widest it can be
 * read, so the body scan shows who reaches assessment content.
 */
async function assessedTarget(ctx: ParamsContext) {
  const { competencyId } = await competencyIn(ctx);
  await ctx.db.insert(competencyAssessments).values({
    organizationId: ctx.organizationId,
    personId: ctx.personId,
    competencyId,
    author: 'self',
    authorPersonId: ctx.personId,
    assessedLevel: 2,
    evidence: 'Matrix evidence',
    sharedWithManager: true,
  });
  return {};
}

/**
 * The organisation's library (competencies, scale, tracks and levels) is read by everyone; HR
 * keeps it. A person's assessments reach the person and the direct manager they share them with.
 */
const libraryRead: Carries = { library: '*' };
const libraryKept: Carries = { library: 'hr_admin' };
const pathRead: Carries = { library: '*', development: ['own', 'manager:report'] };

/** Only the person themselves; everyone else who may see the path is refused (403), others 404. */
const selfOnlyWrite = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 403, 404, 404),
  skip_level: rel(200, 403, 404, 404),
  hr_admin: rel(200, 'n/a', 403, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

export const pathsRows: MatrixRow[] = [
  { route: 'GET /api/growth/paths/scale', target: 'none', expect: signedIn(200), carries: libraryRead },
  {
    route: 'PUT /api/growth/paths/scale',
    target: 'none',
    params: async (ctx) => {
      stash.set(ctx.unique, { version: (await getScale(ctx.db, ctx.organizationId)).version });
      return {};
    },
    body: ({ unique }) => ({ levelNames: defaultLevelNames, version: stash.get(unique)?.version ?? 0 }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: libraryKept,
  },
  {
    route: 'GET /api/growth/paths/competencies',
    target: 'none',
    expect: signedIn(200),
    carries: libraryRead,
  },
  {
    route: 'POST /api/growth/paths/competencies',
    target: 'none',
    body: ({ unique }) => ({ name: `Competency ${unique}`, behaviours }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: libraryKept,
  },
  {
    route: 'GET /api/growth/paths/competencies/:competencyId',
    target: 'none',
    params: competencyIn,
    expect: signedIn(200),
    carries: libraryRead,
  },
  {
    route: 'PUT /api/growth/paths/competencies/:competencyId',
    target: 'none',
    params: competencyIn,
    body: ({ unique }) => ({ name: `Edited ${unique}`, behaviours, status: 'retired', version: 1 }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: libraryKept,
  },
  {
    route: 'POST /api/growth/paths/competencies/:competencyId/remove',
    target: 'none',
    params: competencyIn,
    body: () => ({ version: 1 }),
    expect: onlyRoles(['hr_admin'], 204),
  },
  { route: 'GET /api/growth/paths/tracks', target: 'none', expect: signedIn(200), carries: libraryRead },
  {
    route: 'POST /api/growth/paths/tracks',
    target: 'none',
    body: ({ unique }) => ({ name: `Track ${unique}` }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: libraryKept,
  },
  {
    route: 'GET /api/growth/paths/tracks/:trackId',
    target: 'none',
    params: trackIn,
    expect: signedIn(200),
    carries: libraryRead,
  },
  {
    route: 'PUT /api/growth/paths/tracks/:trackId',
    target: 'none',
    params: trackIn,
    body: ({ unique }) => ({
      name: `Track ${unique}`,
      status: 'active',
      version: 1,
      levels: [{ name: 'One' }],
    }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: libraryKept,
  },
  {
    // The path: the person, their managers (shared items only) and HR (position only).
    route: 'GET /api/growth/paths/people/:personId',
    target: 'person',
    params: assessedTarget,
    // Assessment content: the person and the direct manager it is shared with; never HR.
    carries: pathRead,
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 404, 404),
      manager: rel(200, 200, 404, 404),
      skip_level: rel(200, 200, 404, 404),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(200, 'n/a', 404, 404),
      coach: rel(200, 'n/a', 404, 404),
      org_admin: rel(200, 'n/a', 404, 404),
    },
  },
  {
    // HR or the person's managers place them; the person reads but does not set their own level.
    route: 'PUT /api/growth/paths/people/:personId/position',
    target: 'person',
    fresh: true,
    params: async (ctx) => {
      const ids = await trackIn(ctx);
      stash.set(ctx.unique, ids);
      return {};
    },
    body: ({ unique }) => ({ ...stash.get(unique), version: null }),
    // The answer is the person's path: whoever places them sees the library, not the assessments.
    carries: pathRead,
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 200, 404, 404),
      skip_level: rel(403, 200, 404, 404),
      hr_admin: rel(200, 'n/a', 200, 404),
      approver: rel(403, 'n/a', 404, 404),
      coach: rel(403, 'n/a', 404, 404),
      org_admin: rel(403, 'n/a', 404, 404),
    },
  },
  {
    route: 'PUT /api/growth/paths/people/:personId/assessments/:competencyId/self',
    target: 'person',
    params: competencyIn,
    body: () => ({
      assessedLevel: 2,
      assessmentEvidence: 'Matrix evidence',
      sharedWithManager: false,
      version: null,
    }),
    expect: selfOnlyWrite,
    carries: pathRead,
  },
  {
    // Only the direct manager writes the developmental assessment.
    route: 'PUT /api/growth/paths/people/:personId/assessments/:competencyId/manager',
    target: 'person',
    params: competencyIn,
    body: () => ({ assessedLevel: 2, assessmentEvidence: 'Matrix view', version: null }),
    carries: pathRead,
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 404, 404),
      manager: rel(403, 200, 404, 404),
      skip_level: rel(403, 403, 404, 404),
      hr_admin: rel(403, 'n/a', 403, 404),
      approver: rel(403, 'n/a', 404, 404),
      coach: rel(403, 'n/a', 404, 404),
      org_admin: rel(403, 'n/a', 404, 404),
    },
  },
  {
    route: 'POST /api/growth/paths/people/:personId/assessments/share',
    target: 'person',
    body: () => ({ sharedWithManager: true }),
    expect: selfOnlyWrite,
    carries: pathRead,
  },
  {
    // No gap for HR: it is made of assessments.
    route: 'GET /api/growth/paths/people/:personId/gap',
    target: 'person',
    carries: pathRead,
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 404, 404),
      manager: rel(200, 200, 404, 404),
      skip_level: rel(200, 200, 404, 404),
      hr_admin: rel(200, 'n/a', 404, 404),
      approver: rel(200, 'n/a', 404, 404),
      coach: rel(200, 'n/a', 404, 404),
      org_admin: rel(200, 'n/a', 404, 404),
    },
  },
];
