import { and, eq, isNull } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import type { Db } from '../../platform/db/client';
import { type DemoContext, demoStaff, insertInChunks } from '../../seed/demoContext';
import { aspirations } from '../aspirations/tables';
import { addMonths, ensureConversationSetup } from './settings';
import {
  careerConversationNotes,
  careerConversationSettings,
  careerConversations,
  careerQuestions,
} from './tables';

const at = (today: string, daysAgo: number, hour = 10) => {
  const date = new Date(`${today}T${String(hour).padStart(2, '0')}:00:00Z`);
  date.setUTCDate(date.getUTCDate() - daysAgo);
  return date;
};

/**
 * The demo's career conversations: the demo employee held one with their manager four months ago
 * (notes partly shared, its outcome behind their aspirations); one teammate has one coming up; one
 * held theirs ten months ago and another never had one since the rule began a year ago, so the
 * manager's list shows two overdue.
 * About a third of everyone else held one in the last six months (HR's coverage).
 */
export async function seedDemoConversations(tx: Db, context: DemoContext): Promise<void> {
  await ensureConversationSetup(tx, context.organizationId);
  // The demo company began its six-monthly conversations a year ago: whoever has had none since
  // (and was with their manager by then) has been overdue for six months, not since they were hired.
  await tx
    .update(careerConversationSettings)
    .set({ policyStartedOn: addMonths(context.today, -12) })
    .where(eq(careerConversationSettings.organizationId, context.organizationId));
  const staff = await demoStaff(tx, context.organizationId);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  if (!employee || !manager) return;
  const teammates = staff.filter((p) => p.managerId === manager.id && p.id !== employee.id);
  const questions = await tx
    .select({ id: careerQuestions.id, prompt: careerQuestions.prompt })
    .from(careerQuestions)
    .where(and(eq(careerQuestions.organizationId, context.organizationId), isNull(careerQuestions.retiredAt)))
    .orderBy(careerQuestions.position);
  const base = { organizationId: context.organizationId, managerId: manager.id, durationMinutes: 45 };

  const held = at(context.today, 120, 14);
  const [past] = await tx
    .insert(careerConversations)
    .values({
      ...base,
      employeeId: employee.id,
      startedById: employee.id,
      status: 'completed',
      scheduledAt: held,
      completedAt: new Date(held.getTime() + 45 * 60_000),
      location: 'Lisbon office, small meeting room',
      outcomeSummary:
        'Aiming for tech lead in two to three years. Next: own the design of one cross-team API this year.',
      outcomeShared: true,
      createdAt: at(context.today, 130),
      updatedAt: held,
      version: 2,
    })
    .returning({ id: careerConversations.id });
  const notes: [number, string, boolean][] = [
    [
      0,
      'The migration sprint last spring: a clear goal, two people I trust, and no meetings before noon.',
      true,
    ],
    [
      2,
      'Demo day when support told us the new search saved them an hour a day. Kenji and Priya were there.',
      true,
    ],
    [4, 'Leading a small team on something customers notice. Still hands-on.', true],
    [7, 'Doing things properly. I get restless when we ship what we know is shaky.', false],
  ];
  await tx.insert(careerConversationNotes).values(
    notes.flatMap(([index, text, shared]) => {
      const question = questions[index];
      return question
        ? [
            {
              organizationId: context.organizationId,
              conversationId: past!.id,
              authorId: employee.id,
              questionId: question.id,
              questionPrompt: question.prompt,
              conversationNote: text,
              sharedWithManager: shared,
              createdAt: held,
              updatedAt: held,
            },
          ]
        : [];
    }),
  );
  await tx.insert(careerConversationNotes).values({
    organizationId: context.organizationId,
    conversationId: past!.id,
    authorId: manager.id,
    conversationNote: 'Offer the API design for the billing handoff as a first stretch piece.',
    createdAt: held,
    updatedAt: held,
  });
  // The employee's aspirations came (partly) out of that conversation.
  await tx
    .update(aspirations)
    .set({ conversationId: past!.id })
    .where(and(eq(aspirations.ownerId, employee.id), eq(aspirations.kind, 'target_role')));

  const [upcoming, longAgo] = teammates;
  if (upcoming) {
    await tx.insert(careerConversations).values({
      ...base,
      employeeId: upcoming.id,
      startedById: manager.id,
      scheduledAt: at(context.today, -9, 15),
      location: 'Video call',
    });
  }
  if (longAgo) {
    const date = at(context.today, 300, 11);
    await tx.insert(careerConversations).values({
      ...base,
      employeeId: longAgo.id,
      startedById: longAgo.id,
      status: 'completed',
      scheduledAt: date,
      completedAt: date,
      version: 2,
    });
  }

  // Across the rest of the company about a third held one in the last six months, so HR's
  // coverage chart has something to show (the demo manager's team is left as described above).
  const elsewhere = staff.filter(
    (p, index) => p.managerId && p.managerId !== manager.id && p.id !== manager.id && index % 3 === 0,
  );
  await insertInChunks(elsewhere, (chunk) =>
    tx.insert(careerConversations).values(
      chunk.map((person, index) => {
        const date = at(context.today, 15 + ((index * 37) % 160), 9 + (index % 7));
        return {
          ...base,
          managerId: person.managerId!,
          employeeId: person.id,
          startedById: person.managerId!,
          status: 'completed' as const,
          scheduledAt: date,
          completedAt: date,
          version: 2,
        };
      }),
    ),
  );
}
