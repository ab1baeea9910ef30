import { and, asc, eq, ilike, sql } from 'drizzle-orm';
import { z } from 'zod';
import { pageOf } from '../../contracts/common';
import { departmentRequest, jobTitle, jobTitlesQuery, levelRequest } from '../../contracts/org';
import { recordAuditEvent } from '../platform/audit/record';
import { inTransaction } from '../platform/db/tx';
import { forbidden } from '../platform/errors/appError';
import { type RouteModule, requireActor } from '../platform/http/types';
import { peoplePolicy } from './policy';
import { departments, jobTitles, levels } from './tables';

const department = z.object({ id: z.string(), name: z.string(), headcount: z.number().int() });
const level = z.object({ id: z.string(), code: z.string(), name: z.string(), rank: z.number().int() });

/**
 * Departments and levels: small per-organisation catalogues (hundreds at most), listed whole.
 * Job titles can run to thousands in a large organisation, so they are paged and searchable.
 */
export const catalogueRoutes: RouteModule = (app, { database }) => {
  const { db } = database;

  app.get(
    '/api/departments',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Departments with active headcount',
        response: { 200: z.object({ items: z.array(department) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      // "departments"."id" spelled out: Drizzle leaves columns unqualified in a single-table select.
      const items = await db
        .select({
          id: departments.id,
          name: departments.name,
          headcount:
            sql<number>`(SELECT count(*) FROM people p WHERE p.department_id = "departments"."id" AND p.status <> 'terminated')`.mapWith(
              Number,
            ),
        })
        .from(departments)
        .where(eq(departments.organizationId, actor.organizationId))
        .orderBy(asc(departments.name))
        .limit(1000);
      return { items };
    },
  );

  app.post(
    '/api/departments',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Add a department (HR admin)',
        body: departmentRequest,
        response: { 201: department },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!peoplePolicy.manageCatalogue(actor)) throw forbidden();
      const created = await inTransaction(db, async (tx) => {
        const [row] = await tx
          .insert(departments)
          .values({ organizationId: actor.organizationId, name: request.body.name })
          .returning();
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'department.created',
          targetType: 'department',
          targetId: row!.id,
          after: request.body,
        });
        return row!;
      });
      return reply.status(201).send({ id: created.id, name: created.name, headcount: 0 });
    },
  );

  app.get(
    '/api/levels',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Career levels by rank',
        response: { 200: z.object({ items: z.array(level) }) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const items = await db
        .select({ id: levels.id, code: levels.code, name: levels.name, rank: levels.rank })
        .from(levels)
        .where(eq(levels.organizationId, actor.organizationId))
        .orderBy(asc(levels.rank), asc(levels.code))
        .limit(1000);
      return { items };
    },
  );

  app.get(
    '/api/job-titles',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Job titles with their level, searchable by name',
        querystring: jobTitlesQuery,
        response: { 200: pageOf(jobTitle) },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { q, page, pageSize } = request.query;
      // The search is a literal substring: %, _ and \ typed by the user match themselves.
      const where = and(
        eq(jobTitles.organizationId, actor.organizationId),
        q ? ilike(jobTitles.name, `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        db
          .select({
            id: jobTitles.id,
            name: jobTitles.name,
            levelId: levels.id,
            levelCode: levels.code,
            levelName: levels.name,
          })
          .from(jobTitles)
          .leftJoin(levels, eq(levels.id, jobTitles.levelId))
          .where(where)
          .orderBy(asc(jobTitles.name), asc(jobTitles.id))
          .limit(pageSize)
          .offset((page - 1) * pageSize),
        db
          .select({ total: sql<number>`count(*)`.mapWith(Number) })
          .from(jobTitles)
          .where(where),
      ]);
      return {
        items: rows.map((row) => ({
          id: row.id,
          name: row.name,
          level:
            row.levelId && row.levelCode !== null && row.levelName !== null
              ? { id: row.levelId, code: row.levelCode, name: row.levelName }
              : null,
        })),
        page,
        pageSize,
        total: count?.total ?? 0,
      };
    },
  );

  app.post(
    '/api/levels',
    {
      schema: {
        tags: ['organisation'],
        summary: 'Add a level (HR admin)',
        body: levelRequest,
        response: { 201: level },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      if (!peoplePolicy.manageCatalogue(actor)) throw forbidden();
      const created = await inTransaction(db, async (tx) => {
        const [row] = await tx
          .insert(levels)
          .values({ organizationId: actor.organizationId, ...request.body })
          .returning();
        await recordAuditEvent(tx, {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'level.created',
          targetType: 'level',
          targetId: row!.id,
          after: request.body,
        });
        return row!;
      });
      return reply
        .status(201)
        .send({ id: created.id, code: created.code, name: created.name, rank: created.rank });
    },
  );
};
