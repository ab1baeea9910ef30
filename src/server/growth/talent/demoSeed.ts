import { and, eq, inArray } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { departments, people } from '../../org/tables';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { DemoContext } from '../../seed/demoContext';
import { createOfferIn } from '../plans/offers/commands';
import { refreshPerformanceBands } from './commands/sessions';
import { resolvePopulation } from './queries';
import { effectiveBox, potentialBandOf } from './rules';
import { talentReviewMembers, talentReviewParticipants, talentReviewSessions } from './tables';

type Band = 'low' | 'medium' | 'high';
const levels: Band[] = ['low', 'medium', 'high'];

const evidence = {
  learningAgility: [
    'Needed close guidance when the team moved to the new deployment pipeline',
    'Picked up the new data model within a sprint and now answers questions about it',
    'Learned an unfamiliar domain in weeks and taught it back to the team',
  ],
  scopeGrowth: [
    'Work stays within their own tickets; has not asked for more',
    'Took over the release checklist from their lead this half',
    'Now owns a cross-team interface that three teams depend on',
  ],
  leadingOthers: [
    'Prefers to work alone; rarely pairs or reviews',
    'Reviews carefully and explains the why behind comments',
    'Onboarded two new joiners and runs the weekly design review',
  ],
};

/**
 * A locked talent review over the demo employee's department, with a potential assessment for each
 * person (answers picked deterministically by position), one box moved with a rationale and one
 * development offer to a high-potential person. It runs after the performance demo, so the
 * performance axis comes from the demo's locked calibration through the performance read API.
 */
export async function seedDemoTalent(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId } = context;
  const persons = await tx
    .select({ id: people.id, email: people.email, departmentId: people.departmentId })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(people.email, [demoAccounts.employee, demoAccounts.hr, demoAccounts.approver]),
      ),
    );
  const byEmail = new Map(persons.map((p) => [p.email, p]));
  const employee = byEmail.get(demoAccounts.employee);
  const hr = byEmail.get(demoAccounts.hr);
  const approver = byEmail.get(demoAccounts.approver);
  if (!employee?.departmentId || !hr) return;
  const [department] = await tx
    .select({ name: departments.name })
    .from(departments)
    .where(eq(departments.id, employee.departmentId));
  const [session] = await tx
    .insert(talentReviewSessions)
    .values({
      organizationId,
      name: `${department?.name ?? 'Department'} talent review`,
      populationKind: 'department',
      populationRefId: employee.departmentId,
      facilitatorId: hr.id,
      startsOn: addDays(context.today, -30),
      endsOn: addDays(context.today, -16),
      state: 'in_review',
      createdBy: null,
    })
    .returning({ id: talentReviewSessions.id });
  const sessionId = session!.id;
  if (approver) await tx.insert(talentReviewParticipants).values({ sessionId, personId: approver.id });
  const population = (await resolvePopulation(tx, organizationId, 'department', employee.departmentId)).sort(
    (a, b) => a.id.localeCompare(b.id),
  );
  if (population.length === 0) return;
  await tx.insert(talentReviewMembers).values(
    population.map((person) => ({
      organizationId,
      sessionId,
      personId: person.id,
      managerId: person.managerId,
    })),
  );
  await refreshPerformanceBands(tx, organizationId, sessionId);
  const assessedAt = new Date(`${addDays(context.today, -20)}T10:00:00Z`);
  for (const [index, person] of population.entries()) {
    const answers: [Band, Band, Band] = [
      levels[index % 3]!,
      levels[(index + 1) % 3]!,
      levels[(index * 2 + 2) % 3]!,
    ];
    if (person.id === employee.id) answers.splice(0, 3, 'high', 'high', 'medium');
    await tx
      .update(talentReviewMembers)
      .set({
        learningAgility: answers[0],
        learningAgilityEvidence: evidence.learningAgility[levels.indexOf(answers[0])],
        scopeGrowth: answers[1],
        scopeGrowthEvidence: evidence.scopeGrowth[levels.indexOf(answers[1])],
        leadingOthers: answers[2],
        leadingOthersEvidence: evidence.leadingOthers[levels.indexOf(answers[2])],
        potentialBand: potentialBandOf(answers),
        retentionRisk: levels[(index + 2) % 3],
        retentionRiskReason:
          index % 3 === 0 ? 'Has mentioned wanting a move into a lead role within a year' : '',
        lossImpact: levels[index % 3],
        promotionReadiness: (['now', '1_2_years', '3_plus_years'] as const)[index % 3],
        assessedBy: hr.id,
        assessedAt,
      })
      .where(and(eq(talentReviewMembers.sessionId, sessionId), eq(talentReviewMembers.personId, person.id)));
  }
  const members = await tx
    .select()
    .from(talentReviewMembers)
    .where(eq(talentReviewMembers.sessionId, sessionId));
  const ordered = members.sort((a, b) => a.personId.localeCompare(b.personId));
  // One move, with its rationale: the first placed person other than the demo employee goes one box up in potential.
  const moved = ordered.find((m) => m.personId !== employee.id && (effectiveBox(m) ?? 9) <= 6);
  if (moved) {
    await tx
      .update(talentReviewMembers)
      .set({
        overrideBox: effectiveBox(moved)! + 3,
        overrideRationale:
          'Led the incident review after the spring outage; the assessment undersold how others follow them',
        overriddenBy: hr.id,
        overriddenAt: assessedAt,
      })
      .where(eq(talentReviewMembers.id, moved.id));
  }
  // One offer to a high-potential person: the demo employee when placed high, else the first high one.
  const highPotential =
    ordered.find((m) => m.personId === employee.id && m.potentialBand === 'high') ??
    ordered.find((m) => m.potentialBand === 'high');
  if (highPotential)
    await createOfferIn(tx, {
      organizationId,
      personId: highPotential.personId,
      offeredBy: hr.id,
      sourceSessionId: sessionId,
      actorAccountId: null,
      kind: 'stretch_assignment',
      title: 'Lead the design of the next public API version',
      offerText:
        'For the coming quarter you would own the design of the next API version with the platform lead as your sparring partner. It fits what you said you want to build towards.',
    });
  await tx
    .update(talentReviewSessions)
    .set({ state: 'locked', lockedAt: new Date(`${addDays(context.today, -16)}T16:00:00Z`) })
    .where(eq(talentReviewSessions.id, sessionId));
}
