import type { PersonPay } from '../../../../contracts/compensation/payData';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { payAccess } from './access';
import { placeInBand } from './placement';
import { presentPayRecord } from './present';
import { bandAsOf, payAsOf, payHistory } from './queries';

/**
 * A person's pay as the caller may see it: 404 unless the pay policy lets them read it (the read is
 * logged for the person when it is someone else's), the record in effect on the organisation's
 * today, its band placement when the caller may see placement, and one page of the history. The
 * person's own read leaves out the pay records of a cycle whose visibility date is still ahead.
 */
export async function readPersonPay(
  db: Db,
  options: { actor: Actor; personId: string; limit: number; cursor?: string },
): Promise<PersonPay> {
  const { actor, personId } = options;
  const { row: subject, policy } = await payAccess.readFor(db, actor, personId);
  const { organizationId } = actor;
  const asOf = await actorToday(db, actor);
  // The employee sees nothing of a compensation cycle before its visibility date; others read all.
  const visibleOn = actor.personId === personId ? asOf : undefined;
  const [current, history] = [
    await payAsOf(db, { organizationId, personId, asOf, visibleOn }),
    await payHistory(db, {
      organizationId,
      personId,
      limit: options.limit,
      cursor: options.cursor,
      visibleOn,
    }),
  ];
  let placement: PersonPay['placement'] = null;
  if (policy.seePlacement && current) {
    // A person's band: the family and zone of their current pay record, the level they hold now.
    const band = subject.levelId
      ? await bandAsOf(db, {
          organizationId,
          jobFamily: current.jobFamily,
          levelId: subject.levelId,
          payZone: current.payZone,
          asOf,
        })
      : null;
    placement = placeInBand(current, band);
  }
  return {
    personId,
    asOf,
    current: current ? presentPayRecord(current) : null,
    placement,
    items: history.rows.map((row) => presentPayRecord(row, row.superseded)),
    nextCursor: history.nextCursor,
    abilities: { addRecord: policy.addRecord, seePlacement: policy.seePlacement },
  };
}
