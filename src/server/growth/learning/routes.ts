import { z } from 'zod';
import { pageOf, pageQuery, uuidParam } from '../../../contracts/common';
import {
  certification,
  certificationInput,
  enrolment,
  enrolmentListQuery,
  learningItem,
  learningItemInput,
  learningItemQuery,
  updateCertificationRequest,
  updateEnrolmentRequest,
  updateLearningItemRequest,
  versionBody,
} from '../../../contracts/learning';
import type { Actor } from '../../platform/auth/actor';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { certificationAccess, certificationListAccess, enrolmentAccess, enrolmentListAccess } from './access';
import { createLearningItem, updateLearningItem } from './commands/catalogue';
import { addCertification, removeCertification, updateCertification } from './commands/certifications';
import { enrolInLearningItem, updateEnrolment, withdrawEnrolment } from './commands/enrolments';
import { catalogueAbilities } from './policy';
import { presentCertification, presentEnrolment, presentLearningItems } from './present';
import { findLearningItem, listCertifications, listEnrolments, listLearningItems } from './queries';

const tags = ['learning'];

async function presentItem(db: Db, actor: Actor, itemId: string) {
  const row = await findLearningItem(db, actor.organizationId, itemId);
  // Retired items exist for HR only; for everyone else they have left the catalogue.
  if (!row || (row.status === 'retired' && !catalogueAbilities(actor).seeRetired))
    throw notFound('Learning item');
  const [item] = await presentLearningItems(db, actor, [row]);
  return item!;
}

/** An enrolment the caller may see (others 404); the manager's read of a shared one is logged. */
async function presentVisibleEnrolment(db: Db, actor: Actor, enrolmentId: string) {
  const { row, policy } = await enrolmentAccess.readFor(db, actor, enrolmentId);
  return presentEnrolment(row, policy.edit);
}

async function presentVisibleCertification(db: Db, actor: Actor, certificationId: string) {
  const { row, policy } = await certificationAccess.readFor(db, actor, certificationId);
  return presentCertification(row, policy.edit, await actorToday(db, actor));
}

export const learningRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;
  const itemParams = z.object({ itemId: uuidParam });
  const enrolmentParams = z.object({ enrolmentId: uuidParam });
  const certificationParams = z.object({ certificationId: uuidParam });
  const personParams = z.object({ personId: uuidParam });

  app.get(
    '/api/growth/learning/items',
    {
      schema: {
        tags,
        summary: 'The learning catalogue, by title; search matches title, provider and skills',
        querystring: learningItemQuery,
        response: { 200: pageOf(learningItem) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize, search, kind } = request.query;
      const status = catalogueAbilities(actor).seeRetired ? request.query.status : 'active';
      const { rows, total } = await listLearningItems(db, actor.organizationId, {
        search,
        kind,
        status,
        page,
        pageSize,
      });
      return { items: await presentLearningItems(db, actor, rows), page, pageSize, total };
    },
  );

  app.post(
    '/api/growth/learning/items',
    {
      schema: {
        tags,
        summary: 'Add a catalogue item (HR)',
        body: learningItemInput,
        response: { 201: learningItem },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await createLearningItem(db, actor, request.body);
      return reply.status(201).send(await presentItem(db, actor, id));
    },
  );

  app.get(
    '/api/growth/learning/items/:itemId',
    { schema: { tags, summary: 'One catalogue item', params: itemParams, response: { 200: learningItem } } },
    async (request) => presentItem(db, requireActor(request), request.params.itemId),
  );

  app.put(
    '/api/growth/learning/items/:itemId',
    {
      schema: {
        tags,
        summary: 'Edit or retire a catalogue item (HR, version-checked)',
        params: itemParams,
        body: updateLearningItemRequest,
        response: { 200: learningItem },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateLearningItem(db, actor, request.params.itemId, request.body);
      return presentItem(db, actor, request.params.itemId);
    },
  );

  app.post(
    '/api/growth/learning/items/:itemId/enrol',
    {
      schema: {
        tags,
        summary: 'Enrol myself in a catalogue item',
        params: itemParams,
        response: { 201: enrolment },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await enrolInLearningItem(db, actor, request.params.itemId);
      return reply.status(201).send(await presentVisibleEnrolment(db, actor, id));
    },
  );

  app.get(
    '/api/growth/learning/people/:personId/enrolments',
    {
      schema: {
        tags,
        summary: "A person's enrolments: all for themselves, only shared ones for their direct manager",
        params: personParams,
        querystring: enrolmentListQuery,
        response: { 200: pageOf(enrolment) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      // Not the person and not their direct manager: 404, as if they had no learning record at all.
      const { reach } = await enrolmentListAccess.reachFor(db, actor, personId);
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listEnrolments(db, actor.organizationId, personId, {
        sharedOnly: reach === 'shared',
        status,
        page,
        pageSize,
      });
      return { items: rows.map((row) => presentEnrolment(row, reach === 'all')), page, pageSize, total };
    },
  );

  app.put(
    '/api/growth/learning/enrolments/:enrolmentId',
    {
      schema: {
        tags,
        summary: 'Mark my enrolment complete, reopen it, or share it with my manager (version-checked)',
        params: enrolmentParams,
        body: updateEnrolmentRequest,
        response: { 200: enrolment },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateEnrolment(db, actor, request.params.enrolmentId, request.body);
      return presentVisibleEnrolment(db, actor, request.params.enrolmentId);
    },
  );

  app.post(
    '/api/growth/learning/enrolments/:enrolmentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw from my enrolment',
        params: enrolmentParams,
        body: versionBody,
      },
    },
    async (request, reply) => {
      await withdrawEnrolment(db, requireActor(request), request.params.enrolmentId, request.body.version);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/growth/learning/people/:personId/certifications',
    {
      schema: {
        tags,
        summary:
          "A person's certifications, soonest expiry first (shared ones only for their direct manager)",
        params: personParams,
        querystring: pageQuery,
        response: { 200: pageOf(certification) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const { reach } = await certificationListAccess.reachFor(db, actor, personId);
      const { page, pageSize } = request.query;
      const { rows, total } = await listCertifications(db, actor.organizationId, personId, {
        sharedOnly: reach === 'shared',
        page,
        pageSize,
      });
      const today = await actorToday(db, actor);
      return {
        items: rows.map((row) => presentCertification(row, reach === 'all', today)),
        page,
        pageSize,
        total,
      };
    },
  );

  app.post(
    '/api/growth/learning/certifications',
    {
      schema: {
        tags,
        summary: 'Record a certification I hold',
        body: certificationInput,
        response: { 201: certification },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const id = await addCertification(db, actor, request.body);
      return reply.status(201).send(await presentVisibleCertification(db, actor, id));
    },
  );

  app.put(
    '/api/growth/learning/certifications/:certificationId',
    {
      schema: {
        tags,
        summary: 'Edit or renew my certification (version-checked)',
        params: certificationParams,
        body: updateCertificationRequest,
        response: { 200: certification },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updateCertification(db, actor, request.params.certificationId, request.body);
      return presentVisibleCertification(db, actor, request.params.certificationId);
    },
  );

  app.post(
    '/api/growth/learning/certifications/:certificationId/remove',
    {
      schema: {
        tags,
        summary: 'Remove my certification',
        params: certificationParams,
        body: versionBody,
      },
    },
    async (request, reply) => {
      await removeCertification(
        db,
        requireActor(request),
        request.params.certificationId,
        request.body.version,
      );
      return reply.status(204).send();
    },
  );
};
