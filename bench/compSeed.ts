/**
 * The pay data the compensation benchmarks share (`compLaunch.ts`, `compGrid.bench.ts`): pay for
 * everyone, a EUR band per level, a locked calibration rating everyone, and an HR admin's actor.
 */
import { sql } from 'drizzle-orm';
import { testContent } from '../src/server/performance/calibration/testing';
import type { Actor } from '../src/server/platform/auth/actor';
import { type Db, queryRows } from '../src/server/platform/db/client';

/** Pay for everyone, bands per level, and a locked calibration rating everyone — set-based inserts. */
export async function seedCompensation(db: Db, organizationId: string) {
  await db.execute(sql`
    INSERT INTO comp_bands (organization_id, job_family, level_id, currency, min_minor, target_minor, max_minor, effective_from)
    SELECT ${organizationId}, 'General', l.id, 'EUR', 3000000 + l.rank * 1500000, 4000000 + l.rank * 1500000,
           5000000 + l.rank * 1500000, '2024-01-01'
      FROM levels l WHERE l.organization_id = ${organizationId}`);
  // Deterministic spread from a hash of the id: a fifth in USD, a tenth monthly, a tenth raised lately.
  await db.execute(sql`
    INSERT INTO pay_records (organization_id, person_id, effective_from, base_minor, currency, frequency, job_family, reason)
    SELECT p.organization_id, p.id, '2024-01-01',
           CASE WHEN abs(hashtext(p.id::text)) % 10 = 0 THEN 400000 + abs(hashtext(p.id::text || 'b')) % 300000
                ELSE 3500000 + abs(hashtext(p.id::text || 'b')) % 9000000 END,
           CASE WHEN abs(hashtext(p.id::text)) % 5 = 1 THEN 'USD' ELSE 'EUR' END,
           CASE WHEN abs(hashtext(p.id::text)) % 10 = 0 THEN 'monthly' ELSE 'annual' END,
           'General', 'hire'
      FROM people p WHERE p.organization_id = ${organizationId}`);
  await db.execute(sql`
    INSERT INTO pay_records (organization_id, person_id, effective_from, base_minor, currency, frequency, job_family, reason)
    SELECT pr.organization_id, pr.person_id, '2026-09-01', pr.base_minor + pr.base_minor / 20, pr.currency, pr.frequency, pr.job_family, 'merit'
      FROM pay_records pr WHERE pr.organization_id = ${organizationId} AND abs(hashtext(pr.person_id::text || 'r')) % 10 = 0`);
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due, launched_at)
        VALUES (${organizationId}, 'Benchmark reviews', '2026-01-01', '2026-12-31', ${JSON.stringify(testContent)}::jsonb,
          'active', '2026-07-10', '2026-07-24', '2026-08-07', '2026-08-14', '2026-08-28', now())
        RETURNING id`,
  );
  const [session] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO calibration_sessions (organization_id, cycle_id, name, state, locked_at)
        VALUES (${organizationId}, ${cycle!.id}, 'Whole company', 'locked', now()) RETURNING id`,
  );
  await db.execute(sql`
    INSERT INTO reviews (organization_id, cycle_id, subject_id, reviewer_id, state, proposed_rating, final_rating, calibration_session_id)
    SELECT p.organization_id, ${cycle!.id}, p.id, p.manager_id, 'calibrated', 3, 1 + abs(hashtext(p.id::text)) % 5, ${session!.id}
      FROM people p WHERE p.organization_id = ${organizationId}`);
  await db.execute(sql`ANALYZE`);
  return cycle!.id;
}

/** An HR admin's actor: the benchmark calls the command as the route would after signing in. */
export async function hrActor(db: Db, organizationId: string): Promise<Actor> {
  const [person] = await queryRows<{ id: string; email: string }>(
    db,
    sql`SELECT id, email FROM people WHERE organization_id = ${organizationId} AND status = 'active' ORDER BY employee_id LIMIT 1`,
  );
  const [account] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO accounts (organization_id, person_id, email, roles)
        VALUES (${organizationId}, ${person!.id}, ${person!.email}, ARRAY['hr_admin']) RETURNING id`,
  );
  return {
    accountId: account!.id,
    organizationId,
    personId: person!.id,
    email: person!.email,
    roles: new Set(['hr_admin']),
    locale: 'en',
    sessionId: 'bench',
    csrfToken: 'bench',
  };
}

/** A 4×5 merit matrix on compa-ratio (thresholds 0.9, 1, 1.1): target = rating − 1 − column ÷ 2, ±1 point. */
export const benchMatrix = {
  axis: 'compa_ratio' as const,
  thresholds: ['0.9', '1', '1.1'],
  rows: [1, 2, 3, 4, 5].map((rating) => ({
    rating,
    cells: [0, 1, 2, 3].map((column) => {
      const target = Math.max(0, rating - 1 - column * 0.5);
      return {
        minPct: String(Math.max(0, target - 1)),
        targetPct: String(target),
        maxPct: String(target + 1),
      };
    }),
  })),
};
