import { and, eq, ne } from 'drizzle-orm';
import type { SurveyDriver } from '../../../contracts/surveys';
import { demoAccounts } from '../../org/seed/demoRoster';
import { SeededRandom } from '../../org/seed/random';
import { departments, people } from '../../org/tables';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { notify } from '../../platform/notifications/notify';
import { type DemoContext, insertInChunks } from '../../seed/demoContext';
import { managerChains, nextLaunchAfter, tenureBandOf } from './commands/launchRound';
import { starterQuestionList } from './starterLibrary';
import {
  engagementSurveyComments,
  engagementSurveyParticipants,
  engagementSurveyQuestions,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
  engagementTeamActions,
} from './tables';

/** How a department tends to feel about each driver (0: as the organisation, ±1: clearly better/worse). */
const moodOf: Record<string, Partial<Record<SurveyDriver, number>>> = {
  Engineering: { workload: -0.8, autonomy: 0.6, growth: 0.3 },
  Sales: { recognition: 0.5, workload: -0.4, wellbeing: -0.5 },
  'Customer Success': { belonging: 0.6, workload: -0.6 },
  Product: { alignment: -0.6, autonomy: 0.4 },
  'People & Culture': { belonging: 0.5, manager_support: 0.4 },
};

/** Fresh comments, one picked per commenting respondent (department-neutral on purpose). */
const commentTexts = [
  'Fewer meetings on Fridays would give me time to think.',
  'I would like clearer priorities for the next quarter.',
  'The new onboarding buddy scheme made a real difference.',
  'Recognition mostly happens in private; say thanks in the team channel too.',
  'On-call weeks leave me tired for days afterwards.',
  'I do not see where I could grow from my current role.',
  'My manager makes time for me even in busy weeks.',
  'Cross-team projects are where I learn the most — more of those, please.',
  'Hiring has not kept up with the work; several of us cover two roles.',
  'I appreciate being trusted to decide how I work.',
  'The all-hands answers to questions felt scripted.',
  'Good people, good atmosphere. I would recommend it here.',
];

const clampLikert = (n: number) => Math.max(1, Math.min(5, Math.round(n)));

/**
 * The demo's engagement pulse: a monthly survey, each round open two weeks, with two closed rounds
 * of answers (most departments pass the threshold; the smallest ones are withheld on the heatmap)
 * and an open third round, launched eight days ago, that Sofia Almeida (employee@demo.test) has
 * not answered yet. Nobody had a pulse in the last seven days, so a round HR launches invites. Written straight to the
 * tables in the shape a launch and real answers leave them: invitations with launch-day snapshots
 * apart from anonymous responses and comments.
 */
export async function seedDemoSurveys(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const random = new SeededRandom(1414);
  const questionPicks = [
    ...starterQuestionList.filter(
      (q, i, all) => q.kind === 'likert' && all.findIndex((o) => o.driver === q.driver) === i,
    ),
    starterQuestionList.find((q) => q.kind === 'enps')!,
    starterQuestionList.find((q) => q.kind === 'comment')!,
  ];
  // Each round is open for two weeks (`openDays` below). The open one started eight days ago: it
  // still waits for Sofia, and nobody has had a pulse in the last seven days, so HR launching a
  // round in the demo invites people instead of finding everyone resting (fatigue guard).
  const rounds = [
    { opensOn: addDays(today, -63), closesOn: addDays(today, -49), closed: true, answerRate: 0.8, lift: 0 },
    {
      opensOn: addDays(today, -32),
      closesOn: addDays(today, -18),
      closed: true,
      answerRate: 0.75,
      lift: 0.25,
    },
    { opensOn: addDays(today, -8), closesOn: addDays(today, 6), closed: false, answerRate: 0.3, lift: 0.3 },
  ];
  const [survey] = await tx
    .insert(engagementSurveys)
    .values({
      organizationId,
      name: 'Monthly engagement pulse',
      audienceKind: 'organization',
      schedule: 'monthly',
      openDays: 14,
      nextRoundOn: nextLaunchAfter('monthly', rounds[2]!.opensOn),
    })
    .returning({ id: engagementSurveys.id });
  const questions = await tx
    .insert(engagementSurveyQuestions)
    .values(
      questionPicks.map((q, position) => ({
        surveyId: survey!.id,
        kind: q.kind,
        driver: q.driver,
        prompt: q.prompt,
        position,
      })),
    )
    .returning();
  const likert = questions.filter((q) => q.kind === 'likert');
  const comment = questions.find((q) => q.kind === 'comment')!;

  const staff = await tx
    .select({
      id: people.id,
      email: people.email,
      hireDate: people.hireDate,
      departmentId: people.departmentId,
      departmentName: departments.name,
    })
    .from(people)
    .leftJoin(departments, eq(departments.id, people.departmentId))
    .where(and(eq(people.organizationId, organizationId), ne(people.status, 'terminated')))
    .orderBy(people.email);
  const chains = await managerChains(tx, organizationId);
  const sofia = staff.find((p) => p.email === demoAccounts.employee);

  for (const [index, plan] of rounds.entries()) {
    const [round] = await tx
      .insert(engagementSurveyRounds)
      .values({
        organizationId,
        surveyId: survey!.id,
        roundNumber: index + 1,
        opensOn: plan.opensOn,
        closesOn: plan.closesOn,
        closed: plan.closed,
        questionIds: questions.map((q) => q.id),
      })
      .returning({ id: engagementSurveyRounds.id });
    const invited = staff.filter((p) => p.hireDate <= plan.opensOn);
    const answered = invited.map(
      (p) => (plan.closed || p.id !== sofia?.id) && random.next() < plan.answerRate,
    );
    await insertInChunks(invited, (chunk) =>
      tx.insert(engagementSurveyParticipants).values(
        chunk.map((p) => {
          const responded = answered[invited.indexOf(p)]!;
          return {
            organizationId,
            roundId: round!.id,
            personId: p.id,
            snapshotDepartmentId: p.departmentId,
            snapshotTenureBand: tenureBandOf(p.hireDate, plan.opensOn),
            snapshotManagerChain: chains.get(p.id) ?? [],
            invitedOn: plan.opensOn,
            responded,
            respondedOn: responded ? addDays(plan.opensOn, random.int(0, 4)) : null,
          };
        }),
      ),
    );
    const respondents = invited.filter((_, i) => answered[i]);
    const buckets = respondents.map((p) => ({
      organizationId,
      roundId: round!.id,
      bucketDepartmentId: p.departmentId,
      bucketTenureBand: tenureBandOf(p.hireDate, plan.opensOn),
      bucketManagerChain: chains.get(p.id) ?? [],
    }));
    // Shuffled before storing, so the physical order of answers does not follow the invitations.
    const order = buckets.map((b) => ({ b, key: random.next() })).sort((a, z) => a.key - z.key);
    await insertInChunks(order, (chunk) =>
      tx.insert(engagementSurveyResponses).values(
        chunk.map(({ b }) => {
          const mood = moodOf[respondents[buckets.indexOf(b)]!.departmentName ?? ''] ?? {};
          return {
            ...b,
            likertScores: Object.fromEntries(
              likert.map((q) => [
                q.id,
                clampLikert(3.6 + plan.lift + (mood[q.driver!] ?? 0) + (random.next() - 0.5) * 2.2),
              ]),
            ),
            enpsScore: Math.max(0, Math.min(10, Math.round(7.4 + plan.lift * 2 + (random.next() - 0.5) * 6))),
          };
        }),
      ),
    );
    const commenting = order.filter(() => random.next() < 0.45);
    await insertInChunks(commenting, (chunk) =>
      tx
        .insert(engagementSurveyComments)
        .values(
          chunk.map(({ b }) => ({ ...b, questionId: comment.id, verbatimText: random.pick(commentTexts) })),
        ),
    );
    if (!plan.closed && sofia)
      await notify(tx, [
        {
          organizationId,
          recipientId: sofia.id,
          kind: 'survey.invited',
          params: { survey: 'Monthly engagement pulse', due: plan.closesOn },
          link: `/surveys/rounds/${round!.id}`,
        },
      ]);
  }

  // An action plan for Sofia's manager's team and one for a department, after the last closed round.
  const [sofiaRow] = sofia
    ? await tx.select({ managerId: people.managerId }).from(people).where(eq(people.id, sofia.id))
    : [];
  const engineering = staff.find((p) => p.departmentName === 'Engineering')?.departmentId;
  const actions = [
    ...(sofiaRow?.managerId
      ? [
          {
            teamKind: 'manager' as const,
            teamId: sofiaRow.managerId,
            driver: 'workload' as const,
            actionTitle: 'Keep Friday afternoons free of meetings for a month, then review',
            ownerId: sofiaRow.managerId,
            dueOn: addDays(today, 20),
            status: 'in_progress' as const,
          },
        ]
      : []),
    ...(engineering
      ? [
          {
            teamKind: 'department' as const,
            teamId: engineering,
            driver: 'growth' as const,
            actionTitle: 'Publish the engineering career ladder and hold an open Q&A',
            ownerId: null,
            dueOn: addDays(today, 45),
            status: 'planned' as const,
          },
        ]
      : []),
  ];
  if (actions.length)
    await tx
      .insert(engagementTeamActions)
      .values(actions.map((a) => ({ ...a, organizationId, surveyId: survey!.id })));
}
