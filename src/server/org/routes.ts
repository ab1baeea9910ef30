import { z } from 'zod';
import { isoDate, pageOf, uuidParam } from '../../contracts/common';
import {
  createPersonRequest,
  deactivatePersonRequest,
  directoryQuery,
  type PersonAbilities,
  personDetail,
  personSummary,
  reportingLine,
  rolesRequest,
  updatePersonRequest,
} from '../../contracts/org';
import { recordAccess } from '../platform/audit/accessLog';
import type { Actor } from '../platform/auth/actor';
import { sendInvitation } from '../platform/auth/commands/sendInvitation';
import type { Db } from '../platform/db/client';
import { inTransaction } from '../platform/db/tx';
import { forbidden, notFound } from '../platform/errors/appError';
import { type RouteModule, requireActor } from '../platform/http/types';
import { relationTo } from '../platform/policy/relations';
import { createPerson } from './commands/createPerson';
import { deactivatePerson } from './commands/deactivatePerson';
import { setRoles } from './commands/setRoles';
import { updatePerson } from './commands/updatePerson';
import { peoplePolicy, personPolicy } from './policy';
import { displayName, presentPersonDetail, presentPersonSummary } from './present';
import { findPerson, listDirectory, managerOn, reportingHistory } from './queries';

const personParams = z.object({ personId: uuidParam });

/** Loads a person the caller may see, with the policy decision; anything else is 404 (SPEC S1.7). */
export async function loadVisiblePerson(db: Db, actor: Actor, personId: string) {
  const relation = await relationTo(db, actor, personId);
  const row = relation ? await findPerson(db, actor.organizationId, personId) : null;
  if (!relation || !row) throw notFound('Person');
  const policy = personPolicy(
    actor,
    { status: row.person.status, hasPassword: Boolean(row.account?.hasPassword) },
    relation,
  );
  if (!policy.read) throw notFound('Person');
  return { row, policy, relation };
}

/**
 * An ability-gated change of a visible person: authorize, run the command, answer with the person as
 * they are now (with abilities recomputed, since the change may alter them).
 */
async function changePerson(
  db: Db,
  actor: Actor,
  personId: string,
  ability: keyof PersonAbilities,
  command: (actor: Actor) => Promise<unknown>,
) {
  const { policy } = await loadVisiblePerson(db, actor, personId);
  if (!policy[ability]) throw forbidden();
  await command(actor);
  const updated = await loadVisiblePerson(db, actor, personId);
  return presentPersonDetail(updated.row, updated.policy);
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
      const includeTerminated = peoplePolicy.seeTerminated(actor);
      const query =
        !includeTerminated && request.query.status === 'terminated'
          ? { ...request.query, status: undefined }
          : request.query;
      const { rows, total } = await listDirectory(db, actor.organizationId, query, { includeTerminated });
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
      const { row, policy } = await loadVisiblePerson(db, actor, request.params.personId);
      await recordAccess(db, actor, {
        subjectPersonId: row.person.id,
        dataClass: 'directory',
        resource: 'profile',
      });
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
      const { row, policy } = await loadVisiblePerson(db, actor, personId);
      return reply.status(201).send(presentPersonDetail(row, policy));
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
    async (request) =>
      changePerson(db, requireActor(request), request.params.personId, 'update', (actor) =>
        updatePerson(db, actor, request.params.personId, request.body),
      ),
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
    async (request) =>
      changePerson(db, requireActor(request), request.params.personId, 'deactivate', (actor) =>
        deactivatePerson(db, actor, request.params.personId, request.body),
      ),
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
      const { policy } = await loadVisiblePerson(db, actor, request.params.personId);
      if (!policy.invite) throw forbidden();
      await sendInvitation(db, deps, actor, request.params.personId);
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
    async (request) =>
      changePerson(db, requireActor(request), request.params.personId, 'manageRoles', (actor) =>
        setRoles(db, actor, request.params.personId, request.body.roles),
      ),
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
      const { policy } = await loadVisiblePerson(db, actor, request.params.personId);
      if (!policy.viewReportingHistory) throw notFound('Person');
      await recordAccess(db, actor, {
        subjectPersonId: request.params.personId,
        dataClass: 'directory',
        resource: 'reporting history',
      });
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
      const { policy } = await loadVisiblePerson(db, actor, request.params.personId);
      if (!policy.viewReportingHistory) throw notFound('Person');
      await recordAccess(db, actor, {
        subjectPersonId: request.params.personId,
        dataClass: 'directory',
        resource: 'reporting history',
      });
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
