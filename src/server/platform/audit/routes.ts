import { desc, eq, sql } from 'drizzle-orm';
import { pageOf, pageQuery } from '../../../contracts/common';
import { accessLogEntry, auditEntry, auditVerification } from '../../../contracts/platform';
import type { Actor } from '../auth/actor';
import { forbidden } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { listAccessToPerson } from './accessLog';
import { auditEvents } from './tables';
import { verifyAuditChain } from './verify';

const directoryTargets = new Set(['person', 'account', 'organization', 'department', 'level']);
/** Events whose content HR may read: calibration moves keep from, to and the rationale here (S1.6). */
const hrDetailActions = new Set(['calibration.rating_moved']);

/**
 * Who may read the trail, and how much of each event. Both the org admin and HR admins see every
 * event's who/what/when and the content of directory and account changes; HR also sees the content
 * of calibration moves. Everything else (reviews, plans, notes) shows only that a change happened.
 */
function auditReader(roles: Actor['roles']) {
  const hr = roles.has('hr_admin');
  if (!hr && !roles.has('org_admin')) throw forbidden();
  return (event: { targetType: string; action: string }) =>
    directoryTargets.has(event.targetType) || (hr && hrDetailActions.has(event.action));
}

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
      const showsContent = auditReader(actor.roles);
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
        items: rows.map(({ organizationId: _o, chainPos: _c, prevHash: _p, hash: _h, ...event }) =>
          showsContent(event) ? event : { ...event, before: null, after: null },
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
        summary: 'Seal the events recorded so far, then recompute the audit hash chain',
        response: { 200: auditVerification },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      auditReader(actor.roles);
      return verifyAuditChain(db, actor.organizationId);
    },
  );
};
