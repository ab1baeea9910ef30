import { z } from 'zod';
import { uuidParam } from '../../../../contracts/common';
import {
  acceptOfferRequest,
  declineOfferRequest,
  developmentOffer,
  developmentOfferListQuery,
  developmentOfferPage,
} from '../../../../contracts/developmentOffers';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { type RouteModule, requireActor } from '../../../platform/http/types';
import { offerAccess } from './access';
import { acceptOffer, declineOffer } from './commands';
import { presentOffer } from './present';
import { listOwnOffers } from './queries';

const tags = ['plans'];
const params = z.object({ offerId: uuidParam });

/** The caller's offer as they see it (the guard 404s anyone else's). */
async function presentOne(db: Db, actor: Actor, id: string) {
  await offerAccess.readFor(db, actor, id);
  const { rows, labels } = await listOwnOffers(db, {
    organizationId: actor.organizationId,
    personId: actor.personId ?? '',
    page: 1,
    pageSize: 100,
  });
  const found = rows.find((r) => r.offer.id === id)!;
  return presentOffer(
    found.offer,
    { given: found.offeredByGiven, family: found.offeredByFamily },
    (found.offer.sourceSessionId && labels.get(found.offer.sourceSessionId)) || null,
  );
}

/** Development offers on the employee's plans page: read, accept (into a plan) or decline. */
export const offersRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/growth/plans/offers',
    {
      schema: {
        tags,
        summary: 'Development opportunities offered to me, newest first',
        querystring: developmentOfferListQuery,
        response: { 200: developmentOfferPage },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, state } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      const { rows, labels, total } = await listOwnOffers(db, {
        organizationId: actor.organizationId,
        personId: actor.personId,
        state,
        page,
        pageSize,
      });
      const items = rows.map((r) =>
        presentOffer(
          r.offer,
          { given: r.offeredByGiven, family: r.offeredByFamily },
          (r.offer.sourceSessionId && labels.get(r.offer.sourceSessionId)) || null,
        ),
      );
      return { items, page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/plans/offers/:offerId/accept',
    {
      schema: {
        tags,
        summary: 'Accept an offer: it becomes an action under a goal of one of my plans',
        params,
        body: acceptOfferRequest,
        response: { 200: developmentOffer },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await acceptOffer(db, actor, request.params.offerId, request.body);
      return presentOne(db, actor, request.params.offerId);
    },
  );

  app.post(
    '/api/growth/plans/offers/:offerId/decline',
    {
      schema: {
        tags,
        summary: 'Decline an offer',
        params,
        body: declineOfferRequest,
        response: { 200: developmentOffer },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await declineOffer(db, actor, request.params.offerId, request.body);
      return presentOne(db, actor, request.params.offerId);
    },
  );
};
