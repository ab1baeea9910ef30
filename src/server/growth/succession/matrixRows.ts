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
import { keyPositions, successionCandidates } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * A critical key position held by the target person, with a reason for its vacancy risk and one
 * successor (a new person of the organisation, so no matrix role is ever named on it but the target).
 */
async function heldPosition({ db, organizationId, personId, unique }: ParamsContext) {
  const [row] = await db
    .insert(keyPositions)
    .values({
      organizationId,
      title: 'Matrix key position',
      incumbentId: personId,
      criticality: 'critical',
      vacancyRisk: 'high',
      vacancyReason: 'Matrix vacancy reason',
    })
    .returning({ id: keyPositions.id });
  const [successor] = await db
    .insert(people)
    .values({
      organizationId,
      email: `successor-${unique}@matrix.test`,
      givenName: 'Matrix',
      familyName: 'Successor',
      hireDate: '2020-01-01',
    })
    .returning({ id: people.id });
  await db.insert(successionCandidates).values({
    organizationId,
    positionId: row!.id,
    personId: successor!.id,
    readiness: 'ready_now',
    rank: 1,
    successorNote: 'Matrix development needs',
  });
  return { positionId: row!.id };
}

/**
 * HR admins read and change plans — never one that names them (own: the HR admin holds the role);
 * nobody else is designated in the matrix cast, so everyone else is told nothing (404).
 */
const hrOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(404, 'n/a', 404, 404),
  manager: rel(404, 404, 404, 404),
  skip_level: rel(404, 404, 404, 404),
  hr_admin: rel(404, ok, ok, 404),
  approver: rel(404, 'n/a', 404, 404),
  coach: rel(404, 'n/a', 404, 404),
  org_admin: rel(404, 'n/a', 404, 404),
});

/** A plan's talent data reaches HR admins (and designated reviewers, who are no matrix role). */
const toHr: Carries = { talent: 'hr_admin' };

/** Authorization-matrix rows for every succession route. */
export const successionRows: MatrixRow[] = [
  {
    route: 'GET /api/growth/succession/positions',
    target: 'none',
    expect: signedIn(200),
    carries: toHr,
  },
  {
    route: 'POST /api/growth/succession/positions',
    target: 'none',
    body: (ctx) => ({ title: `Matrix head of ${ctx.unique}`, criticality: 'high', vacancyRisk: 'medium' }),
    expect: onlyRoles(['hr_admin'], 201),
    carries: toHr,
  },
  {
    route: 'GET /api/growth/succession/positions/:positionId',
    target: 'person',
    params: heldPosition,
    expect: hrOnly(200),
    carries: toHr,
  },
  {
    route: 'PATCH /api/growth/succession/positions/:positionId',
    target: 'person',
    params: heldPosition,
    body: () => ({ version: 1, vacancyRisk: 'medium' }),
    expect: hrOnly(200),
    carries: toHr,
  },
  {
    route: 'PUT /api/growth/succession/positions/:positionId/slate',
    target: 'person',
    params: heldPosition,
    body: () => ({ version: 1, successors: [] }),
    expect: hrOnly(200),
    carries: toHr,
  },
  {
    route: 'DELETE /api/growth/succession/positions/:positionId',
    target: 'person',
    params: heldPosition,
    expect: hrOnly(204),
  },
  {
    route: 'GET /api/growth/succession/bench',
    target: 'none',
    expect: onlyRoles(['hr_admin'], 200, 404),
    carries: toHr,
  },
];
