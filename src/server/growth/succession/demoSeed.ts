import { eq } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type DemoContext, type DemoPerson, demoStaff } from '../../seed/demoContext';
import { keyPositionReviewers, keyPositions, successionCandidates } from './tables';

type Entry = {
  person: DemoPerson | undefined;
  readiness: (typeof successionCandidates.$inferInsert)['readiness'];
  interim?: boolean;
  note: string;
};

/**
 * Two key positions in Engineering with their slates: the director above the demo manager (a
 * covered role with an interim) and the staff engineer leading a team under the demo manager (no
 * one ready yet: a single point of failure on the bench page). The VP of Engineering and the finance
 * executive review them; the demo employee and the demo manager are on neither plan and review none,
 * so their logins never see succession data. Picked by reporting lines from the email-ordered staff.
 */
export async function seedDemoSuccession(tx: Db, context: DemoContext): Promise<void> {
  const staff = await demoStaff(tx, context.organizationId);
  const byEmail = (email: string) => staff.find((p) => p.email === email);
  const employee = byEmail(demoAccounts.employee);
  const manager = byEmail(demoAccounts.manager);
  const approver = byEmail(demoAccounts.approver);
  const director = staff.find((p) => p.id === manager?.managerId);
  const vp = staff.find((p) => p.id === director?.managerId);
  if (!employee || !manager || !director || !vp || !approver) return;
  const outside = (p: DemoPerson) => p.id !== employee.id && p.id !== manager.id;
  const reportsOf = (id: string) => staff.filter((p) => p.managerId === id && outside(p));
  const otherManagers = reportsOf(director.id);
  const lead =
    reportsOf(manager.id).find((p) => staff.some((r) => r.managerId === p.id)) ?? reportsOf(manager.id)[0];
  if (!lead) return;
  const leadTeam = reportsOf(lead.id);
  const engineers = reportsOf(manager.id).filter((p) => p.id !== lead.id);
  const [{ departmentId } = { departmentId: null }] = await tx
    .select({ departmentId: people.departmentId })
    .from(people)
    .where(eq(people.id, director.id));

  const plans: {
    title: string;
    incumbent: DemoPerson;
    criticality: 'critical' | 'high';
    vacancyRisk: 'medium' | 'high';
    vacancyReason: string;
    expectedInDays: number | null;
    reviewers: DemoPerson[];
    slate: Entry[];
  }[] = [
    {
      title: 'Director of Engineering',
      incumbent: director,
      criticality: 'critical',
      vacancyRisk: 'medium',
      vacancyReason: 'Has been approached twice this year for CTO roles at smaller companies.',
      expectedInDays: null,
      reviewers: [vp, approver],
      slate: [
        {
          person: otherManagers[0],
          readiness: 'ready_now',
          interim: true,
          note: 'Runs two teams already; needs exposure to budget planning with finance.',
        },
        {
          person: otherManagers[1],
          readiness: '1_2_years',
          note: 'Strong with people; hiring across several teams would stretch them well.',
        },
        { person: lead, readiness: '3_plus_years', note: 'First management role still ahead.' },
      ],
    },
    {
      title: 'Staff Engineer, Platform',
      incumbent: lead,
      criticality: 'critical',
      vacancyRisk: 'high',
      vacancyReason: 'Plans to relocate abroad next year; a transfer is not yet agreed.',
      expectedInDays: 240,
      reviewers: [vp],
      slate: [
        {
          person: leadTeam[0] ?? engineers[0],
          readiness: '1_2_years',
          interim: true,
          note: 'Knows the deployment pipeline best; should own the next platform migration.',
        },
        {
          person: leadTeam[1] ?? engineers[1],
          readiness: '3_plus_years',
          note: 'Needs broader system design practice before leading the platform.',
        },
      ],
    },
  ];

  const at = new Date(`${context.today}T09:00:00Z`);
  for (const plan of plans) {
    const [row] = await tx
      .insert(keyPositions)
      .values({
        organizationId: context.organizationId,
        title: plan.title,
        departmentId,
        incumbentId: plan.incumbent.id,
        criticality: plan.criticality,
        vacancyRisk: plan.vacancyRisk,
        vacancyReason: plan.vacancyReason,
        expectedVacancyOn: plan.expectedInDays === null ? null : addDays(context.today, plan.expectedInDays),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: keyPositions.id });
    const reviewers = plan.reviewers.filter((r) => r.id !== plan.incumbent.id);
    if (reviewers.length)
      await tx.insert(keyPositionReviewers).values(
        reviewers.map((r) => ({
          organizationId: context.organizationId,
          positionId: row!.id,
          personId: r.id,
        })),
      );
    const named = new Set([plan.incumbent.id, ...reviewers.map((r) => r.id)]);
    const slate = plan.slate.filter(
      (entry): entry is Entry & { person: DemoPerson } =>
        entry.person !== undefined && !named.has(entry.person.id),
    );
    if (slate.length)
      await tx.insert(successionCandidates).values(
        slate.map((entry, index) => ({
          organizationId: context.organizationId,
          positionId: row!.id,
          personId: entry.person.id,
          readiness: entry.readiness,
          rank: index + 1,
          interim: entry.interim ?? false,
          successorNote: entry.note,
          createdAt: at,
        })),
      );
  }
}
