import { asc, eq } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type DemoContext, type DemoPerson, demoStaff } from '../../seed/demoContext';
import { competencies } from '../paths/tables';
import {
  mentoringMatches,
  mentoringProfileSkills,
  mentoringProfiles,
  mentoringProgrammes,
  mentoringSessions,
} from './tables';

const goals = [
  'Get better at explaining technical trade-offs to people outside engineering',
  'Prepare for leading a small team within a year',
  'Build confidence presenting to senior leadership',
  'Learn how other departments plan their quarters',
];

/** Everyone above a person in the reporting line, and the person. */
function chainOf(staff: DemoPerson[], personId: string) {
  const byId = new Map(staff.map((p) => [p.id, p]));
  const chain = new Set<string>([personId]);
  let current = byId.get(personId)?.managerId ?? null;
  while (current && !chain.has(current)) {
    chain.add(current);
    current = byId.get(current)?.managerId ?? null;
  }
  return chain;
}

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * One open self-select programme with eight mentors and twelve mentees: the demo employee (Sofia)
 * in an active match with a mentor outside her reporting line, a few more active matches with
 * sessions, and one proposal waiting for the demo manager's answer. Deterministic: people are
 * chosen by email order, dates count back from `today`.
 */
export async function seedDemoMentoring(tx: Db, context: DemoContext): Promise<void> {
  const staff = (await demoStaff(tx, context.organizationId)).sort((a, b) => a.email.localeCompare(b.email));
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  if (!employee || !manager) return;
  const library = await tx
    .select({ id: competencies.id })
    .from(competencies)
    .where(eq(competencies.organizationId, context.organizationId))
    .orderBy(asc(competencies.name))
    .limit(6);
  const employeeChain = chainOf(staff, employee.id);
  const reservedEmails = new Set<string>(Object.values(demoAccounts));
  const others = staff.filter((p) => !reservedEmails.has(p.email));
  // Mentors: outside Sofia's reporting line and not her reports; the demo manager is one of them.
  const mentors = [
    manager,
    ...others
      .filter((p) => !employeeChain.has(p.id) && p.managerId !== employee.id && p.managerId !== null)
      .slice(0, 7),
  ];
  const mentorIds = new Set(mentors.map((p) => p.id));
  const managerChain = chainOf(staff, manager.id);
  const mentees = [
    employee,
    ...others
      .filter((p) => !mentorIds.has(p.id) && !managerChain.has(p.id) && p.managerId !== manager.id)
      .slice(0, 11),
  ];
  const start = addDays(context.today, -90);
  const [programme] = await tx
    .insert(mentoringProgrammes)
    .values({
      organizationId: context.organizationId,
      name: 'Cross-team mentoring',
      description:
        'Six months with a mentor from another part of the company: one conversation every two weeks about what you want to grow.',
      programmeType: 'one_to_one',
      cohortStart: start,
      cohortEnd: addDays(start, 180),
      enrolmentOpens: addDays(start, -14),
      enrolmentCloses: addDays(start, 150),
      mentorCapacity: 2,
      cadence: 'fortnightly',
      agreementTemplate: 'We meet every two weeks for 45 minutes. What we discuss stays between us.',
      matchingMode: 'self_select',
      minLevelGap: 0,
      status: 'open',
      createdAt: at(start, 8),
    })
    .returning({ id: mentoringProgrammes.id });
  const programmeId = programme!.id;
  const profileRows = [
    ...mentors.map((p, i) => ({ person: p, role: 'mentor' as const, index: i })),
    ...mentees.map((p, i) => ({ person: p, role: 'mentee' as const, index: i })),
  ];
  const inserted = await tx
    .insert(mentoringProfiles)
    .values(
      profileRows.map(({ person, role, index }) => ({
        organizationId: context.organizationId,
        programmeId,
        personId: person.id,
        role,
        languages: index % 3 === 0 ? ['en', 'de'] : ['en'],
        timeZone: 'Europe/Berlin',
        availability: [index % 2 === 0 ? 'tue-am' : 'wed-pm', 'thu-pm'],
        goalsText: role === 'mentee' ? goals[index % goals.length]! : '',
        prefersCrossFunction: role === 'mentee' && index % 2 === 0,
        createdAt: at(addDays(start, -10 + (index % 7)), 9),
      })),
    )
    .returning({
      id: mentoringProfiles.id,
      personId: mentoringProfiles.personId,
      role: mentoringProfiles.role,
    });
  if (library.length > 0)
    await tx.insert(mentoringProfileSkills).values(
      inserted.flatMap((profile, i) =>
        [0, 1].map((k) => ({
          profileId: profile.id,
          organizationId: context.organizationId,
          competencyId: library[(i + k * 2) % library.length]!.id,
          side: profile.role === 'mentor' ? ('offers' as const) : ('wants' as const),
          level: profile.role === 'mentor' ? 4 + ((i + k) % 2) : 3 + (k % 2),
        })),
      ),
    );
  // Active pairs: Sofia with the first mentor outside her line, two more pairs, one pending request.
  const pairs = [
    { mentee: employee, mentor: mentors[1], status: 'active' as const, sessions: 3 },
    { mentee: mentees[1], mentor: mentors[2], status: 'active' as const, sessions: 2 },
    { mentee: mentees[2], mentor: mentors[3], status: 'active' as const, sessions: 1 },
    { mentee: mentees[3], mentor: manager, status: 'proposed' as const, sessions: 0 },
  ].filter((p): p is typeof p & { mentee: DemoPerson; mentor: DemoPerson } => Boolean(p.mentee && p.mentor));
  for (const [index, pair] of pairs.entries()) {
    const proposedOn = addDays(context.today, pair.status === 'proposed' ? -1 : -80 + index * 5);
    const active = pair.status === 'active';
    const [match] = await tx
      .insert(mentoringMatches)
      .values({
        organizationId: context.organizationId,
        programmeId,
        menteeId: pair.mentee.id,
        mentorId: pair.mentor.id,
        status: pair.status,
        source: 'self_select',
        score: 78 - index * 6,
        pointsSkills: 40 - index * 4,
        pointsGaps: 12,
        pointsCrossFunction: 10,
        pointsLanguageTimeZone: 10 - index,
        pointsAvailability: 6 - index,
        respondBy: new Date(at(proposedOn, 9).getTime() + 72 * 3_600_000),
        respondedAt: active ? at(addDays(proposedOn, 1), 10) : null,
        agreementGoals: active ? goals[index % goals.length]! : '',
        agreementCadence: active ? 'fortnightly' : null,
        agreementConfidentiality: active ? 'What we discuss stays between us.' : '',
        agreementEndDate: active ? addDays(context.today, 90) : null,
        agreementWrittenAt: active ? at(addDays(proposedOn, 2), 11) : null,
        agreementConfirmedAt: active ? at(addDays(proposedOn, 3), 9) : null,
        sharedWithManager: pair.mentee.id === employee.id,
        version: active ? 4 : 1,
        createdAt: at(proposedOn, 9),
      })
      .returning({ id: mentoringMatches.id });
    if (pair.sessions > 0)
      await tx.insert(mentoringSessions).values(
        Array.from({ length: pair.sessions }, (_, s) => ({
          organizationId: context.organizationId,
          matchId: match!.id,
          startsAt: at(addDays(proposedOn, 7 + s * 14), 10),
          durationMinutes: 45,
          topic: ['Getting to know each other', 'Explaining a trade-off to sales', 'Planning a workshop'][s]!,
          sessionNotes: [
            'Agreed to bring one real example each time.',
            'Try the one-page decision memo next week.',
            '',
          ][s]!,
          loggedById: pair.mentor.id,
        })),
      );
  }
}
