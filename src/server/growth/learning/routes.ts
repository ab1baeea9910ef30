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
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound } from '../../platform/errors/appError';
import { type RouteModule, requireActor } from '../../platform/http/types';
import { relationTo } from '../../platform/policy/relations';
import { createLearningItem, updateLearningItem } from './commands/catalogue';
import { addCertification, removeCertification, updateCertification } from './commands/certifications';
import { enrolInLearningItem, updateEnrolment, withdrawEnrolment } from './commands/enrolments';
import { catalogueAbilities, learningRecordPolicy, personLearningPolicy } from './policy';
import { presentCertification, presentEnrolment, presentLearningItems } from './present';
import {
  findCertification,
  findEnrolment,
  findLearningItem,
  listCertifications,
  listEnrolments,
  listLearningItems,
} from './queries';

const tags = ['learning'];

async function presentItem(db: Db, actor: Actor, itemId: string) {
  const row = await findLearningItem(db, actor.organizationId, itemId);
  // Retired items exist for HR only; for everyone else they have left the catalogue.
  if (!row || (row.status === 'retired' && !catalogueAbilities(actor).seeRetired))
    throw notFound('Learning item');
  const [item] = await presentLearningItems(db, actor, [row]);
  return item!;
}

/** An enrolment the caller may see; the manager's read of a shared one is logged for its owner. */
async function loadEnrolment(db: Db, actor: Actor, enrolmentId: string) {
  const row = await findEnrolment(db, actor.organizationId, enrolmentId);
  if (!row) throw notFound('Enrolment');
  const policy = learningRecordPolicy(await relationTo(db, actor, row.enrolment.personId), row.enrolment);
  if (!policy.read) throw notFound('Enrolment');
  if (policy.logAccess) {
    await recordAccess(db, actor, {
      subjectPersonId: row.enrolment.personId,
      dataClass: 'development',
      resource: 'learning enrolment',
    });
  }
  return presentEnrolment(row, policy.edit);
}

async function loadCertification(db: Db, actor: Actor, certificationId: string) {
  const row = await findCertification(db, actor.organizationId, certificationId);
  if (!row) throw notFound('Certification');
  const policy = learningRecordPolicy(
    await relationTo(db, actor, row.certification.personId),
    row.certification,
  );
  if (!policy.read) throw notFound('Certification');
  if (policy.logAccess) {
    await recordAccess(db, actor, {
      subjectPersonId: row.certification.personId,
      dataClass: 'development',
      resource: 'certification',
    });
  }
  return presentCertification(row, policy.edit);
}

/** A person's learning records: 404 unless self or in their management chain; managers' reads logged. */
async function personScope(db: Db, actor: Actor, personId: string, resource: string) {
  const policy = personLearningPolicy(await relationTo(db, actor, personId));
  if (!policy.read) throw notFound('Person');
  if (policy.logAccess)
    await recordAccess(db, actor, { subjectPersonId: personId, dataClass: 'development', resource });
  return policy;
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
      return reply.status(201).send(await loadEnrolment(db, actor, id));
    },
  );

  app.get(
    '/api/growth/learning/people/:personId/enrolments',
    {
      schema: {
        tags,
        summary: "A person's enrolments: all for themselves, only shared ones for their managers",
        params: personParams,
        querystring: enrolmentListQuery,
        response: { 200: pageOf(enrolment) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const policy = await personScope(db, actor, personId, 'learning enrolments');
      const { page, pageSize, status } = request.query;
      const { rows, total } = await listEnrolments(db, actor.organizationId, personId, {
        sharedOnly: policy.sharedOnly,
        status,
        page,
        pageSize,
      });
      return { items: rows.map((row) => presentEnrolment(row, policy.edit)), page, pageSize, total };
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
      return loadEnrolment(db, actor, request.params.enrolmentId);
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
        summary: "A person's certifications, soonest expiry first (shared ones only for managers)",
        params: personParams,
        querystring: pageQuery,
        response: { 200: pageOf(certification) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { personId } = request.params;
      const policy = await personScope(db, actor, personId, 'certifications');
      const { page, pageSize } = request.query;
      const { rows, total } = await listCertifications(db, actor.organizationId, personId, {
        sharedOnly: policy.sharedOnly,
        page,
        pageSize,
      });
      return { items: rows.map((row) => presentCertification(row, policy.edit)), page, pageSize, total };
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
      return reply.status(201).send(await loadCertification(db, actor, id));
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
      return loadCertification(db, actor, request.params.certificationId);
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
