import { desc, eq, sql } from 'drizzle-orm';
import { pageOf, pageQuery } from '../../../contracts/common';
import { outboxEmail } from '../../../contracts/platform';
import { forbidden } from '../errors/appError';
import { type RouteModule, requireActor } from '../http/types';
import { outboxPolicy } from './policy';
import { presentOutboxEmail } from './present';
import { outboundEmails } from './tables';

export const outboxRoutes: RouteModule = (app, { database }) => {
  const { db } = database;
  app.get(
    '/api/admin/outbox',
    {
      schema: {
        tags: ['admin'],
        summary:
          'Emails sent (or, without SMTP, recorded), newest first; content only of directory and system mail',
        querystring: pageQuery,
        response: { 200: pageOf(outboxEmail) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!outboxPolicy.read(actor)) throw forbidden();
      const { page, pageSize } = request.query;
      const where = eq(outboundEmails.organizationId, actor.organizationId);
      const [rows, [count]] = await Promise.all([
        db
          .select()
          .from(outboundEmails)
          .where(where)
          .orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ total: sql<number>`count(*)`.mapWith(Number) })
          .from(outboundEmails)
          .where(where),
      ]);
      return { items: rows.map(presentOutboxEmail), page, pageSize, total: count?.total ?? 0 };
    },
  );
};
