import { sql } from 'drizzle-orm';
import type { CyclePhase, Dashboard, OverdueItem } from '../../../contracts/reviews';
import { type Db, queryRows } from '../../platform/db/client';
import { peopleRefs } from './present';
import type { CycleRow } from './records';
import { type ReviewState, reviewStates } from './tables';

const emptyCounts = () => Object.fromEntries(reviewStates.map((s) => [s, 0])) as Record<ReviewState, number>;

/** The phase whose deadline is next (today counts); null once the last deadline has passed. */
export function currentPhase(cycle: CycleRow, today: string): CyclePhase | null {
  if (cycle.status !== 'active') return null;
  const deadlines: [CyclePhase, string | null][] = [
    ['self_review', cycle.selfReviewDue],
    ['peer_input', cycle.peerInputDue],
    ['manager_review', cycle.managerReviewDue],
    ['calibration', cycle.calibrationDue],
    ['release', cycle.releaseDue],
    ['acknowledgment', cycle.acknowledgeDue],
  ];
  return deadlines.find(([, due]) => due !== null && due >= today)?.[0] ?? null;
}

/** Counts by state overall and by department (the department each person was in at launch). */
export async function cycleDashboard(db: Db, cycle: CycleRow, today: string): Promise<Dashboard> {
  const rows = await queryRows<{
    department_id: string | null;
    name: string | null;
    state: ReviewState;
    count: number;
    without_reviewer: number;
  }>(
    db,
    sql`SELECT r.department_id, d.name, r.state, count(*)::int AS count,
               count(*) FILTER (WHERE r.reviewer_id IS NULL)::int AS without_reviewer
          FROM reviews r LEFT JOIN departments d ON d.id = r.department_id
         WHERE r.cycle_id = ${cycle.id}
         GROUP BY r.department_id, d.name, r.state`,
  );
  const byState = emptyCounts();
  const departments = new Map<string, Dashboard['byDepartment'][number]>();
  let total = 0;
  let withoutReviewer = 0;
  for (const row of rows) {
    const count = Number(row.count);
    total += count;
    withoutReviewer += Number(row.without_reviewer);
    byState[row.state] += count;
    const key = row.department_id ?? 'none';
    const entry = departments.get(key) ?? {
      departmentId: row.department_id,
      name: row.name ?? '',
      total: 0,
      byState: emptyCounts(),
    };
    entry.total += count;
    entry.byState[row.state] += count;
    departments.set(key, entry);
  }
  return {
    total,
    withoutReviewer,
    byState,
    byDepartment: [...departments.values()].sort((a, b) => a.name.localeCompare(b.name)),
    acknowledgment: { released: byState.released + byState.acknowledged, acknowledged: byState.acknowledged },
    currentPhase: currentPhase(cycle, today),
  };
}

/** People whose part is past its deadline and not done: self, peer and manager forms, acknowledgments. */
export async function overdueList(db: Db, cycle: CycleRow, today: string, page: number, pageSize: number) {
  const overdue = sql`
    SELECT r.id AS review_id, f.author_id AS person_id, f.kind AS task,
           (CASE f.kind WHEN 'self' THEN c.self_review_due WHEN 'manager' THEN c.manager_review_due
                        ELSE c.peer_input_due END)::text AS due,
           r.department_id
      FROM review_forms f JOIN reviews r ON r.id = f.review_id JOIN review_cycles c ON c.id = r.cycle_id
     WHERE r.cycle_id = ${cycle.id} AND f.state = 'draft' AND f.author_id IS NOT NULL
       AND r.state IN ('self_review', 'manager_review')
       AND (CASE f.kind WHEN 'self' THEN c.self_review_due WHEN 'manager' THEN c.manager_review_due
                        ELSE c.peer_input_due END) < ${today}::date
    UNION ALL
    SELECT r.id, r.subject_id, 'acknowledge', c.acknowledge_due::text, r.department_id
      FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
     WHERE r.cycle_id = ${cycle.id} AND r.state = 'released' AND c.acknowledge_due < ${today}::date`;
  const [rows, [count]] = await Promise.all([
    queryRows<{
      review_id: string;
      person_id: string;
      task: OverdueItem['task'];
      due: string;
      department: string | null;
    }>(
      db,
      sql`SELECT o.review_id, o.person_id, o.task, o.due, d.name AS department
            FROM (${overdue}) o LEFT JOIN departments d ON d.id = o.department_id
           ORDER BY o.due, o.task, o.person_id
           LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    ),
    queryRows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM (${overdue}) o`),
  ]);
  const refs = await peopleRefs(
    db,
    rows.map((r) => r.person_id),
  );
  const items: OverdueItem[] = rows.map((row) => ({
    reviewId: row.review_id,
    person: refs.get(row.person_id) ?? { id: row.person_id, displayName: '', jobTitle: '' },
    department: row.department,
    task: row.task,
    due: row.due.slice(0, 10),
  }));
  return { items, page, pageSize, total: Number(count?.total ?? 0) };
}
