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
import { certifications, learningEnrolments, learningItems } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

async function itemIn({ db, organizationId }: ParamsContext) {
  const [row] = await db
    .insert(learningItems)
    .values({
      organizationId,
      title: `Matrix course ${randomUUID()}`,
      kind: 'course',
      skills: ['Matrix skill'],
    })
    .returning({ id: learningItems.id });
  return { itemId: row!.id };
}

/** An enrolment of the target person, shared with their manager (so only ownership decides). */
async function enrolmentOfTarget(ctx: ParamsContext) {
  const { itemId } = await itemIn(ctx);
  const [row] = await ctx.db
    .insert(learningEnrolments)
    .values({ organizationId: ctx.organizationId, personId: ctx.personId, itemId, sharedWithManager: true })
    .returning({ id: learningEnrolments.id });
  return { enrolmentId: row!.id };
}

async function certificationOfTarget(ctx: ParamsContext) {
  const [row] = await ctx.db
    .insert(certifications)
    .values({
      organizationId: ctx.organizationId,
      personId: ctx.personId,
      name: 'Matrix certificate',
      issuedOn: '2025-01-01',
      sharedWithManager: true,
    })
    .returning({ id: certifications.id });
  return { certificationId: row!.id };
}

/**
 * The person's own learning record (shared with their manager): only they change it; the direct
 * manager, who may read it, is refused (403); to everyone else it does not exist.
 */
const ownerOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 403, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/**
 * Lists of a person's learning: the person, and their direct manager (shared items only, S1.4); a
 * skip-level manager inherits nothing. HR: 404.
 */
const personAndManagers = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 404, 404, 404),
  hr_admin: rel(200, 'n/a', 404, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/**
 * The catalogue is the organisation's library, read by everyone and kept by HR. A person's
 * enrolments and certifications reach the person and the direct manager they share them with.
 */
const catalogueRead: Carries = { library: '*' };
const catalogueKept: Carries = { library: 'hr_admin' };
const learningRead: Carries = { library: '*', development: ['own', 'manager:report'] };
const ownLearning: Carries = { library: '*', development: 'own' };

const itemBody = (unique: string) => ({
  title: `Course ${unique}`,
  kind: 'course',
  url: 'https://example.com/c',
});

export const learningRows: MatrixRow[] = [
  {
    route: 'GET /api/growth/learning/items',
    target: 'none',
    query: '?search=course',
    expect: signedIn(200),
    carries: catalogueRead,
  },
  {
    route: 'POST /api/growth/learning/items',
    target: 'none',
    body: ({ unique }) => itemBody(unique),
    expect: onlyRoles(['hr_admin'], 201),
    carries: catalogueKept,
  },
  {
    route: 'GET /api/growth/learning/items/:itemId',
    target: 'none',
    params: itemIn,
    expect: signedIn(200),
    carries: catalogueRead,
  },
  {
    route: 'PUT /api/growth/learning/items/:itemId',
    target: 'none',
    params: itemIn,
    body: ({ unique }) => ({ ...itemBody(unique), status: 'active', version: 1 }),
    expect: onlyRoles(['hr_admin'], 200),
    carries: catalogueKept,
  },
  {
    route: 'POST /api/growth/learning/items/:itemId/enrol',
    target: 'none',
    params: itemIn,
    expect: signedIn(201),
    // The caller's own new enrolment.
    carries: { library: '*', development: '*' },
  },
  {
    route: 'GET /api/growth/learning/people/:personId/enrolments',
    target: 'person',
    params: async (ctx) => {
      await enrolmentOfTarget(ctx);
      return {};
    },
    expect: personAndManagers,
    carries: learningRead,
  },
  {
    route: 'PUT /api/growth/learning/enrolments/:enrolmentId',
    target: 'person',
    params: enrolmentOfTarget,
    body: () => ({ status: 'completed', completedOn: '2025-06-01', sharedWithManager: false, version: 1 }),
    expect: ownerOnly(200),
    carries: ownLearning,
  },
  {
    route: 'POST /api/growth/learning/enrolments/:enrolmentId/withdraw',
    target: 'person',
    params: enrolmentOfTarget,
    body: () => ({ version: 1 }),
    expect: ownerOnly(204),
  },
  {
    route: 'GET /api/growth/learning/people/:personId/certifications',
    target: 'person',
    params: async (ctx) => {
      await certificationOfTarget(ctx);
      return {};
    },
    expect: personAndManagers,
    carries: learningRead,
  },
  {
    route: 'POST /api/growth/learning/certifications',
    target: 'none',
    body: () => ({ certificationName: 'Matrix cert', issuedOn: '2025-01-01', expiresOn: '2027-01-01' }),
    expect: signedIn(201),
    carries: { development: '*' },
  },
  {
    route: 'PUT /api/growth/learning/certifications/:certificationId',
    target: 'person',
    params: certificationOfTarget,
    body: () => ({
      certificationName: 'Renewed',
      issuedOn: '2025-01-01',
      sharedWithManager: false,
      version: 1,
    }),
    expect: ownerOnly(200),
    carries: ownLearning,
  },
  {
    route: 'POST /api/growth/learning/certifications/:certificationId/remove',
    target: 'person',
    params: certificationOfTarget,
    body: () => ({ version: 1 }),
    expect: ownerOnly(204),
  },
];
