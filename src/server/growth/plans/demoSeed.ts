import { and, asc, eq } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { addDays } from '../../org/seed/random';
import { listLinkableObjectives } from '../../performance/readApi';
import type { Db } from '../../platform/db/client';
import {
  type DemoContext,
  type DemoPerson,
  demoStaff,
  type WorkFamily,
  workFamily,
} from '../../seed/demoContext';
import { learningItems } from '../learning/tables';
import { suggestPlanFollowUps } from './commands/shared';
import {
  type ActionKind,
  type ActionStatus,
  developmentActions,
  developmentGoals,
  developmentPlans,
  developmentPlanUpdates,
  type PlanStatus,
} from './tables';

interface DemoAction {
  kind: ActionKind;
  title: string;
  status: ActionStatus;
  startIn?: number;
  dueIn?: number;
  evidence?: string;
  link?: string;
  /** Linked to a course of the learning catalogue (its first by title, an engineering one). */
  catalogue?: 'course';
}
interface DemoGoal {
  title: string;
  description: string;
  targetIn: number;
  status: 'not_started' | 'in_progress' | 'achieved';
  linkObjective?: boolean;
  actions: DemoAction[];
}
interface DemoPlan {
  title: string;
  status: PlanStatus;
  shared: boolean;
  startedDaysAgo: number;
  goals: DemoGoal[];
  /** Progress notes: days ago, note. */
  updates: [number, string][];
}

/** A colleague's plan and the fields (seed/demoContext.ts) whose people would write it. */
interface OtherPlan extends DemoPlan {
  fits: readonly WorkFamily[];
}

/** The demo employee's plan: active, shared, with months of history and a link to the business. */
const employeePlan: DemoPlan = {
  title: 'Towards senior engineer',
  status: 'active',
  shared: true,
  startedDaysAgo: 130,
  goals: [
    {
      title: 'Lead technical work across teams',
      description: 'Take the lead on work that needs more than one team, from first sketch to rollout.',
      targetIn: 150,
      status: 'in_progress',
      linkObjective: true,
      actions: [
        {
          kind: 'stretch_assignment',
          title: 'Lead the design of the partner integration',
          status: 'in_progress',
          startIn: -40,
          dueIn: 45,
        },
        {
          kind: 'mentoring',
          title: 'Monthly mentoring with a staff engineer',
          status: 'in_progress',
          startIn: -100,
          dueIn: 80,
        },
        {
          kind: 'shadowing',
          title: 'Shadow two architecture reviews',
          status: 'done',
          startIn: -110,
          dueIn: -70,
          evidence: 'Sat in on the storage and billing reviews; wrote down the questions that mattered most.',
        },
      ],
    },
    {
      title: 'Get confident with data modelling',
      description: 'Model data for the next product area without needing a second opinion on every table.',
      targetIn: 200,
      status: 'in_progress',
      actions: [
        {
          kind: 'course',
          title: 'Relational modelling course',
          status: 'planned',
          startIn: 10,
          dueIn: 70,
          catalogue: 'course',
        },
        {
          kind: 'reading',
          title: 'Read a book on designing data-intensive systems',
          status: 'done',
          startIn: -90,
          dueIn: -30,
          evidence: 'Finished; shared a one-page summary with the team.',
          link: 'https://wiki.example.test/reading-notes',
        },
        {
          kind: 'project',
          title: 'Redesign the reporting schema',
          status: 'planned',
          startIn: 20,
          dueIn: 120,
        },
      ],
    },
  ],
  updates: [
    [125, 'Started the plan after talking it through with my manager.'],
    [98, 'First mentoring session: agreed to focus on writing design documents.'],
    [70, 'Completed: Shadow two architecture reviews'],
    [44, 'Picked up the partner integration design as a stretch assignment.'],
    [30, 'Completed: Read a book on designing data-intensive systems'],
    [8, 'First draft of the integration design is out for comments.'],
  ],
};

export const otherDemoPlans: OtherPlan[] = [
  {
    // A talk about one's own team's work: anyone's.
    fits: ['engineering', 'product', 'commercial', 'people', 'business'],
    title: 'Present with confidence',
    status: 'active',
    shared: true,
    startedDaysAgo: 80,
    goals: [
      {
        title: 'Give a talk at the company all-hands',
        description: 'Prepare and give a ten-minute talk about our team’s work.',
        targetIn: 60,
        status: 'in_progress',
        actions: [
          {
            kind: 'course',
            title: 'Public speaking workshop',
            status: 'done',
            startIn: -70,
            dueIn: -50,
            evidence: 'Attended both days.',
          },
          {
            kind: 'project',
            title: 'Draft the all-hands talk',
            status: 'in_progress',
            startIn: -10,
            dueIn: 20,
          },
        ],
      },
    ],
    updates: [
      [78, 'Signed up for the workshop.'],
      [50, 'Completed: Public speaking workshop'],
      [6, 'Outline of the talk agreed.'],
    ],
  },
  {
    // Left alone for over 30 days: the nudge job picks it up. Written by someone outside product,
    // who wants to move into it.
    fits: ['engineering', 'commercial', 'people', 'business'],
    title: 'Move into product management',
    status: 'active',
    shared: false,
    startedDaysAgo: 150,
    goals: [
      {
        title: 'Understand how product decisions are made',
        description: 'Learn how the product team chooses and sizes work.',
        targetIn: 90,
        status: 'not_started',
        actions: [
          { kind: 'shadowing', title: 'Shadow a product manager for a sprint', status: 'planned', dueIn: 30 },
          // Not linked: the demo catalogue's only certification is about cloud architecture.
          { kind: 'certification', title: 'Product management certificate', status: 'planned', dueIn: 120 },
        ],
      },
    ],
    updates: [[140, 'Wrote down why I want to try product work.']],
  },
];

const at = (today: string, daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T10:00:00Z`);
const dateIn = (today: string, days: number | undefined) =>
  days === undefined ? null : addDays(today, days);

async function writePlan(
  tx: Db,
  context: DemoContext,
  owner: DemoPerson,
  plan: DemoPlan,
  links: { objectiveId: string | null; course: string | null },
) {
  const { organizationId, today } = context;
  const lastActivityDaysAgo = plan.updates.length
    ? Math.min(...plan.updates.map(([days]) => days))
    : plan.startedDaysAgo;
  const [row] = await tx
    .insert(developmentPlans)
    .values({
      organizationId,
      ownerId: owner.id,
      title: plan.title,
      status: plan.status,
      sharedWithId: plan.shared ? owner.managerId : null,
      sharedAt: plan.shared && owner.managerId ? at(today, plan.startedDaysAgo - 3) : null,
      lastActivityAt: at(today, lastActivityDaysAgo),
      createdAt: at(today, plan.startedDaysAgo),
      updatedAt: at(today, lastActivityDaysAgo),
    })
    .returning();
  const plan0 = row!;
  let total = 0;
  const doneDays: number[] = [];
  for (const [index, goal] of plan.goals.entries()) {
    const [goalRow] = await tx
      .insert(developmentGoals)
      .values({
        organizationId,
        planId: plan0.id,
        title: goal.title,
        description: goal.description,
        targetDate: dateIn(today, goal.targetIn),
        status: goal.status,
        businessGoalId: goal.linkObjective ? links.objectiveId : null,
        position: index + 1,
        createdAt: at(today, plan.startedDaysAgo),
      })
      .returning({ id: developmentGoals.id });
    for (const action of goal.actions) {
      total++;
      if (action.status === 'done') doneDays.push(-(action.dueIn ?? 0));
      await tx.insert(developmentActions).values({
        organizationId,
        planId: plan0.id,
        goalId: goalRow!.id,
        kind: action.kind,
        title: action.title,
        startDate: dateIn(today, action.startIn),
        dueDate: dateIn(today, action.dueIn),
        status: action.status,
        evidenceText: action.evidence ?? '',
        evidenceUrl: action.link ?? null,
        learningItemId: action.catalogue === 'course' ? links.course : null,
        completedAt: action.status === 'done' ? at(today, -(action.dueIn ?? 0)) : null,
        // A second apart, so actions list in the order they are written here.
        createdAt: new Date(at(today, plan.startedDaysAgo).getTime() + total * 1000),
      });
    }
  }
  // Each note snapshots the share of actions done by its date, so the history chart climbs as it did.
  await tx.insert(developmentPlanUpdates).values(
    plan.updates.map(([daysAgo, note]) => ({
      organizationId,
      planId: plan0.id,
      authorId: owner.id,
      note,
      progressPercent:
        total === 0 ? 0 : Math.round((doneDays.filter((d) => d >= daysAgo).length / total) * 100),
      createdAt: at(today, daysAgo),
    })),
  );
  return plan0;
}

/**
 * Demo plans: the demo employee's shared, active plan with months of history, one goal linked to a
 * company objective, actions of several kinds, and its open actions in the "Next" section of their
 * upcoming 1:1 with their manager; two colleagues' plans, one of them quiet for over 30 days, each
 * owned by someone in a field it fits.
 */
export async function seedDemoPlans(tx: Db, context: DemoContext): Promise<void> {
  const staff = await demoStaff(tx, context.organizationId);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  if (!employee) return;
  const { rows: objectives } = await listLinkableObjectives(tx, {
    organizationId: context.organizationId,
    personId: employee.id,
    page: 1,
    pageSize: 10,
  });
  const objectiveId = objectives.find((o) => o.level === 'company')?.id ?? objectives[0]?.id ?? null;
  const [course] = await tx
    .select({ id: learningItems.id })
    .from(learningItems)
    .where(and(eq(learningItems.organizationId, context.organizationId), eq(learningItems.kind, 'course')))
    .orderBy(asc(learningItems.title))
    .limit(1);

  const plan = await writePlan(tx, context, employee, employeePlan, {
    objectiveId,
    course: course?.id ?? null,
  });
  await suggestPlanFollowUps(tx, plan);

  const demoEmails = new Set<string>(Object.values(demoAccounts));
  const others = staff.filter(
    (p) => !demoEmails.has(p.email) && p.managerId !== null && p.id !== employee.managerId,
  );
  const owners = new Set<string>();
  for (const [index, other] of otherDemoPlans.entries()) {
    // Spread over the organisation (every seventh colleague), moving on to the next who fits.
    const fitting = others.filter(
      (p) => other.fits.includes(workFamily(p.departmentName)) && !owners.has(p.id),
    );
    const owner = fitting.find((p) => others.indexOf(p) >= index * 7) ?? fitting[0];
    if (!owner) continue;
    owners.add(owner.id);
    const written = await writePlan(tx, context, owner, other, { objectiveId: null, course: null });
    await suggestPlanFollowUps(tx, written);
  }
}
