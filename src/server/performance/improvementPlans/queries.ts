import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import { type Db, queryRows } from '../../platform/db/client';
import { validationFailed } from '../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/http/cursor';
import { chainDepthSql } from '../../platform/policy/relations';
import type { PipListReach } from './policy';
import {
  improvementPlanAcknowledgements,
  improvementPlanCheckIns,
  improvementPlanExpectations,
  improvementPlanResponses,
  improvementPlanRevisions,
  improvementPlanSectionChanges,
  improvementPlanSupports,
  improvementPlans,
  type PipState,
} from './tables';

export type PlanRow = typeof improvementPlans.$inferSelect;
export type ExpectationRow = typeof improvementPlanExpectations.$inferSelect;
export type SupportRow = typeof improvementPlanSupports.$inferSelect;
export type CheckInRow = typeof improvementPlanCheckIns.$inferSelect;
export type SectionChangeRow = typeof improvementPlanSectionChanges.$inferSelect;

/** One plan of the organisation; `forUpdate` locks it for a change. */
export async function findPlan(db: Db, organizationId: string, id: string, forUpdate = false) {
  const query = db
    .select()
    .from(improvementPlans)
    .where(and(eq(improvementPlans.id, id), eq(improvementPlans.organizationId, organizationId)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}

/** The plan's expectations, support and check-ins, in their order. */
export async function planParts(db: Db, planId: string) {
  const [expectations, supports, checkIns] = await Promise.all([
    db
      .select()
      .from(improvementPlanExpectations)
      .where(eq(improvementPlanExpectations.planId, planId))
      .orderBy(asc(improvementPlanExpectations.position)),
    db
      .select()
      .from(improvementPlanSupports)
      .where(eq(improvementPlanSupports.planId, planId))
      .orderBy(asc(improvementPlanSupports.position)),
    db
      .select()
      .from(improvementPlanCheckIns)
      .where(eq(improvementPlanCheckIns.planId, planId))
      .orderBy(asc(improvementPlanCheckIns.scheduledOn)),
  ]);
  return { expectations, supports, checkIns };
}
export type PlanParts = Awaited<ReturnType<typeof planParts>>;

/** A keyset cursor of (exact creation time as PostgreSQL prints it, id); a forged one names the field. */
function readCursor(cursor: string | undefined): { at: string; id: string } | null {
  if (cursor === undefined) return null;
  const [at, id, ...rest] = decodeCursor(cursor);
  if (rest.length > 0 || !at || !isUuid(id) || Number.isNaN(Date.parse(at)))
    throw validationFailed({ cursor: issue('pageLinkInvalid') });
  return { at, id };
}

/**
 * The plans a reach admits, as SQL over `p` (improvement_plans). It restates `pipAudience` for lists:
 * the caller's own plans once published (a draft discarded unpublished never); every other plan for HR; for anyone else the plans of the
 * people whose management chain they are in (the relation `relationTo` derives, from the same
 * `chainDepthSql`). `reach.test.ts` holds it equal to the guard.
 */
export function visiblePlansSql(reach: PipListReach, organizationId: string): SQL {
  const me = reach.personId;
  const own = me === null ? sql`FALSE` : sql`p.employee_id = ${me}`;
  const others =
    me === null
      ? reach.hr
        ? sql`TRUE`
        : sql`FALSE`
      : reach.hr
        ? sql`p.employee_id <> ${me}`
        : sql`p.employee_id <> ${me} AND ${chainDepthSql(sql`p.employee_id`, sql`${organizationId}::uuid`, sql`${me}::uuid`)} >= 1`;
  return sql`((${own} AND p.published_at IS NOT NULL) OR (${others}))`;
}

export interface PlanListRow {
  id: string;
  employeeId: string;
  employeeName: string;
  managerId: string | null;
  managerName: string | null;
  state: PipState;
  startDate: string;
  endDate: string;
  checkInsVisibility: 'hr' | 'manager' | 'employee';
  nextCheckInOn: string | null;
  outcome: 'successful' | 'unsuccessful' | 'cancelled' | null;
  updatedAt: Date;
}

/** A page of the plans the caller may list, newest first, optionally by state and employee. */
export async function listPlans(
  db: Db,
  options: {
    organizationId: string;
    reach: PipListReach;
    state?: PipState;
    employeeId?: string;
    limit: number;
    cursor?: string;
  },
): Promise<{ rows: PlanListRow[]; nextCursor: string | null }> {
  const after = readCursor(options.cursor);
  const conditions = [
    sql`p.organization_id = ${options.organizationId}`,
    visiblePlansSql(options.reach, options.organizationId),
    options.state ? sql`p.state = ${options.state}` : null,
    options.employeeId ? sql`p.employee_id = ${options.employeeId}` : null,
    after ? sql`(p.created_at, p.id) < (${after.at}::timestamptz, ${after.id}::uuid)` : null,
  ].filter((condition): condition is SQL => condition !== null);
  const raw = await queryRows<Record<string, unknown>>(
    db,
    sql`
    SELECT p.id, p.employee_id, e.given_name || ' ' || e.family_name AS employee_name,
           p.manager_id, m.given_name || ' ' || m.family_name AS manager_name,
           p.state, p.start_date::text AS start_date, p.end_date::text AS end_date,
           p.check_ins_visibility, p.outcome, p.updated_at, p.created_at::text AS exact_created_at,
           (SELECT min(c.scheduled_on)::text FROM improvement_plan_check_ins c
             WHERE c.plan_id = p.id AND c.recorded_at IS NULL) AS next_check_in_on
      FROM improvement_plans p
      JOIN people e ON e.id = p.employee_id
      LEFT JOIN people m ON m.id = p.manager_id
     WHERE ${sql.join(conditions, sql` AND `)}
     ORDER BY p.created_at DESC, p.id DESC
     LIMIT ${options.limit + 1}`,
  );
  const rows = raw.slice(0, options.limit).map(
    (r): PlanListRow => ({
      id: r.id as string,
      employeeId: r.employee_id as string,
      employeeName: r.employee_name as string,
      managerId: (r.manager_id as string | null) ?? null,
      managerName: (r.manager_name as string | null) ?? null,
      state: r.state as PipState,
      startDate: r.start_date as string,
      endDate: r.end_date as string,
      checkInsVisibility: r.check_ins_visibility as PlanListRow['checkInsVisibility'],
      nextCheckInOn: (r.next_check_in_on as string | null) ?? null,
      outcome: (r.outcome as PlanListRow['outcome']) ?? null,
      updatedAt: new Date(r.updated_at as string | Date),
    }),
  );
  const last = raw[options.limit - 1];
  return {
    rows,
    nextCursor:
      raw.length > options.limit && last
        ? encodeCursor([last.exact_created_at as string, last.id as string])
        : null,
  };
}

/** A page of a plan's revisions, newest first, with their section changes and acknowledgement. */
export async function listRevisions(db: Db, planId: string, options: { limit: number; cursor?: string }) {
  const afterNumber = options.cursor === undefined ? null : Number(decodeCursor(options.cursor)[0]);
  if (afterNumber !== null && !(Number.isInteger(afterNumber) && afterNumber > 0))
    throw validationFailed({ cursor: issue('pageLinkInvalid') });
  const rows = await db
    .select()
    .from(improvementPlanRevisions)
    .where(
      and(
        eq(improvementPlanRevisions.planId, planId),
        afterNumber !== null ? sql`${improvementPlanRevisions.number} < ${afterNumber}` : undefined,
      ),
    )
    .orderBy(desc(improvementPlanRevisions.number))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const ids = page.map((row) => row.id);
  const [changes, acknowledgements] = await Promise.all([
    ids.length
      ? db
          .select()
          .from(improvementPlanSectionChanges)
          .where(inArray(improvementPlanSectionChanges.revisionId, ids))
      : [],
    db
      .select({ revision: improvementPlanAcknowledgements.revision, at: improvementPlanAcknowledgements.at })
      .from(improvementPlanAcknowledgements)
      .where(eq(improvementPlanAcknowledgements.planId, planId)),
  ]);
  const last = page.at(-1);
  return {
    revisions: page.map((revision) => ({
      revision,
      changes: changes.filter((change) => change.revisionId === revision.id),
      // Acknowledging a revision covers the ones before it that the employee had not acknowledged.
      acknowledgedAt:
        acknowledgements
          .filter((ack) => ack.revision >= revision.number)
          .sort((a, b) => a.revision - b.revision)[0]?.at ?? null,
    })),
    nextCursor: rows.length > options.limit && last ? encodeCursor([String(last.number)]) : null,
  };
}

/** A page of the employee's responses to a plan, newest first. */
export async function listResponses(db: Db, planId: string, options: { limit: number; cursor?: string }) {
  const after = readCursor(options.cursor);
  const rows = await db
    .select({
      id: improvementPlanResponses.id,
      body: improvementPlanResponses.body,
      withRevision: improvementPlanResponses.withRevision,
      createdAt: improvementPlanResponses.createdAt,
      exactCreatedAt: sql<string>`${improvementPlanResponses.createdAt}::text`,
    })
    .from(improvementPlanResponses)
    .where(
      and(
        eq(improvementPlanResponses.planId, planId),
        after
          ? sql`(${improvementPlanResponses.createdAt}, ${improvementPlanResponses.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(improvementPlanResponses.createdAt), desc(improvementPlanResponses.id))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor: rows.length > options.limit && last ? encodeCursor([last.exactCreatedAt, last.id]) : null,
  };
}

/** The ids of every plan about a person, oldest first (for their data export). */
export async function planIdsAbout(db: Db, organizationId: string, personId: string) {
  const rows = await db
    .select({ id: improvementPlans.id, publishedAt: improvementPlans.publishedAt })
    .from(improvementPlans)
    .where(
      and(eq(improvementPlans.organizationId, organizationId), eq(improvementPlans.employeeId, personId)),
    )
    .orderBy(asc(improvementPlans.createdAt), asc(improvementPlans.id));
  return rows;
}
