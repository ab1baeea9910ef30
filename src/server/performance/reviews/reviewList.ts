import { sql } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import type { CycleReviewRow } from '../../../contracts/reviews';
import type { Db } from '../../platform/db/client';
import { preparedSql } from '../../platform/db/prepared';
import { validationFailed } from '../../platform/errors/appError';
import { decodeCursor, encodeCursor, isUuid } from '../../platform/http/cursor';
import type { CycleRow } from './records';
import type { ReviewState } from './tables';

export interface CycleReviewQuery {
  state?: ReviewState;
  departmentId?: string;
  page: number;
  pageSize: number;
  /** The `nextCursor` of the page before: the list continues after that row, whatever `page` says. */
  after?: string;
}

/**
 * What a page statement carries: one prepared statement per shape. The page size is written into the
 * statement and the offset left out on first and keyset pages: with both known, PostgreSQL settles on
 * one generic plan instead of planning every call.
 */
interface Shape {
  state: boolean;
  department: boolean;
  after: boolean;
  offset: boolean;
  /** Rows fetched: the page size plus one. */
  limit: number;
}

/** The sort key of the row a cursor names: subject's family name, given name, review id. */
function readCursor(after: string) {
  const parts = decodeCursor(after);
  const [familyName, givenName, reviewId] = parts;
  if (parts.length !== 3 || familyName === undefined || givenName === undefined || !isUuid(reviewId)) {
    throw validationFailed({ after: issue('listPositionInvalid') });
  }
  return { afterFamily: familyName, afterGiven: givenName, afterId: reviewId };
}

/**
 * The cycle's reviews for HR, by subject name (family, given, review id), filterable by state and
 * department, with each form's progress. Ids first: the page's review ids come from the cycle's name
 * index (`reviews_cycle_name_idx`, over the subject names the database copies onto each review), so
 * a page — a deep offset too — reads index entries rather than joining and sorting the whole cycle;
 * then only those rows are joined and their forms looked at. `after` continues from a `nextCursor` (keyset paging, as cheap on the last page as on the
 * first); `page` still works (offset) for the numbered pager. The total is the cycle's participant
 * count when nothing is filtered, else counted in the same statement on the reviews' indexes.
 */
export async function cycleReviewList(
  db: Db,
  target: { cycle: CycleRow; participants: number },
  query: CycleReviewQuery,
) {
  const { cycle } = target;
  const offset = query.after !== undefined ? 0 : (query.page - 1) * query.pageSize;
  const shape: Shape = {
    state: query.state !== undefined,
    department: query.departmentId !== undefined,
    after: query.after !== undefined,
    offset: offset > 0,
    // One row more than the page tells whether another page follows.
    limit: query.pageSize + 1,
  };
  const filtered = shape.state || shape.department;
  const rows = await reviewPage(shape)(db).execute({
    organizationId: cycle.organizationId,
    cycleId: cycle.id,
    state: query.state,
    departmentId: query.departmentId,
    ...(query.after !== undefined ? readCursor(query.after) : {}),
    offset,
  });
  const page = rows.slice(0, query.pageSize);
  const last = page.at(-1);
  const total = !filtered
    ? target.participants
    : (rows[0]?.total ?? (await countReviews(shape)(db).execute(filterValues(cycle, query)))[0] ?? 0);
  return {
    items: page.map((row) => row.item),
    page: query.page,
    pageSize: query.pageSize,
    total,
    nextCursor:
      rows.length > query.pageSize && last
        ? encodeCursor([last.familyName, last.givenName, last.item.id])
        : null,
  };
}

const filterValues = (cycle: CycleRow, query: CycleReviewQuery) => ({
  cycleId: cycle.id,
  state: query.state,
  departmentId: query.departmentId,
});

const filters = (shape: Shape) =>
  sql.join(
    [
      sql`r.cycle_id = ${sql.placeholder('cycleId')}`,
      shape.state ? sql`r.state = ${sql.placeholder('state')}` : null,
      shape.department ? sql`r.department_id = ${sql.placeholder('departmentId')}` : null,
    ].filter((condition) => condition !== null),
    sql` AND `,
  );

const filterKey = (shape: Shape) => `${shape.state ? 's' : ''}${shape.department ? 'd' : ''}`;
const pageKey = (shape: Shape) =>
  `${filterKey(shape)}${shape.after ? 'a' : ''}${shape.offset ? 'o' : ''}${shape.limit}`;

/** Statements built on first use, one per key. */
function byShape<T>(keyOf: (shape: Shape) => string, build: (shape: Shape, key: string) => T) {
  const statements = new Map<string, T>();
  return (shape: Shape) => {
    const key = keyOf(shape);
    let statement = statements.get(key);
    if (!statement) {
      statement = build(shape, key);
      statements.set(key, statement);
    }
    return statement;
  };
}

const countReviews = byShape(filterKey, (shape, key) =>
  preparedSql(
    `cycle_review_count_${key}`,
    sql`SELECT count(*)::int FROM reviews r WHERE ${filters(shape)}`,
    ([count]) => Number(count),
  ),
);

const reviewPage = byShape(pageKey, (shape, key) => {
  if (!Number.isInteger(shape.limit) || shape.limit < 2 || shape.limit > 101)
    throw new RangeError('page size');
  // One row comparison over the index's own columns: an index condition, and ties between people of
  // the same name broken by review id, as the ORDER BY does.
  const after = shape.after
    ? sql`AND (r.subject_family_name, r.subject_given_name, r.id) >
              (${sql.placeholder('afterFamily')}, ${sql.placeholder('afterGiven')}, ${sql.placeholder('afterId')})`
    : sql``;
  const total =
    shape.state || shape.department
      ? sql`(SELECT count(*)::int FROM reviews r WHERE ${filters(shape)})`
      : sql`NULL`;
  return preparedSql(
    `cycle_review_page_${key}`,
    sql`
      SELECT r.id, r.subject_id, s.given_name, s.family_name, s.job_title,
             v.id, v.given_name, v.family_name, v.job_title,
             d.name, r.state, r.acknowledged_at,
             forms.self_submitted, forms.manager_submitted, ${total}
        FROM reviews r
        JOIN people s ON s.id = r.subject_id
        LEFT JOIN people v ON v.id = r.reviewer_id
        LEFT JOIN departments d ON d.id = r.department_id
        CROSS JOIN LATERAL (
          SELECT bool_or(f.kind = 'self') AS self_submitted, bool_or(f.kind = 'manager') AS manager_submitted
            FROM review_forms f
           WHERE f.review_id = r.id AND f.kind IN ('self', 'manager') AND f.state = 'submitted') forms
       WHERE r.organization_id = ${sql.placeholder('organizationId')}
         AND r.id = ANY(ARRAY(
               -- The cycle is the organisation's (its guard read it), so the ids come from the name
               -- index alone: an index-only scan, deep offsets included.
               SELECT r.id FROM reviews r
                WHERE ${filters(shape)} ${after}
                ORDER BY r.subject_family_name, r.subject_given_name, r.id
                LIMIT ${sql.raw(String(shape.limit))} ${shape.offset ? sql`OFFSET ${sql.placeholder('offset')}` : sql``}))
       ORDER BY r.subject_family_name, r.subject_given_name, r.id`,
    (v) => {
      const item: CycleReviewRow = {
        id: v[0] as string,
        subject: { id: v[1] as string, displayName: `${v[2]} ${v[3]}`, jobTitle: v[4] as string },
        reviewer:
          v[5] === null
            ? null
            : { id: v[5] as string, displayName: `${v[6]} ${v[7]}`, jobTitle: v[8] as string },
        department: v[9] as string | null,
        state: v[10] as ReviewState,
        selfSubmitted: Boolean(v[12]),
        managerSubmitted: Boolean(v[13]),
        acknowledgedAt: v[11] === null ? null : new Date(v[11] as string).toISOString(),
      };
      return {
        item,
        familyName: v[3] as string,
        givenName: v[2] as string,
        total: v[14] === null ? undefined : Number(v[14]),
      };
    },
  );
});
