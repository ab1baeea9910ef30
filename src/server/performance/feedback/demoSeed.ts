import { demoAccounts } from '../../org/seed/demoRoster';
import { SeededRandom } from '../../org/seed/random';
import type { Db } from '../../platform/db/client';
import { notify } from '../../platform/notifications/notify';
import {
  type DemoContext,
  type DemoPerson,
  demoStaff,
  type WorkFamily,
  workFamily,
} from '../../seed/demoContext';
import { feedbackItems, feedbackRequests } from './tables';

const name = (p: DemoPerson) => `${p.givenName} ${p.familyName}`;

/** Praise between colleagues for the organisation-wide feed, each about work in the recipient's field. */
const praiseLines: readonly [WorkFamily, string][] = [
  [
    'commercial',
    'Thank you for staying late to get the customer demo working. The client noticed how smooth it was.',
  ],
  ['people', 'Your onboarding guide saved me days in my first week. Clear, friendly and up to date.'],
  ['product', 'Great job running the planning session: we left with decisions instead of more questions.'],
  ['business', 'The quarterly report was the clearest one we have had. Thanks for the extra charts.'],
  ['commercial', 'Thanks for jumping on the support queue during the outage. Customers got answers fast.'],
  ['product', 'Your workshop on accessibility changed how our team reviews designs.'],
  ['business', 'The new expense process is so much simpler. Thank you for pushing it through.'],
  ['engineering', 'Thanks for covering my on-call shift at short notice.'],
];

const at = (today: string, daysAgo: number, hour = 10) =>
  new Date(Date.parse(`${today}T${String(hour).padStart(2, '0')}:00:00Z`) - daysAgo * 86_400_000);

/**
 * Demo feedback: public praise for the feed, private and manager-shared feedback between the demo
 * people, one answered request and open requests in the employee's and the manager's inboxes.
 */
export async function seedDemoFeedback(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const staff = await demoStaff(tx, organizationId);
  const byEmail = (email: string) => staff.find((p) => p.email === email);
  const manager = byEmail(demoAccounts.manager);
  const employee = byEmail(demoAccounts.employee);
  const hr = byEmail(demoAccounts.hr);
  if (!manager || !employee || !hr) return;
  const teammates = staff.filter((p) => p.managerId === manager.id && p.id !== employee.id);
  const kenji =
    staff.find((p) => p.givenName === 'Kenji' && p.familyName === 'Watanabe') ?? teammates[0] ?? hr;
  const skip = staff.find((p) => p.id === manager.managerId) ?? hr;
  const random = new SeededRandom(3_3);
  const item = (
    writer: DemoPerson,
    recipient: DemoPerson,
    kind: 'feedback' | 'praise',
    visibility: 'recipient_only' | 'recipient_and_manager' | 'public',
    body: string,
    daysAgo: number,
    requestId: string | null = null,
  ) => ({
    organizationId,
    writerId: writer.id,
    recipientId: recipient.id,
    kind,
    visibility,
    body,
    requestId,
    createdAt: at(today, daysAgo),
  });

  const rows = [
    item(
      manager,
      employee,
      'praise',
      'public',
      'The billing migration went out without a single customer ticket. Careful planning, calm execution — thank you, Sofia.',
      3,
    ),
    item(
      kenji,
      employee,
      'praise',
      'public',
      'Thanks for the patient walk-through of the deploy pipeline. I finally understand the canary step.',
      12,
    ),
    item(
      employee,
      kenji,
      'praise',
      'public',
      'Your fix for the flaky integration tests gave the whole team back an hour a day.',
      20,
    ),
    item(
      skip,
      manager,
      'praise',
      'public',
      'Daniel kept the platform roadmap on track through two re-plans. Much appreciated.',
      28,
    ),
    item(
      manager,
      employee,
      'feedback',
      'recipient_and_manager',
      'Your design doc was thorough. Next time, share an early draft sooner so reviewers can shape it while it is still cheap to change.',
      9,
    ),
    item(
      employee,
      manager,
      'feedback',
      'recipient_only',
      'The weekly 1:1s help a lot. Could we move them earlier in the week so blockers surface before the sprint review?',
      15,
    ),
    item(
      hr,
      manager,
      'feedback',
      'recipient_and_manager',
      'The interview notes you send are consistently clear and on time. It makes the hiring committee faster.',
      33,
    ),
  ];
  // Public praise between other colleagues, so the feed looks like a whole organisation's.
  const others = staff.filter((p) => ![manager.id, employee.id].includes(p.id));
  for (const [index, [family, line]] of praiseLines.entries()) {
    const writer = random.pick(others);
    const inField = others.filter((p) => p.id !== writer.id && workFamily(p.departmentName) === family);
    const recipient = random.pick(inField.length > 0 ? inField : others.filter((p) => p.id !== writer.id));
    rows.push(item(writer, recipient, 'praise', 'public', line, 5 + index * 6));
  }

  const [answered] = await tx
    .insert(feedbackRequests)
    .values({
      organizationId,
      requesterId: employee.id,
      responderId: kenji.id,
      question: 'How did my incident write-up for the cache outage read to you?',
      status: 'answered',
      respondedAt: at(today, 6, 15),
      version: 2,
      createdAt: at(today, 8),
    })
    .returning({ id: feedbackRequests.id });
  rows.push(
    item(
      kenji,
      employee,
      'feedback',
      'recipient_and_manager',
      'Clear timeline and honest root cause. The action list could name an owner for each item.',
      6,
      answered!.id,
    ),
  );
  await tx.insert(feedbackItems).values(rows);

  // Open requests: one waiting in the employee's inbox, one in the manager's.
  await tx.insert(feedbackRequests).values([
    {
      organizationId,
      requesterId: kenji.id,
      responderId: employee.id,
      question: 'Was my code review on the ingestion service useful, or too nit-picky?',
      createdAt: at(today, 2),
    },
    {
      organizationId,
      requesterId: employee.id,
      responderId: manager.id,
      question: 'What should I focus on to be ready for a senior role?',
      createdAt: at(today, 1),
    },
  ]);
  await notify(tx, [
    {
      organizationId,
      recipientId: employee.id,
      kind: 'feedback.requested',
      params: { name: name(kenji) },
      link: '/performance/feedback?tab=requests',
    },
    {
      organizationId,
      recipientId: manager.id,
      kind: 'feedback.requested',
      params: { name: name(employee) },
      link: '/performance/feedback?tab=requests',
    },
    {
      organizationId,
      recipientId: employee.id,
      kind: 'feedback.received',
      params: { name: name(manager), praise: true },
      link: '/performance/feedback?tab=received',
    },
  ]);
}
