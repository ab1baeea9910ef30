import { demoAccounts } from '../../org/seed/demoRoster';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { type DemoContext, demoStaff, workFamily } from '../../seed/demoContext';
import { feedbackItems } from '../feedback/tables';
import { oneOnOneMeetings, oneOnOneSeries } from '../oneOnOnes/tables';
import { findSeriesBetween } from '../readApi/oneOnOneSeries';
import { syncPlanAgenda } from './agenda';
import { addRevision } from './commands/revisions';
import { planParts } from './queries';
import { checkInDates } from './schedule';
import { snapshotOf } from './sections';
import {
  improvementPlanAcknowledgements,
  improvementPlanCheckIns,
  improvementPlanExpectations,
  improvementPlanResponses,
  improvementPlanSupports,
  improvementPlans,
} from './tables';

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);

/**
 * One running improvement plan in the demo (issue 12 item 14): on an engineer in the demo manager's
 * team who is not the demo employee, so the manager login sees it and the employee login does not.
 * Published by HR three and a half weeks ago after documented feedback, acknowledged by the
 * employee with a response, one check-in recorded and the next one on the "Now" agenda of their 1:1.
 */
export async function seedDemoImprovementPlans(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const staff = await demoStaff(tx, organizationId);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const hr = staff.find((p) => p.email === demoAccounts.hr);
  if (!manager || !employee || !hr) return;
  // Kenji is the team's steady hand in the other demo stories; the plan is on someone else.
  const candidates = staff.filter(
    (p) =>
      p.managerId === manager.id &&
      p.id !== employee.id &&
      !(p.givenName === 'Kenji' && p.familyName === 'Watanabe') &&
      workFamily(p.departmentName) === 'engineering',
  );
  const person = candidates.at(-1);
  if (!person) return;

  const startDate = addDays(today, -24);
  const endDate = addDays(startDate, 60);
  await tx.insert(feedbackItems).values({
    organizationId,
    kind: 'feedback',
    writerId: manager.id,
    recipientId: person.id,
    visibility: 'recipient_and_manager',
    body: 'Two of the last three releases went out late and the handover notes were missing. Let us agree on how you plan and flag risks earlier.',
    createdAt: at(addDays(startDate, -40)),
  });
  const [plan] = await tx
    .insert(improvementPlans)
    .values({
      organizationId,
      employeeId: person.id,
      managerId: manager.id,
      createdById: manager.id,
      state: 'acknowledged',
      reason:
        'Repeated missed release dates in the last quarter, raised in feedback and 1:1s without lasting change.',
      reasonVisibleToEmployee: false,
      startDate,
      endDate,
      originalEndDate: endDate,
      checkInSchedule: 'biweekly',
      supportVisibility: 'employee',
      expectationsVisibility: 'employee',
      checkInsVisibility: 'employee',
      revision: 1,
      acknowledgedRevision: 1,
      acknowledgedAt: at(addDays(startDate, 2), 15),
      publishedAt: at(startDate, 9),
      publishedBy: hr.id,
      createdAt: at(addDays(startDate, -5)),
      updatedAt: at(addDays(startDate, 2), 15),
    })
    .returning();
  await tx.insert(improvementPlanExpectations).values(
    [
      {
        statement:
          'Ship each release you own on the date agreed in planning, or flag the risk two days ahead',
        measure: 'Releases on time or flagged early',
        evidence: 'Release log and the team channel',
        dueOn: addDays(startDate, 30),
      },
      {
        statement: 'Write a handover note for every change that another team picks up',
        measure: 'Notes present for handed-over changes',
        evidence: 'Linked notes in the tickets',
        dueOn: addDays(startDate, 45),
      },
      {
        statement: 'Break work into pieces of at most three days before starting it',
        measure: 'Tickets sized in planning',
        evidence: 'Planning board',
        dueOn: addDays(startDate, 60),
      },
    ].map((expectation, position) => ({ ...expectation, organizationId, planId: plan!.id, position })),
  );
  await tx.insert(improvementPlanSupports).values(
    [
      {
        kind: 'manager_time' as const,
        description: 'A 30-minute planning session with the manager every Monday',
      },
      {
        kind: 'training' as const,
        description: 'The estimation and planning workshop in the learning catalogue',
      },
    ].map((support, position) => ({ ...support, organizationId, planId: plan!.id, position })),
  );
  const days = checkInDates({ kind: 'biweekly', dates: [] }, startDate, endDate);
  await tx.insert(improvementPlanCheckIns).values(
    days.map((scheduledOn, index) => ({
      organizationId,
      planId: plan!.id,
      scheduledOn,
      ...(index === 0
        ? {
            recordedAt: at(scheduledOn, 16),
            recordedById: manager.id,
            summary: 'Both releases this fortnight went out on the planned day. Handover notes still patchy.',
            notes:
              'Talked about saying no to scope added mid-sprint; agreed to bring it to planning instead.',
            notesVisibility: 'manager' as const,
            version: 2,
          }
        : {}),
    })),
  );
  await addRevision(tx, plan!, {
    number: 1,
    kind: 'published',
    changedById: hr.id,
    changes: Object.entries(snapshotOf(plan!, await planParts(tx, plan!.id))).map(([section, part]) => ({
      section: section as 'reason',
      beforeVisibility: part.visibility,
      afterVisibility: part.visibility,
      before: null,
      after: part.content,
    })),
  });
  await tx.insert(improvementPlanAcknowledgements).values({
    organizationId,
    planId: plan!.id,
    revision: 1,
    personId: person.id,
    at: at(addDays(startDate, 2), 15),
  });
  await tx.insert(improvementPlanResponses).values({
    organizationId,
    planId: plan!.id,
    authorId: person.id,
    withRevision: 1,
    body: 'I have read the plan. Two of the late releases waited on another team’s API, which the plan does not mention. I will work on flagging risks earlier.',
    createdAt: at(addDays(startDate, 2), 15),
  });
  await ensureSeries(tx, organizationId, manager.id, person.id, today);
  await syncPlanAgenda(tx, plan!);
}

/** A biweekly 1:1 between the manager and the person, with a meeting in two days, if they have none. */
async function ensureSeries(
  tx: Db,
  organizationId: string,
  managerId: string,
  personId: string,
  today: string,
) {
  if (await findSeriesBetween(tx, { organizationId, personA: managerId, personB: personId })) return;
  const [series] = await tx
    .insert(oneOnOneSeries)
    .values({ organizationId, organizerId: managerId, attendeeId: personId, cadence: 'biweekly' })
    .returning({ id: oneOnOneSeries.id });
  await tx
    .insert(oneOnOneMeetings)
    .values({ organizationId, seriesId: series!.id, scheduledOn: addDays(today, 2) });
}
