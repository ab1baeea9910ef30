import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { accounts } from '../../platform/auth/tables';
import { type Database, queryRows } from '../../platform/db/client';
import { testDatabase } from '../../testing/database';
import { people } from '../tables';
import { SeededRandom } from './random';
import {
  buildSyntheticPlan,
  growReportingTree,
  OrganizationExistsError,
  seedSyntheticOrganization,
} from './synthetic';

describe('growReportingTree', () => {
  it('places everyone once, managers before reports, with spans of 3–12', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4_000 }), fc.integer(), (size, seed) => {
        const tree = growReportingTree(size, new SeededRandom(seed));
        const spans = new Map<number, number>();
        const misplaced = tree.filter(
          (node, index) => index > 0 && (node.parent >= index || node.depth !== tree[node.parent]!.depth + 1),
        );
        for (const node of tree.slice(1)) spans.set(node.parent, (spans.get(node.parent) ?? 0) + 1);
        // Only an organisation too small for a team of three has a smaller one.
        const smallest = size >= 4 ? 3 : 1;
        const badSpans = [...spans].filter(
          ([manager, span]) => span !== tree[manager]!.reports || span < smallest || span > 12,
        );
        expect({ size: tree.length, misplaced: misplaced.length, badSpans }).toEqual({
          size,
          misplaced: 0,
          badSpans: [],
        });
      }),
      { numRuns: 60 },
    );
  });

  it('deepens roughly with the logarithm of the size', () => {
    const depthOf = (size: number) =>
      Math.max(...growReportingTree(size, new SeededRandom(1)).map((node) => node.depth));
    expect(depthOf(100)).toBeLessThanOrEqual(6);
    const large = depthOf(100_000);
    expect(large).toBeGreaterThanOrEqual(6);
    expect(large).toBeLessThanOrEqual(14);
  });
});

describe('buildSyntheticPlan', () => {
  const plan = buildSyntheticPlan({ people: 5_000, slug: 'plan-check', seed: 3 });
  const byId = new Map(plan.people.map((person) => [person.id, person]));

  it('gives unique emails and employee ids', () => {
    expect(new Set(plan.people.map((person) => person.email)).size).toBe(5_000);
    expect(new Set(plan.people.map((person) => person.employeeId)).size).toBe(5_000);
  });

  it('hires every manager no later than their reports and lists them first', () => {
    const seen = new Set<string>();
    for (const person of plan.people) {
      if (person.managerId) {
        expect(seen.has(person.managerId)).toBe(true);
        expect(byId.get(person.managerId)!.hireDate <= person.hireDate).toBe(true);
      }
      seen.add(person.id);
    }
  });

  it('puts departments under the VPs and only lets individual contributors leave', () => {
    const vps = plan.people.filter((person) => person.level === 'E1');
    expect(new Set(vps.map((vp) => vp.department)).size).toBe(vps.length);
    expect(plan.departments).toHaveLength(vps.length + 1);
    const managers = new Set(plan.people.map((person) => person.managerId));
    for (const person of plan.people.filter((p) => p.status === 'terminated')) {
      expect(managers.has(person.id)).toBe(false);
      expect(person.terminatedOn! > person.hireDate).toBe(true);
    }
  });

  it('is deterministic for a seed', () => {
    const again = buildSyntheticPlan({ people: 5_000, slug: 'plan-check', seed: 3 });
    expect(again.people.map((person) => person.email)).toEqual(plan.people.map((person) => person.email));
  });
});

describe('seedSyntheticOrganization', () => {
  let database: Database;
  beforeAll(async () => {
    database = await testDatabase();
  }, 60_000);

  const slug = `synthetic-${randomUUID().slice(0, 8)}`;

  it('stores people, one open reporting line each and optional logins', async () => {
    const result = await seedSyntheticOrganization(database.db, {
      people: 3_000,
      slug,
      accounts: true,
    });
    expect(result.count).toBe(3_000);
    const [counts] = await queryRows<{ people: number; lines: number; mismatched: number }>(
      database.db,
      sql`
        SELECT (SELECT count(*)::int FROM people WHERE organization_id = ${result.organizationId}) AS people,
               (SELECT count(*)::int FROM reporting_lines WHERE organization_id = ${result.organizationId}) AS lines,
               (SELECT count(*)::int FROM people p JOIN reporting_lines r ON r.person_id = p.id AND r.valid_to IS NULL
                 WHERE p.organization_id = ${result.organizationId}
                   AND (r.manager_id IS DISTINCT FROM p.manager_id OR r.valid_from <> p.hire_date)) AS mismatched`,
    );
    expect(counts).toEqual({ people: 3_000, lines: 3_000, mismatched: 0 });
    const logins = await database.db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.organizationId, result.organizationId));
    expect(logins).toHaveLength(3_000);
    const roots = await database.db
      .select({ id: people.id })
      .from(people)
      .where(sql`${people.organizationId} = ${result.organizationId} AND ${people.managerId} IS NULL`);
    expect(roots).toHaveLength(1);
  });

  it('refuses a slug that is taken', async () => {
    await expect(seedSyntheticOrganization(database.db, { people: 10, slug })).rejects.toBeInstanceOf(
      OrganizationExistsError,
    );
  });
});
