import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { aspirations } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** An aspiration of the target person, shared with their manager (the widest it can be read). */
async function sharedAspiration({ db, organizationId, personId }: ParamsContext) {
  const [row] = await db
    .insert(aspirations)
    .values({
      organizationId,
      ownerId: personId,
      kind: 'target_role',
      horizon: 'two_three_years',
      aspirationText: 'Matrix aspiration',
      sharedWithManager: true,
      sharedAt: new Date(),
    })
    .returning({ id: aspirations.id });
  return { aspirationId: row!.id };
}

/** The owner reads everything, the direct manager what is shared; anyone else 404 (not forbidden). */
const ownerAndManager = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 404, 404, 404),
  hr_admin: rel(200, 'n/a', 404, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/** Only the owner changes an item; the manager who may read it gets 403, everyone else 404. */
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

/** The aspiration's text reaches its owner, and the direct manager it is shared with (S1.4). */
const ownerAndManagerRead: Carries = { development: ['own', 'manager:report'] };

/** Authorization-matrix rows for every route of this part. */
export const aspirationsRows: MatrixRow[] = [
  // The caller's own aspirations.
  {
    route: 'GET /api/growth/aspirations',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'POST /api/growth/aspirations',
    target: 'none',
    body: () => ({ kind: 'motivator', aspirationText: 'Solving hard problems with a small team' }),
    expect: signedIn(201),
    carries: { development: '*' },
  },
  {
    route: 'GET /api/growth/aspirations/people/:personId',
    target: 'person',
    expect: ownerAndManager,
    carries: ownerAndManagerRead,
  },
  {
    route: 'GET /api/growth/aspirations/:aspirationId',
    target: 'person',
    params: sharedAspiration,
    expect: ownerAndManager,
    carries: ownerAndManagerRead,
  },
  {
    route: 'PATCH /api/growth/aspirations/:aspirationId',
    target: 'person',
    params: sharedAspiration,
    body: () => ({ version: 1, aspirationText: 'Lead a platform team' }),
    expect: ownerOnly(200),
    carries: { development: 'own' },
  },
  {
    route: 'POST /api/growth/aspirations/:aspirationId/sharing',
    target: 'person',
    params: sharedAspiration,
    body: () => ({ version: 1, sharedWithManager: false }),
    expect: ownerOnly(200),
    carries: { development: 'own' },
  },
  {
    route: 'DELETE /api/growth/aspirations/:aspirationId',
    target: 'person',
    params: sharedAspiration,
    expect: ownerOnly(204),
  },
];
