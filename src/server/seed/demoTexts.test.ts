import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemoAspirations } from '../growth/aspirations/demoSeed';
import { seedDemoConversations } from '../growth/conversations/demoSeed';
import { otherDemoPlans, seedDemoPlans } from '../growth/plans/demoSeed';
import { buildDemoPlan } from '../org/seed/demo';
import { demoAccounts } from '../org/seed/demoRoster';
import { writeOrganizationPlan } from '../org/seed/writePlan';
import { departmentKeyResults, personalGoalIdeas } from '../performance/goals/demoGoalIdeas';
import { planDemoGoals } from '../performance/goals/demoPlan';
import { seedDemoGoals } from '../performance/goals/demoSeed';
import { demoOneOnOneContent, type SeriesRelation } from '../performance/oneOnOnes/demoContent';
import { seedDemoOneOnOnes } from '../performance/oneOnOnes/demoSeed';
import { type Db, queryRows } from '../platform/db/client';
import { inTransaction } from '../platform/db/tx';
import { testDatabase } from '../testing/database';
import { type WorkFamily, workFamily } from './demoContext';

/**
 * The demo's own texts fit the person they belong to (issue 11, item 17): goals, 1:1s, development
 * plans, aspirations and career conversation notes are written from the owner's field and role, so
 * the demo's engineers do not chase sales pipeline. (Review answers and praise: calibration's
 * demoReviews.test.ts and the feedback seed.)
 */

const today = '2026-11-22';

interface Person {
  id: string;
  email: string;
  manager_id: string | null;
  department: string | null;
  department_id: string | null;
  reports: number;
}

let db: Db;
let organizationId: string;
let staff: Map<string, Person>;
const family = (personId: string): WorkFamily => workFamily(staff.get(personId)?.department);

/** The demo roster under a slug of its own (no logins, whose emails are global), then these seeds. */
beforeAll(async () => {
  db = (await testDatabase()).db;
  const plan = buildDemoPlan('unused-hash');
  ({ organizationId } = await writeOrganizationPlan(db, {
    ...plan,
    slug: `demo-texts-${randomUUID().slice(0, 8)}`,
    accounts: [],
  }));
  const context = { organizationId, today };
  await inTransaction(db, async (tx) => {
    await seedDemoGoals(tx, context);
    await seedDemoOneOnOnes(tx, context);
    await seedDemoAspirations(tx, context);
    await seedDemoPlans(tx, context);
    await seedDemoConversations(tx, context);
  });
  const people = await queryRows<Person>(
    db,
    sql`SELECT p.id, p.email, p.manager_id, d.name AS department, p.department_id,
               (SELECT count(*)::int FROM people r WHERE r.manager_id = p.id) AS reports
          FROM people p LEFT JOIN departments d ON d.id = p.department_id
         WHERE p.organization_id = ${organizationId}`,
  );
  staff = new Map(people.map((person) => [person.id, person]));
}, 60_000);

describe('demo goals', () => {
  it('come from their owner’s field: no engineer owns a sales goal', async () => {
    const goals = await queryRows<{ owner_person_id: string; title: string }>(
      db,
      sql`SELECT owner_person_id, title FROM goals
           WHERE organization_id = ${organizationId} AND level = 'personal'`,
    );
    for (const goal of goals) {
      const titles = personalGoalIdeas[family(goal.owner_person_id)].map((idea) => idea.title);
      expect(titles, `${staff.get(goal.owner_person_id)?.department}: ${goal.title}`).toContain(goal.title);
    }
    const engineering = personalGoalIdeas.engineering.map((idea) => idea.title);
    const salesOnly = personalGoalIdeas.commercial
      .map((idea) => idea.title)
      .filter((title) => !engineering.includes(title));
    const engineers = goals.filter((goal) => family(goal.owner_person_id) === 'engineering');
    expect(engineers.length).toBeGreaterThan(10);
    expect(engineers.filter((goal) => salesOnly.includes(goal.title))).toEqual([]);
    // Every field is represented, so the check above is not about engineers alone.
    expect(new Set(goals.map((goal) => family(goal.owner_person_id))).size).toBe(5);
  });

  it('give each department key results of its own field', async () => {
    const results = await queryRows<{ department: string; titles: string[] }>(
      db,
      sql`SELECT d.name AS department, array_agg(k.title ORDER BY k.position) AS titles
            FROM goals g JOIN departments d ON d.id = g.owner_department_id
            JOIN goal_key_results k ON k.goal_id = g.id
           WHERE g.organization_id = ${organizationId} AND g.level = 'department'
           GROUP BY d.name`,
    );
    expect(results.length).toBeGreaterThanOrEqual(5);
    for (const { department, titles } of results) {
      expect(titles, department).toEqual(
        departmentKeyResults[workFamily(department)].map(([title]) => title),
      );
    }
    const sales = results.find((row) => row.department === 'Sales');
    expect(sales?.titles).not.toContain('Deployments per week');
  });

  it('are planned the same way every time for the same people and day', async () => {
    const people = [...staff.values()].map((person) => ({
      id: person.id,
      email: person.email,
      departmentId: person.department_id,
      managerId: person.manager_id,
    }));
    const departments = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM departments WHERE organization_id = ${organizationId} ORDER BY name`,
    );
    const plan = () =>
      planDemoGoals({ today, people, departments, personaIds: {} }).goals.map((goal) => [
        goal.ownerPersonId ?? goal.ownerDepartmentId,
        goal.title,
      ]);
    expect(plan()).toEqual(plan());
  });
});

describe('demo 1:1s', () => {
  it('are held between engineers, in words that fit who meets whom', async () => {
    const series = await queryRows<{ id: string; organizer_id: string; attendee_id: string }>(
      db,
      sql`SELECT id, organizer_id, attendee_id FROM one_on_one_series WHERE organization_id = ${organizationId}`,
    );
    expect(series.length).toBeGreaterThanOrEqual(4);
    const relations = new Set<SeriesRelation>();
    for (const { id, organizer_id, attendee_id } of series) {
      expect([family(organizer_id), family(attendee_id)]).toEqual(['engineering', 'engineering']);
      const attendee = staff.get(attendee_id)!;
      const relation: SeriesRelation =
        attendee.manager_id !== organizer_id
          ? 'peers'
          : attendee.reports > 0
            ? 'directorAndManager'
            : 'managerAndReport';
      relations.add(relation);
      const content = demoOneOnOneContent[relation];
      const texts = await queryRows<{ kind: string; author_id: string | null; text: string }>(
        db,
        sql`SELECT 'topic' AS kind, a.author_id, a.text FROM one_on_one_agenda_items a
              JOIN one_on_one_meetings m ON m.id = a.meeting_id
             WHERE m.series_id = ${id} AND a.source = 'manual'
            UNION ALL
            SELECT 'action', i.owner_id, i.text FROM one_on_one_action_items i
              JOIN one_on_one_meetings m ON m.id = i.meeting_id WHERE m.series_id = ${id}
            UNION ALL
            SELECT 'private', n.author_id, n.body FROM one_on_one_private_notes n
              JOIN one_on_one_meetings m ON m.id = n.meeting_id WHERE m.series_id = ${id}
            UNION ALL
            SELECT 'shared', NULL, m.shared_notes FROM one_on_one_meetings m
             WHERE m.series_id = ${id} AND m.shared_notes <> ''`,
      );
      const allowed: Record<string, readonly string[]> = {
        topic: [...content.nowTopics, ...content.nextTopics],
        action: content.actions,
        shared: content.sharedNotes,
      };
      for (const row of texts) {
        const pool =
          row.kind === 'private'
            ? content.privateNotes[row.author_id === organizer_id ? 'organizer' : 'attendee']
            : allowed[row.kind]!;
        expect(pool, `${relation} ${row.kind}: ${row.text}`).toContain(row.text);
      }
    }
    expect([...relations].sort()).toEqual(['directorAndManager', 'managerAndReport', 'peers']);
  });
});

describe('demo development', () => {
  it('gives each development plan to someone in a field it fits', async () => {
    const plans = await queryRows<{ owner_id: string; title: string }>(
      db,
      sql`SELECT owner_id, title FROM development_plans WHERE organization_id = ${organizationId}`,
    );
    expect(plans).toHaveLength(1 + otherDemoPlans.length);
    for (const plan of plans) {
      const owner = staff.get(plan.owner_id)!;
      const fits =
        owner.email === demoAccounts.employee
          ? ['engineering']
          : otherDemoPlans.find((other) => other.title === plan.title)!.fits;
      expect(fits, `${owner.department}: ${plan.title}`).toContain(family(plan.owner_id));
    }
    const productMove = plans.find((plan) => plan.title === 'Move into product management');
    expect(family(productMove!.owner_id)).not.toBe('product');
  });

  it('leaves aspirations and career conversation notes, written as engineers, to engineers', async () => {
    const authors = await queryRows<{ person_id: string }>(
      db,
      sql`SELECT owner_id AS person_id FROM aspirations WHERE organization_id = ${organizationId}
          UNION ALL
          SELECT author_id FROM career_conversation_notes WHERE organization_id = ${organizationId}`,
    );
    expect(authors.length).toBeGreaterThan(5);
    expect(new Set(authors.map((row) => family(row.person_id)))).toEqual(new Set(['engineering']));
  });
});
