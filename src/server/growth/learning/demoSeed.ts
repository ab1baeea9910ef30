import { eq } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { SeededRandom } from '../../org/seed/random';
import type { Db } from '../../platform/db/client';
import { type DemoContext, demoStaff } from '../../seed/demoContext';
import { competencies } from '../paths/tables';
import {
  certifications,
  type LearningKind,
  learningEnrolments,
  learningItemCompetencies,
  learningItems,
} from './tables';

/** The demo catalogue: internal offerings (no link) and external resources, written for Trellis. */
const catalogue: {
  title: string;
  kind: LearningKind;
  url: string | null;
  provider: string;
  minutes: number | null;
  skills: string[];
  competencies: string[];
  description: string;
}[] = [
  {
    title: 'Designing reliable services',
    kind: 'course',
    url: null,
    provider: 'Trellis Academy',
    minutes: 480,
    skills: ['architecture', 'reliability'],
    competencies: ['Technical craft', 'Problem solving'],
    description:
      'Four sessions on failure modes, retries, idempotency and observability, with a lab each week.',
  },
  {
    title: 'Writing design documents people read',
    kind: 'workshop',
    url: null,
    provider: 'Trellis Academy',
    minutes: 150,
    skills: ['writing', 'design reviews'],
    competencies: ['Communication'],
    description: 'A hands-on workshop: bring a draft and leave with a shorter, clearer one.',
  },
  {
    title: 'First steps as a mentor',
    kind: 'workshop',
    url: null,
    provider: 'People team',
    minutes: 120,
    skills: ['mentoring', 'feedback'],
    competencies: ['Growing others'],
    description: 'How to run the first three mentoring conversations, and how to give feedback that lands.',
  },
  {
    title: 'Leading without authority',
    kind: 'course',
    url: 'https://learning.example.com/leading-without-authority',
    provider: 'Open Learning Co.',
    minutes: 240,
    skills: ['influence', 'stakeholders'],
    competencies: ['Collaboration', 'Strategic thinking'],
    description: 'Self-paced video course on building alignment across teams you do not manage.',
  },
  {
    title: 'Listening to customers',
    kind: 'video',
    url: 'https://learning.example.com/listening-to-customers',
    provider: 'Open Learning Co.',
    minutes: 45,
    skills: ['user research', 'interviews'],
    competencies: ['Customer focus'],
    description: 'A short talk on running customer interviews that reveal needs rather than wishes.',
  },
  {
    title: 'Thinking in systems',
    kind: 'book',
    url: null,
    provider: 'Company library',
    minutes: null,
    skills: ['systems thinking'],
    competencies: ['Strategic thinking', 'Problem solving'],
    description: 'Borrow a copy from the office library; a reading group meets monthly.',
  },
  {
    title: 'Planning work in small slices',
    kind: 'article',
    url: 'https://learning.example.com/small-slices',
    provider: 'Engineering blog',
    minutes: 15,
    skills: ['planning', 'estimation'],
    competencies: ['Delivery and ownership'],
    description: 'Why thin vertical slices beat big-bang releases, with worked examples.',
  },
  {
    title: 'Difficult conversations for new managers',
    kind: 'course',
    url: null,
    provider: 'People team',
    minutes: 360,
    skills: ['management', 'feedback'],
    competencies: ['Growing others', 'Communication'],
    description: 'Practice with actors: performance worries, career questions and saying no.',
  },
  {
    title: 'The engineering leadership podcast',
    kind: 'podcast',
    url: 'https://learning.example.com/leadership-podcast',
    provider: 'Open Learning Co.',
    minutes: 40,
    skills: ['leadership'],
    competencies: ['Strategic thinking'],
    description: 'Weekly episodes with engineering leaders about growing teams and careers.',
  },
  {
    title: 'Cloud architecture certification',
    kind: 'certification',
    url: 'https://learning.example.com/cloud-architecture-cert',
    provider: 'Example Cloud',
    minutes: 1200,
    skills: ['cloud', 'architecture'],
    competencies: ['Technical craft'],
    description: 'Preparation path and exam voucher; the certificate is valid for two years.',
  },
];

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/**
 * The demo catalogue, enrolments across the organisation (so HR's counts mean something), the demo
 * employee's own learning, and a certification of theirs that expires within the reminder window.
 */
export async function seedDemoLearning(tx: Db, context: DemoContext): Promise<void> {
  const { organizationId, today } = context;
  const items = await tx
    .insert(learningItems)
    .values(
      catalogue.map((c) => ({
        organizationId,
        title: c.title,
        description: c.description,
        kind: c.kind,
        url: c.url,
        provider: c.provider,
        durationMinutes: c.minutes,
        skills: c.skills,
      })),
    )
    .returning({ id: learningItems.id, title: learningItems.title });
  const itemId = (title: string) => items.find((i) => i.title === title)!.id;
  const library = await tx
    .select({ id: competencies.id, name: competencies.name })
    .from(competencies)
    .where(eq(competencies.organizationId, organizationId));
  const links = catalogue.flatMap((c) =>
    c.competencies.flatMap((name) => {
      const competency = library.find((l) => l.name === name);
      return competency ? [{ itemId: itemId(c.title), competencyId: competency.id }] : [];
    }),
  );
  if (links.length > 0) await tx.insert(learningItemCompetencies).values(links);

  const staff = await demoStaff(tx, organizationId);
  const employee = staff.find((p) => p.email === demoAccounts.employee);
  const manager = staff.find((p) => p.email === demoAccounts.manager);
  const random = new SeededRandom(45);
  const at = (daysAgo: number) => new Date(Date.parse(`${today}T09:00:00Z`) - daysAgo * 86_400_000);

  // Colleagues' enrolments: a spread over the catalogue, some completed.
  const others = staff.filter((p) => p.id !== employee?.id);
  const enrolments: (typeof learningEnrolments.$inferInsert)[] = [];
  for (const person of others) {
    for (const item of items) {
      if (random.next() > 0.12) continue;
      const completed = random.next() < 0.5;
      const daysAgo = 20 + Math.floor(random.next() * 200);
      enrolments.push({
        organizationId,
        personId: person.id,
        itemId: item.id,
        status: completed ? 'completed' : 'enrolled',
        completedOn: completed ? addDays(today, -Math.floor(daysAgo / 2)) : null,
        enrolledAt: at(daysAgo),
      });
    }
  }
  if (employee) {
    enrolments.push(
      {
        organizationId,
        personId: employee.id,
        itemId: itemId('Designing reliable services'),
        status: 'completed',
        completedOn: addDays(today, -64),
        sharedWithManager: true,
        enrolledAt: at(120),
      },
      {
        organizationId,
        personId: employee.id,
        itemId: itemId('First steps as a mentor'),
        status: 'enrolled',
        sharedWithManager: true,
        enrolledAt: at(12),
      },
      {
        organizationId,
        personId: employee.id,
        itemId: itemId('Listening to customers'),
        status: 'enrolled',
        enrolledAt: at(5),
      },
    );
  }
  if (enrolments.length > 0) await tx.insert(learningEnrolments).values(enrolments);

  const certs: (typeof certifications.$inferInsert)[] = [];
  if (employee) {
    certs.push(
      {
        organizationId,
        personId: employee.id,
        name: 'Cloud architecture – associate',
        issuer: 'Example Cloud',
        itemId: itemId('Cloud architecture certification'),
        issuedOn: addDays(today, -712),
        expiresOn: addDays(today, 18),
        sharedWithManager: true,
      },
      {
        organizationId,
        personId: employee.id,
        name: 'First aid at work',
        issuer: 'Red Cross training',
        issuedOn: addDays(today, -200),
        expiresOn: addDays(today, 895),
      },
    );
  }
  if (manager) {
    certs.push({
      organizationId,
      personId: manager.id,
      name: 'Agile team facilitation',
      issuer: 'Scrum guild',
      issuedOn: addDays(today, -400),
      expiresOn: null,
    });
  }
  if (certs.length > 0) await tx.insert(certifications).values(certs);
}
