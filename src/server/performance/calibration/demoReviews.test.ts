import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemoPlan } from '../../org/seed/demo';
import { demoAccounts } from '../../org/seed/demoRoster';
import { writeOrganizationPlan } from '../../org/seed/writePlan';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { workFamily } from '../../seed/demoContext';
import { testDatabase } from '../../testing/database';
import { demoPeriods, seedDemoReviews } from '../reviews/demoSeed';
import { proudestByFamily } from './demo/reviewContent';

const today = '2026-11-22';

/** The demo roster under a slug of its own (no logins, whose emails are global), then the review seed. */
async function seededOrganization(db: Db) {
  const plan = buildDemoPlan('unused-hash');
  const { organizationId } = await writeOrganizationPlan(db, {
    ...plan,
    slug: `demo-reviews-${randomUUID().slice(0, 8)}`,
    accounts: [],
  });
  await inTransaction(db, (tx) => seedDemoReviews(tx, { organizationId, today }));
  return organizationId;
}

interface Row {
  email: string;
  employee_id: string;
  cycle_status: string;
  state: string;
  proposed_rating: number | null;
  final_rating: number | null;
  reviewer_email: string | null;
  acknowledgment_comment: string | null;
  self_state: string;
  manager_state: string;
  manager_answers: number;
}

function reviewRows(db: Db, organizationId: string) {
  return queryRows<Row>(
    db,
    sql`SELECT s.email, s.employee_id, c.status AS cycle_status, r.state, r.proposed_rating, r.final_rating,
               m.email AS reviewer_email, r.acknowledgment_comment,
               sf.state AS self_state, mf.state AS manager_state,
               (SELECT count(*)::int FROM review_answers a WHERE a.form_id = mf.id) AS manager_answers
          FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
          JOIN people s ON s.id = r.subject_id LEFT JOIN people m ON m.id = r.reviewer_id
          JOIN review_forms sf ON sf.review_id = r.id AND sf.kind = 'self'
          JOIN review_forms mf ON mf.review_id = r.id AND mf.kind = 'manager'
         WHERE r.organization_id = ${organizationId}
         ORDER BY c.status, s.employee_id`,
  );
}

let db: Db;
let organizationId: string;
let rows: Row[];
beforeAll(async () => {
  db = (await testDatabase()).db;
  organizationId = await seededOrganization(db);
  rows = await reviewRows(db, organizationId);
}, 60_000);

describe('demo reviews', () => {
  it('gives the demo employee a released and acknowledged past review and one awaiting the manager now', () => {
    const mine = rows.filter((row) => row.email === demoAccounts.employee);
    const past = mine.find((row) => row.cycle_status === 'closed')!;
    const now = mine.find((row) => row.cycle_status === 'active')!;
    expect(past).toMatchObject({ state: 'acknowledged', reviewer_email: demoAccounts.manager });
    expect(past.final_rating).toBeGreaterThanOrEqual(1);
    expect(past.acknowledgment_comment).toBeTruthy();
    expect(now).toMatchObject({ state: 'manager_review', self_state: 'submitted', manager_state: 'draft' });
  });

  it("writes each self review about the person's own field (no engineer proud of a sales renewal)", async () => {
    const answers = await queryRows<{ department: string | null; text: string }>(
      db,
      sql`SELECT d.name AS department, a.text
            FROM review_answers a JOIN review_forms f ON f.id = a.form_id AND f.kind = 'self'
            JOIN reviews r ON r.id = f.review_id JOIN people p ON p.id = r.subject_id
            LEFT JOIN departments d ON d.id = p.department_id
           WHERE r.organization_id = ${organizationId} AND a.question_id = 'proudest'`,
    );
    expect(answers.length).toBeGreaterThan(20);
    for (const answer of answers)
      expect(
        proudestByFamily[workFamily(answer.department)],
        `${answer.department}: ${answer.text}`,
      ).toContain(answer.text);
    const engineering = answers.filter((a) => workFamily(a.department) === 'engineering');
    expect(engineering.length).toBeGreaterThan(5);
    for (const answer of engineering) expect(answer.text).not.toMatch(/renewal|account|leads|campaign/i);
  });

  it('leaves the demo manager reviews to write, some already started', () => {
    const team = rows.filter(
      (row) => row.cycle_status === 'active' && row.reviewer_email === demoAccounts.manager,
    );
    expect(team.length).toBeGreaterThanOrEqual(4);
    expect(team.every((row) => row.manager_state === 'draft')).toBe(true);
    expect(team.some((row) => row.manager_answers > 0)).toBe(true);
  });

  it('completes the past cycle: every review released, most acknowledged, some with comments', () => {
    const past = rows.filter((row) => row.cycle_status === 'closed');
    expect(past.length).toBeGreaterThan(50);
    expect(past.every((row) => ['released', 'acknowledged'].includes(row.state))).toBe(true);
    expect(past.filter((row) => row.state === 'acknowledged').length).toBeGreaterThan(past.length / 2);
    expect(past.some((row) => row.acknowledgment_comment)).toBe(true);
    expect(past.every((row) => row.self_state === 'submitted' && row.manager_state === 'submitted')).toBe(
      true,
    );
  });

  it('calibrated the past cycle in a locked session whose moves explain every changed rating', async () => {
    const [session] = await queryRows<{ state: string; moves: number; signed: number }>(
      db,
      sql`SELECT s.state, (SELECT count(*)::int FROM calibration_moves m WHERE m.session_id = s.id) AS moves,
                 (SELECT count(*)::int FROM calibration_approvers a WHERE a.session_id = s.id AND a.signed_off_at IS NOT NULL) AS signed
            FROM calibration_sessions s WHERE s.organization_id = ${organizationId}`,
    );
    expect(session).toMatchObject({ state: 'locked', signed: 1 });
    expect(session!.moves).toBeGreaterThanOrEqual(3);
    const changed = rows.filter(
      (row) => row.cycle_status === 'closed' && row.final_rating !== row.proposed_rating,
    );
    expect(changed).toHaveLength(session!.moves);
  });

  it('puts the active cycle in the manager-review phase: self reviews mostly in, deadlines ahead', async () => {
    const [cycle] = await queryRows<{ self_review_due: string; manager_review_due: string }>(
      db,
      sql`SELECT self_review_due::text, manager_review_due::text FROM review_cycles
           WHERE organization_id = ${organizationId} AND status = 'active'`,
    );
    expect(cycle!.self_review_due < today && today < cycle!.manager_review_due).toBe(true);
    const active = rows.filter((row) => row.cycle_status === 'active');
    const selfDone = active.filter((row) => row.self_state === 'submitted').length;
    expect(selfDone / active.length).toBeGreaterThan(0.7);
    expect(active.some((row) => row.state === 'submitted' && row.proposed_rating !== null)).toBe(true);
    expect(active.some((row) => row.state === 'self_review')).toBe(true);
  });

  it('is deterministic: the same roster and day give the same reviews', async () => {
    const again = await reviewRows(db, await seededOrganization(db));
    const shape = (list: Row[]) =>
      list.map((row) => [row.employee_id, row.state, row.proposed_rating, row.final_rating]);
    expect(shape(again)).toEqual(shape(rows));
  });

  it('reviews the half-year that is far enough along, and the one before as completed', () => {
    expect(demoPeriods('2026-11-22')).toMatchObject({
      active: { name: '2026 H2' },
      past: { name: '2026 H1' },
    });
    expect(demoPeriods('2026-08-01')).toMatchObject({
      active: { name: '2026 H1' },
      past: { name: '2025 H2' },
    });
    expect(demoPeriods('2026-02-10')).toMatchObject({
      active: { name: '2025 H2' },
      past: { name: '2025 H1' },
    });
  });
});
