import type { Db } from '../../../platform/db/client';
import { type MatrixContext, type MatrixRow, rel, signedIn } from '../../../platform/policy/matrix/types';
import { developmentGoals, developmentPlans } from '../tables';
import { uuidFrom } from '../testing';
import { developmentOffers } from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

const goalIdFrom = (unique: string) =>
  `${unique.slice(0, 8)}-${unique.slice(8, 12)}-4000-8000-1111${unique.slice(12, 16)}0000`;

/** An open offer to the target person, and a plan of theirs (ids the body can compute) to accept it into. */
async function offerToTarget({ db, organizationId, personId, unique }: ParamsContext) {
  await db.insert(developmentPlans).values({
    id: uuidFrom(unique),
    organizationId,
    ownerId: personId,
    title: 'Matrix plan',
    status: 'active',
  });
  await db
    .insert(developmentGoals)
    .values({ id: goalIdFrom(unique), organizationId, planId: uuidFrom(unique), title: 'Matrix goal' });
  const [offer] = await db
    .insert(developmentOffers)
    .values({
      organizationId,
      personId,
      kind: 'programme',
      title: 'Leadership programme',
      offerText: 'Matrix offer text',
    })
    .returning({ id: developmentOffers.id });
  return { offerId: offer!.id };
}

/** Only the person an offer is for reads or answers it; anyone else 404, whatever their role. */
const ownerOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

export const offersRows: MatrixRow[] = [
  {
    route: 'GET /api/growth/plans/offers',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'POST /api/growth/plans/offers/:offerId/accept',
    target: 'person',
    params: offerToTarget,
    body: ({ unique }) => ({ version: 1, planId: uuidFrom(unique), goalId: goalIdFrom(unique) }),
    expect: ownerOnly(200),
    carries: { development: 'own' },
  },
  {
    route: 'POST /api/growth/plans/offers/:offerId/decline',
    target: 'person',
    params: offerToTarget,
    body: () => ({ version: 1 }),
    expect: ownerOnly(200),
    carries: { development: 'own' },
  },
];
