import { desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { pageOf, pageQuery } from '../../../contracts/common';
import { accessLogEntry, auditEntry } from '../../../contracts/platform';
import { forbidden } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { listAccessToPerson } from './accessLog';
import { auditEvents } from './tables';
import { verifyAuditChain } from './verify';

const directoryTargets = new Set(['person', 'account', 'organization', 'department', 'level']);

export const auditRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/access-log/me',
    {
      schema: {
        tags: ['transparency'],
        summary: 'Who accessed my data: every read of my record by someone else',
        querystring: pageQuery,
        response: { 200: pageOf(accessLogEntry) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { page, pageSize } = request.query;
      if (!actor.personId) return { items: [], page, pageSize, total: 0 };
      return { ...(await listAccessToPerson(db, actor.personId, page, pageSize)), page, pageSize };
    },
  );

  app.get(
    '/api/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'The audit trail, newest first',
        querystring: pageQuery,
        response: { 200: pageOf(auditEntry) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('org_admin')) throw forbidden();
      const { page, pageSize } = request.query;
      const where = eq(auditEvents.organizationId, actor.organizationId);
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(auditEvents)
          .where(where)
          .orderBy(desc(auditEvents.seq))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ total: sql<number>`count(*)`.mapWith(Number) })
          .from(auditEvents)
          .where(where),
      ]);
      return {
        items: rows.map(({ organizationId: _o, prevHash: _p, hash: _h, ...event }) =>
          // Admins read the trail of directory and account changes; the content of other data classes
          // (reviews, plans) stays out of their view even here, only the fact of the change shows.
          directoryTargets.has(event.targetType) ? event : { ...event, before: null, after: null },
        ),
        page,
        pageSize,
        total: count?.total ?? 0,
      };
    },
  );

  app.get(
    '/api/admin/audit/verify',
    {
      schema: {
        tags: ['admin'],
        summary: 'Recompute the audit hash chain',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number().int(),
            brokenAt: z.number().int().nullable(),
          }),
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!actor.roles.has('org_admin')) throw forbidden();
      return verifyAuditChain(db, actor.organizationId);
    },
  );
};
