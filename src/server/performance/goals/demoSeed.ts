import { randomUUID } from 'node:crypto';
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { departments, jobTitles, levels, people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { type DemoContext, insertInChunks } from '../../seed/demoContext';
import { planDemoGoals } from './demoPlan';
import { goalCheckIns, goals, goalTemplates, keyResults, performanceAreas } from './tables';

/** Demo records of this part for the demo organisation (see ../demoSeed.ts for the order). */
export async function seedDemoGoals(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const [staff, departmentRows] = await Promise.all([
    tx
      .select({
        id: people.id,
        email: people.email,
        departmentId: people.departmentId,
        managerId: people.managerId,
      })
      .from(people)
      .where(and(eq(people.organizationId, organizationId), ne(people.status, 'terminated')))
      .orderBy(people.email),
    tx
      .select({ id: departments.id, name: departments.name })
      .from(departments)
      .where(eq(departments.organizationId, organizationId))
      .orderBy(departments.name),
  ]);
  const idOf = (email: string) => staff.find((person) => person.email === email)?.id;
  const plan = planDemoGoals({
    today,
    people: staff,
    departments: departmentRows,
    personaIds: {
      employee: idOf(demoAccounts.employee),
      manager: idOf(demoAccounts.manager),
      hr: idOf(demoAccounts.hr),
    },
  });
  // Parents first: company goals precede department goals precede personal goals in the plan.
  await insertInChunks(plan.goals, (chunk) =>
    tx.insert(goals).values(chunk.map((goal) => ({ ...goal, organizationId }))),
  );
  await insertInChunks(plan.results, (chunk) =>
    tx.insert(keyResults).values(chunk.map((kr) => ({ ...kr, organizationId }))),
  );
  await insertInChunks(plan.checkIns, (chunk) =>
    tx.insert(goalCheckIns).values(chunk.map((checkIn) => ({ ...checkIn, organizationId }))),
  );

  await tx.insert(goalTemplates).values({
    organizationId,
    name: 'Quarterly learning goal',
    title: 'Learn one new skill this quarter and share it',
    description: 'A light goal everybody can take on: pick a skill, practise it, show others.',
    keyResults: [
      {
        title: 'Hours of deliberate practice',
        kind: 'number',
        currency: null,
        startValue: 0,
        targetValue: 20,
      },
      {
        title: 'Knowledge-sharing session held',
        kind: 'milestone',
        currency: null,
        startValue: 0,
        targetValue: 1,
      },
    ],
  });

  const levelRows = await tx
    .select({ id: levels.id, code: levels.code })
    .from(levels)
    .where(and(eq(levels.organizationId, organizationId), inArray(levels.code, ['IC2', 'IC3', 'M1'])));
  const levelId = (code: string) => levelRows.find((level) => level.code === code)?.id;
  // The title-scoped demo area belongs to the demo employee's own title, so signing in as them
  // shows an area for their title next to the one for their level.
  const [employeeTitle] = await tx
    .select({ id: jobTitles.id })
    .from(jobTitles)
    .innerJoin(people, sql`lower(${people.jobTitle}) = lower(${jobTitles.name})`)
    .where(
      and(
        eq(jobTitles.organizationId, organizationId),
        eq(people.organizationId, organizationId),
        eq(people.email, demoAccounts.employee),
      ),
    )
    .limit(1);
  const [engineerTitle] = employeeTitle
    ? [employeeTitle]
    : await tx
        .select({ id: jobTitles.id })
        .from(jobTitles)
        .where(eq(jobTitles.organizationId, organizationId))
        .orderBy(jobTitles.name)
        .limit(1);
  const areas = [
    {
      name: 'Delivery',
      description: 'Shipping reliable work at a sustainable pace.',
      levelId: levelId('IC2'),
      kpis: [
        { name: 'Work items finished per sprint', target: 6, unit: 'items' },
        { name: 'Escaped defects per quarter', target: 2, unit: 'defects' },
      ],
    },
    {
      name: 'Technical leadership',
      description: 'Raising the quality of the team’s work beyond one’s own.',
      levelId: levelId('IC3'),
      kpis: [
        { name: 'Design reviews led', target: 4, unit: 'per quarter' },
        { name: 'Colleagues mentored', target: 2, unit: 'people' },
      ],
    },
    {
      name: 'Team health',
      description: 'A team that knows its goals and gets regular feedback.',
      levelId: levelId('M1'),
      kpis: [
        { name: '1:1s held as planned', target: 90, unit: '%' },
        { name: 'Team engagement score', target: 75, unit: 'points' },
      ],
    },
  ].filter((area) => area.levelId);
  const rows: (typeof performanceAreas.$inferInsert)[] = areas.map((area) => ({
    organizationId,
    name: area.name,
    description: area.description,
    levelId: area.levelId,
    kpis: area.kpis.map((kpi) => ({ id: randomUUID(), ...kpi })),
  }));
  if (engineerTitle) {
    rows.push({
      organizationId,
      name: 'Role essentials',
      description: 'What this job title is measured on, whatever the level.',
      jobTitleId: engineerTitle.id,
      kpis: [{ id: randomUUID(), name: 'Goals checked in on time', target: 90, unit: '%' }],
    });
  }
  if (rows.length > 0) await tx.insert(performanceAreas).values(rows);
}
