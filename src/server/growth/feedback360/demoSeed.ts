import type { AnonymousGroup, RaterGroup } from '../../../contracts/feedback360';
import { demoAccounts } from '../../org/seed/demoRoster';
import { SeededRandom } from '../../org/seed/random';
import type { Db } from '../../platform/db/client';
import { notify } from '../../platform/notifications/notify';
import { type DemoContext, type DemoPerson, demoStaff } from '../../seed/demoContext';
import { listCompetenciesForQuestionnaire } from '../paths/queries';
import { ensureCompetencies } from './starterLibrary';
import {
  feedback360Answers,
  feedback360Comments,
  feedback360Nominations,
  feedback360Questions,
  feedback360Requests,
  feedback360Responses,
  feedback360Tasks,
} from './tables';

const dayBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

interface GroupPlan {
  group: AnonymousGroup;
  invited: DemoPerson[];
  answered: number;
}

interface Plan {
  subject: DemoPerson;
  createdDaysAgo: number;
  deadlineDaysAgo: number;
  status: 'collecting' | 'released';
  groups: GroupPlan[];
  /** Others' typical score per competency (by position), and the subject's own view. */
  others: number[];
  self: number[];
  selfDone: boolean;
  comments: { group: RaterGroup; kind: 'strengths' | 'suggestions'; text: string }[];
}

const clamp = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

async function seedOne(tx: Db, context: DemoContext, plan: Plan, random: SeededRandom) {
  const { organizationId, today } = context;
  const library = (await listCompetenciesForQuestionnaire(tx, organizationId)).slice(0, 6);
  const created = dayBefore(today, plan.createdDaysAgo);
  const closedOn = plan.status === 'released' ? dayBefore(today, plan.deadlineDaysAgo) : null;
  const [request] = await tx
    .insert(feedback360Requests)
    .values({
      organizationId,
      subjectId: plan.subject.id,
      requestedById: plan.subject.id,
      status: plan.status,
      anonymityThresholds: { manager: 3, peers: 3, direct_reports: 3, others: 3 },
      firstResponseIn: true,
      deadline: dayBefore(today, plan.deadlineDaysAgo),
      createdOn: created,
      closedOn,
      releasedOn: closedOn,
      createdAt: new Date(`${created}T09:00:00Z`),
    })
    .returning({ id: feedback360Requests.id });
  const requestId = request!.id;
  const questions = await tx
    .insert(feedback360Questions)
    .values(
      library.map((c, position) => ({
        requestId,
        competencyId: c.id,
        competencyName: c.name,
        competencyDescription: c.description,
        behaviours: c.behaviours,
        position,
      })),
    )
    .returning({ id: feedback360Questions.id, position: feedback360Questions.position });
  const taskRows: (typeof feedback360Tasks.$inferInsert)[] = [
    { requestId, raterId: plan.subject.id, raterGroup: 'self', status: plan.selfDone ? 'done' : 'pending' },
  ];
  const responses: { group: RaterGroup; scores: number[] }[] = [];
  if (plan.selfDone) responses.push({ group: 'self', scores: plan.self });
  for (const g of plan.groups) {
    await tx.insert(feedback360Nominations).values(
      g.invited.map((p) => ({
        requestId,
        personId: p.id,
        raterGroup: g.group,
        status: 'approved' as const,
      })),
    );
    g.invited.forEach((person, i) => {
      const done = i < g.answered;
      taskRows.push({
        requestId,
        raterId: person.id,
        raterGroup: g.group,
        status: done ? 'done' : plan.status === 'released' ? 'expired' : 'pending',
      });
      if (done)
        responses.push({
          group: g.group,
          scores: plan.others.map((base) => clamp(base + random.int(-1, 1) * 0.6)),
        });
    });
  }
  const tasks = await tx.insert(feedback360Tasks).values(taskRows).returning({
    id: feedback360Tasks.id,
    raterId: feedback360Tasks.raterId,
    status: feedback360Tasks.status,
  });
  for (const response of responses) {
    const [row] = await tx
      .insert(feedback360Responses)
      .values({ requestId, raterGroup: response.group })
      .returning({ id: feedback360Responses.id });
    await tx.insert(feedback360Answers).values(
      questions.map((q) => ({
        responseId: row!.id,
        questionId: q.id,
        behaviourScore: response.scores[q.position] ?? null,
      })),
    );
  }
  if (plan.comments.length > 0)
    await tx.insert(feedback360Comments).values(
      plan.comments.map((c) => ({
        requestId,
        raterGroup: c.group,
        kind: c.kind,
        commentText: c.text,
        shuffleKey: random.int(0, 1_000_000),
      })),
    );
  return { requestId, tasks };
}

/**
 * The demo manager's two 360s (a year apart, so the report shows change), the latest with enough
 * direct reports and peers but a single answer in the manager group, which the report suppresses;
 * and a colleague's running 360 that waits for the demo employee's answer.
 */
export async function seedDemoFeedback360(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId } = context;
  await ensureCompetencies(tx, organizationId);
  const staff = await demoStaff(tx, organizationId);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  if (!manager || !employee) return;
  const random = new SeededRandom(360);
  const reports = staff.filter((p) => p.managerId === manager.id);
  const boss = staff.find((p) => p.id === manager.managerId);
  // Fellow managers under the same boss first, then the leads below them, then anyone.
  const eligible = staff.filter(
    (p) => p.id !== manager.id && p.managerId !== manager.id && p.id !== boss?.id && p.id !== employee.id,
  );
  const siblingIds = new Set(eligible.filter((p) => p.managerId === manager.managerId).map((p) => p.id));
  const peers = [
    ...eligible.filter((p) => siblingIds.has(p.id)),
    ...eligible.filter((p) => p.managerId !== null && siblingIds.has(p.managerId)),
    ...eligible,
  ]
    .filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i)
    .slice(0, 6);
  if (reports.length < 4 || peers.length < 4 || !boss) return;

  await seedOne(
    tx,
    context,
    {
      subject: manager,
      createdDaysAgo: 400,
      deadlineDaysAgo: 380,
      status: 'released',
      groups: [
        { group: 'direct_reports', invited: reports.slice(0, 4), answered: 4 },
        { group: 'peers', invited: peers.slice(0, 3), answered: 3 },
      ],
      others: [3.2, 2.6, 3.4, 2.8, 3.6, 3.0],
      self: [4, 3, 4, 4, 4, 3],
      selfDone: true,
      comments: [],
    },
    random,
  );
  await seedOne(
    tx,
    context,
    {
      subject: manager,
      createdDaysAgo: 35,
      deadlineDaysAgo: 6,
      status: 'released',
      groups: [
        { group: 'direct_reports', invited: reports.slice(0, 5), answered: Math.min(reports.length, 4) },
        { group: 'peers', invited: peers.slice(0, 4), answered: 3 },
        { group: 'manager', invited: [boss], answered: 1 },
      ],
      others: [4.1, 3.2, 4.4, 2.6, 3.9, 4.3],
      self: [4, 4, 3, 4, 4, 3],
      selfDone: true,
      comments: [
        {
          group: 'direct_reports',
          kind: 'strengths',
          text: 'Protects the team’s focus time and says no to scope creep on our behalf.',
        },
        {
          group: 'direct_reports',
          kind: 'strengths',
          text: 'Very good at turning a messy incident into a calm plan within minutes.',
        },
        {
          group: 'peers',
          kind: 'strengths',
          text: 'Shares roadmap context with neighbouring teams before anyone has to ask.',
        },
        {
          group: 'direct_reports',
          kind: 'suggestions',
          text: 'I would like more frequent, smaller pieces of feedback rather than saving it up.',
        },
        {
          group: 'peers',
          kind: 'suggestions',
          text: 'Written decisions sometimes arrive late; a short summary after meetings would help.',
        },
        {
          group: 'direct_reports',
          kind: 'suggestions',
          text: 'Delegating the planning meetings would give the leads room to grow.',
        },
        {
          group: 'manager',
          kind: 'suggestions',
          text: 'This comment sits in a suppressed group and never appears.',
        },
        {
          group: 'self',
          kind: 'strengths',
          text: 'I think I keep the platform stable and the team calm under pressure.',
        },
        {
          group: 'self',
          kind: 'suggestions',
          text: 'I want to get better at writing down decisions for people outside the team.',
        },
      ],
    },
    random,
  );

  // A teammate's running 360 with a pending task for the demo employee.
  const teammate = reports.find((p) => p.id !== employee.id);
  if (!teammate) return;
  const colleagues = [employee, ...reports.filter((p) => p.id !== employee.id && p.id !== teammate.id)].slice(
    0,
    4,
  );
  const { tasks } = await seedOne(
    tx,
    context,
    {
      subject: teammate,
      createdDaysAgo: 4,
      deadlineDaysAgo: -10,
      status: 'collecting',
      // The employee is listed first but has not answered: the first `answered` are the others.
      groups: [{ group: 'peers', invited: [...colleagues.slice(1), colleagues[0]!], answered: 2 }],
      others: [3.8, 3.5, 4.0, 3.6, 3.9, 3.7],
      self: [4, 4, 4, 3, 4, 4],
      selfDone: true,
      comments: [],
    },
    random,
  );
  const mine = tasks.find((t) => t.raterId === employee.id && t.status === 'pending');
  if (mine)
    await notify(tx, [
      {
        organizationId,
        recipientId: employee.id,
        kind: 'feedback360.invited',
        params: { name: `${teammate.givenName} ${teammate.familyName}`, self: false },
        link: `/growth/360/respond/${mine.id}`,
        email: true,
      },
    ]);
}
