import { z } from 'zod';
import { isoDate, pageOf, uuidParam } from '../../contracts/common';
import {
  createPersonRequest,
  deactivatePersonRequest,
  directoryQuery,
  personDetail,
  personSummary,
  reportingLine,
  rolesRequest,
  updatePersonRequest,
} from '../../contracts/org';
import type { Actor } from '../platform/auth/actor';
import { sendInvitation } from '../platform/auth/commands/sendInvitation';
import type { Db } from '../platform/db/client';
import { inTransaction } from '../platform/db/tx';
import { forbidden } from '../platform/errors/appError';
import { type RouteModule, requireActor } from '../platform/http/types';
import { personAccess } from './access';
import { createPerson } from './commands/createPerson';
import { deactivatePerson } from './commands/deactivatePerson';
import { setRoles } from './commands/setRoles';
import { updatePerson } from './commands/updatePerson';
import { listDirectory } from './directory';
import { directoryReach, peoplePolicy } from './policy';
import { displayName, presentPersonDetail, presentPersonSummary } from './present';
import { findPerson, managerOn, reportingHistory } from './queries';

const personParams = z.object({ personId: uuidParam });

/**
 * A person as the caller may see them; anyone else is 404 (SPEC S1.7). `logged: false` for reads
 * that show nothing of the profile (an org-chart walk) or answer a change the guard already logged.
 */
export async function loadVisiblePerson(db: Db, actor: Actor, personId: string, logged = false) {
  return personAccess.readFor(db, actor, personId, logged ? {} : { resource: false });
}

/** The reporting history is read by the person, their managers, HR and org admins; others get 404. */
const readReportingHistory = (db: Db, actor: Actor, personId: string) =>
  personAccess.readFor(db, actor, personId, { need: 'viewReportingHistory', resource: 'reporting history' });

/** The person as they are after a change, with abilities recomputed (the change may alter them). */
async function personAfterChange(db: Db, actor: Actor, personId: string) {
  const { row, policy } = await loadVisiblePerson(db, actor, personId);
  return presentPersonDetail(row, policy);
}

export const peopleRoutes: RouteModule = (app, deps) => {
  const { db } = deps.database;

  app.get(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'People directory: search, filter, paginate',
        querystring: directoryQuery,
        response: { 200: pageOf(personSummary) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const query = request.query;
      const { rows, total } = await listDirectory(db, actor.organizationId, query, directoryReach(actor));
      return { items: rows.map(presentPersonSummary), page: query.page, pageSize: query.pageSize, total };
    },
  );

  app.get(
    '/api/people/:personId',
    {
      schema: {
        tags: ['people'],
        summary: 'A person profile with the caller’s abilities',
        params: personParams,
        response: { 200: personDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, policy } = await loadVisiblePerson(db, actor, request.params.personId, true);
      return presentPersonDetail(row, policy);
    },
  );

  app.post(
    '/api/people',
    {
      schema: {
        tags: ['people'],
        summary: 'Add a person (HR admin)',
        body: createPersonRequest,
        response: { 201: personDetail },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!peoplePolicy.create(actor)) throw forbidden();
      // One transaction: the person is not created if the invitation cannot be sent, and vice versa.
      const personId = await inTransaction(db, async (tx) => {
        const created = await createPerson(tx, actor, request.body);
        if (request.body.sendInvitation) await sendInvitation(tx, deps, actor, created.personId);
        return created.personId;
      });
      return reply.status(201).send(await personAfterChange(db, actor, personId));
    },
  );

  app.patch(
    '/api/people/:personId',
    {
      schema: {
        tags: ['people'],
        summary: 'Edit a person (HR admin); version-checked',
        params: personParams,
        body: updatePersonRequest,
        response: { 200: personDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await updatePerson(db, actor, request.params.personId, request.body);
      return personAfterChange(db, actor, request.params.personId);
    },
  );

  app.post(
    '/api/people/:personId/deactivate',
    {
      schema: {
        tags: ['people'],
        summary: 'Record that a person left; ends their sessions',
        params: personParams,
        body: deactivatePersonRequest,
        response: { 200: personDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await deactivatePerson(db, actor, request.params.personId, request.body);
      return personAfterChange(db, actor, request.params.personId);
    },
  );

  app.post(
    '/api/people/:personId/invitation',
    {
      schema: {
        tags: ['people'],
        summary: 'Email an invitation to set a password',
        params: personParams,
        response: { 202: z.null() },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await inTransaction(db, async (tx) => {
        await personAccess.lockFor(tx, actor, request.params.personId, 'invite');
        await sendInvitation(tx, deps, actor, request.params.personId);
      });
      return reply.status(202).send(null);
    },
  );

  app.put(
    '/api/people/:personId/roles',
    {
      schema: {
        tags: ['people'],
        summary: 'Grant roles (org admin)',
        params: personParams,
        body: rolesRequest,
        response: { 200: personDetail },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await setRoles(db, actor, request.params.personId, request.body.roles);
      return personAfterChange(db, actor, request.params.personId);
    },
  );

  app.get(
    '/api/people/:personId/manager-on',
    {
      schema: {
        tags: ['people'],
        summary: 'Who managed this person on a given date',
        params: personParams,
        querystring: z.object({ date: isoDate }),
        response: {
          200: z.object({
            date: isoDate,
            manager: z.object({ id: z.string(), displayName: z.string() }).nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await readReportingHistory(db, actor, request.params.personId);
      const managerId = await managerOn(
        db,
        actor.organizationId,
        request.params.personId,
        request.query.date,
      );
      const manager = managerId ? await findPerson(db, actor.organizationId, managerId) : null;
      return {
        date: request.query.date,
        manager: manager ? { id: manager.person.id, displayName: displayName(manager.person) } : null,
      };
    },
  );

  app.get(
    '/api/people/:personId/reporting-lines',
    {
      schema: {
        tags: ['people'],
        summary: 'Reporting-line history, newest first',
        params: personParams,
        response: { 200: z.object({ items: z.array(reportingLine) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await readReportingHistory(db, actor, request.params.personId);
      const rows = await reportingHistory(db, actor.organizationId, request.params.personId);
      return {
        items: rows.map((r) => ({
          id: r.id,
          validFrom: r.validFrom,
          validTo: r.validTo,
          manager: r.manager?.id ? { id: r.manager.id, displayName: displayName(r.manager) } : null,
        })),
      };
    },
  );
};
