import { erasureRequests } from '../../platform/erasure/tables';
import { type MatrixRow, onlyRoles, rel, signedIn } from '../../platform/policy/matrix/types';
import { people } from '../tables';

const request = () => ({ reference: 'ERASE-1', reason: 'Written request to erase all data.' });

/**
 * An open erasure request about a person who has left, made by nobody in the cast (its requester's
 * account is gone), so any HR admin of the cast is the second pair of eyes.
 */
async function openRequest({ db, organizationId, unique }: Parameters<NonNullable<MatrixRow['params']>>[0]) {
  const [person] = await db
    .insert(people)
    .values({
      organizationId,
      email: `left-${unique}@example.test`,
      givenName: 'Left',
      familyName: unique,
      hireDate: '2020-01-01',
      status: 'terminated',
      terminatedOn: '2026-01-31',
    })
    .returning({ id: people.id });
  const [created] = await db
    .insert(erasureRequests)
    .values({ organizationId, personId: person!.id, reference: unique, reason: 'Matrix case' })
    .returning({ id: erasureRequests.id });
  return { requestId: created!.id };
}

/**
 * Erasure (SPEC S2 "Data rights"): HR admins only, never about themselves (403), nobody outside
 * the organisation (404). The cast's people still work here, so a request about them is refused
 * with what to do first (409); the decisions run on a request made for the case.
 */
export const erasureRows: MatrixRow[] = [
  {
    route: 'GET /api/people/:personId/erasure-plan',
    target: 'person',
    expect: { ...signedIn(403), hr_admin: rel(403, 200, 200, 404) },
  },
  {
    route: 'POST /api/people/:personId/erasure-requests',
    target: 'person',
    body: request,
    expect: { ...signedIn(403), hr_admin: rel(403, 409, 409, 404) },
  },
  { route: 'GET /api/erasure-requests', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  ...(['approve', 'reject', 'cancel'] as const).map(
    (decision): MatrixRow => ({
      route: `POST /api/erasure-requests/:requestId/${decision}`,
      target: 'none',
      params: openRequest,
      expect: onlyRoles(['hr_admin'], 200),
    }),
  ),
];
