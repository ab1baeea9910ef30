import { sql } from 'drizzle-orm';
import { type MatrixRow, rel, signedIn } from '../policy/matrix/types';
import { notify } from './notify';
import { notifications } from './tables';

/**
 * A notification addressed to the case's target person: only that person may touch it. Everyone
 * else — their manager, HR, an org admin, another organisation — gets 404, as if it did not exist.
 */
const onlyTheRecipient = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 404, 404, 404),
  skip_level: rel(200, 404, 404, 404),
  hr_admin: rel(200, 'n/a', 404, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 404, 404),
};

/** Authorization-matrix rows for every route of this area (SPEC S1; checked by the matrix test). */
export const notificationsRows: MatrixRow[] = [
  // The inbox routes take no person: each answers for the caller alone (API tests check the content).
  { route: 'GET /api/notifications', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/notifications/unread-count', target: 'none', expect: signedIn(200) },
  { route: 'POST /api/notifications/read-all', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/notifications/settings', target: 'none', expect: signedIn(200) },
  {
    route: 'PUT /api/notifications/settings',
    target: 'none',
    body: () => ({ dailyDigest: true }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/notifications/:notificationId/read',
    target: 'person',
    params: async ({ db, organizationId, personId, unique }) => {
      await notify(db, [
        { organizationId, recipientId: personId, kind: 'calibration.assigned', params: { session: unique } },
      ]);
      const [created] = await db
        .select({ id: notifications.id })
        .from(notifications)
        .where(sql`${notifications.params}->>'session' = ${unique}`);
      return { notificationId: created!.id };
    },
    expect: onlyTheRecipient,
  },
];
