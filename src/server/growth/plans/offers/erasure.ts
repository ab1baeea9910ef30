import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../../platform/erasure/helpers';
import { retentionRules } from '../../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../../platform/erasure/types';

/** Development offers: the person's own deleted; offers they made to others keep no link to them. */
export const offersEraser: PersonalDataEraser = {
  domain: 'development offers',
  operations: (s) => [
    {
      table: 'development_offers',
      kind: 'Development opportunities offered to them',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['development_offers.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'development_offers',
      kind: 'Offers they made to others',
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another person's offer: kept; the link to the erased person is removed",
      covers: ['development_offers.offered_by'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'offered_by')} AND person_id <> ${s.personId}`,
      set: sql`offered_by = NULL`,
    },
  ],
};
