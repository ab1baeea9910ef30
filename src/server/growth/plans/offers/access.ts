import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors/appError';
import { defineAccess } from '../../../platform/policy/access';
import { developmentOffers } from './tables';

export type OfferRow = typeof developmentOffers.$inferSelect;

export async function findOffer(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(developmentOffers)
    .where(and(eq(developmentOffers.id, id), eq(developmentOffers.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/**
 * A development offer is its employee's record (class `development`): only they read and answer it
 * here; whoever made it sees it on the talent card it came from. An answered offer refuses a second
 * answer with 409 `invalid_state`.
 */
export function offerPolicy(actor: Actor, row: { personId: string; state: string }) {
  const owner = actor.personId !== null && actor.personId === row.personId;
  return { read: owner, respond: owner && row.state === 'open', logAccess: false };
}

export const offerAccess = defineAccess({
  name: 'Development offer',
  dataClass: 'development',
  resource: 'development offer',
  load: findOffer,
  subjectOf: (row) => row.personId,
  policy: (actor: Actor, row: OfferRow) => offerPolicy(actor, row),
  version: (row) => row.version,
  refusal: (_action, _policy, row) =>
    row.state !== 'open' ? new AppError('invalid_state', issue('offerAnswered')) : undefined,
});
