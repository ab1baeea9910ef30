import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { people } from '../../org/tables';
import { accounts } from '../../platform/auth/tables';
import { addDays } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { DemoContext } from '../../seed/demoContext';
import { aspirations } from '../aspirations/tables';
import { addMonths } from './commands/engagements';
import { engagementKey, newEngagementKey, sealNote } from './keys';
import {
  coachingEngagements,
  coachingGoals,
  coachingNotes,
  coachingProgrammes,
  coachingSessions,
  coachingSummaries,
  coachProfiles,
} from './tables';

const at = (date: string, time: string) => new Date(`${date}T${time}:00Z`);

/**
 * The external demo coach's address. Account emails are unique across organisations, so when
 * another organisation in the same database already holds the plain one (the tests seed the demo
 * into several), this organisation's coach gets an address tagged with it.
 */
async function externalCoachEmail(tx: Db, organizationId: string): Promise<string> {
  const plain = 'ines.kraft@coaching-partners.example';
  const [holder] = await tx
    .select({ organizationId: accounts.organizationId })
    .from(accounts)
    .where(eq(accounts.email, plain));
  if (!holder || holder.organizationId === organizationId) return plain;
  return `ines.kraft+${organizationId.slice(0, 8)}@coaching-partners.example`;
}

/**
 * The coaching demo (SPEC S4.7): the demo coach and an external coach in the pool, one programme,
 * and Sofia's active engagement with the demo coach — goals tied to her own motivator, three held
 * sessions and one ahead, a note from each side (encrypted like any other) and a summary she
 * shared with her manager. Everything is dated back from the demo's today.
 */
export async function seedDemoCoaching(tx: Db, { organizationId, today }: DemoContext): Promise<void> {
  const byEmail = await tx
    .select({ id: people.id, email: people.email, managerId: people.managerId })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        inArray(people.email, [demoAccounts.coach, demoAccounts.employee]),
      ),
    );
  const coach = byEmail.find((p) => p.email === demoAccounts.coach);
  const sofia = byEmail.find((p) => p.email === demoAccounts.employee);
  if (!coach || !sofia) return;

  const externalEmail = await externalCoachEmail(tx, organizationId);
  const [existing] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.organizationId, organizationId), eq(people.email, externalEmail)));
  const externalId = existing?.id ?? randomUUID();
  if (!existing) {
    await tx.insert(people).values({
      id: externalId,
      organizationId,
      email: externalEmail,
      givenName: 'Ines',
      familyName: 'Kraft',
      jobTitle: 'Executive coach (external)',
      timezone: 'Europe/Berlin',
      hireDate: addDays(today, -400),
    });
  }
  // An external coach gets an account with the coach role (the pool lists only coaches who hold
  // it); she signs in once HR sends an invitation.
  await tx
    .insert(accounts)
    .values({ organizationId, personId: externalId, email: externalEmail, roles: ['coach'] })
    .onConflictDoNothing();
  await tx.insert(coachProfiles).values([
    {
      organizationId,
      personId: coach.id,
      kind: 'internal',
      specialties: ['Leadership', 'Career transitions', 'Feedback conversations'],
      languages: ['English', 'Portuguese'],
      timeZone: 'Europe/Lisbon',
      credentials: 'ICF Associate Certified Coach (ACC)',
      bio: 'Engineering manager for eight years, coaching internally since 2023. I help new leads find their own way of leading.',
      capacity: 4,
    },
    {
      organizationId,
      personId: externalId,
      kind: 'external',
      specialties: ['Executive presence', 'Resilience', 'Leadership'],
      languages: ['German', 'English'],
      timeZone: 'Europe/Berlin',
      credentials: 'ICF Professional Certified Coach (PCC); systemic coaching diploma',
      bio: 'Independent coach working with first-time and senior leaders in technology companies.',
      capacity: 6,
    },
  ]);
  const [programme] = await tx
    .insert(coachingProgrammes)
    .values({
      organizationId,
      name: 'Growing leaders',
      sessionAllowance: 6,
      durationMonths: 6,
      maxChemistry: 2,
      requiresApproval: false,
    })
    .returning({ id: coachingProgrammes.id });

  const id = randomUUID();
  const startedOn = addDays(today, -84);
  const { wrapped } = newEngagementKey(id);
  await tx.insert(coachingEngagements).values({
    id,
    organizationId,
    programmeId: programme!.id,
    coacheeId: sofia.id,
    coachId: coach.id,
    status: 'active',
    sessionAllowance: 6,
    startedOn,
    endsOn: addMonths(startedOn, 6),
    wrappedKey: wrapped,
  });
  const [motivator] = await tx
    .select({ id: aspirations.id })
    .from(aspirations)
    .where(and(eq(aspirations.ownerId, sofia.id), inArray(aspirations.kind, ['motivator', 'target_role'])))
    .orderBy(aspirations.kind)
    .limit(1);
  await tx.insert(coachingGoals).values([
    {
      organizationId,
      engagementId: id,
      goalText: 'Lead a technical decision across two teams without taking over the work myself',
      aspirationId: motivator?.id ?? null,
      position: 0,
    },
    {
      organizationId,
      engagementId: id,
      goalText: 'Give direct feedback within a day instead of saving it for the review',
      position: 1,
    },
  ]);
  await tx.insert(coachingSessions).values([
    ...[-70, -42, -14].map((days) => ({
      organizationId,
      engagementId: id,
      scheduledAt: at(addDays(today, days), '09:00'),
      status: 'held' as const,
    })),
    {
      organizationId,
      engagementId: id,
      scheduledAt: at(addDays(today, 14), '09:00'),
      status: 'scheduled' as const,
    },
  ]);
  const key = engagementKey({ id, wrappedKey: wrapped });
  const notes = [
    {
      author: coach.id,
      text: 'Session 3: Sofia noticed she steps in when a discussion stalls. Experiment: wait ten seconds and ask one question first.',
      on: addDays(today, -14),
    },
    {
      author: sofia.id,
      text: 'Tried the ten-second pause in the API review. Felt long, but Tomás proposed the versioning plan himself.',
      on: addDays(today, -9),
    },
  ];
  for (const note of notes) {
    const sealed = sealNote(key, id, note.text);
    await tx.insert(coachingNotes).values({
      id: sealed.id,
      organizationId,
      engagementId: id,
      authorId: note.author,
      ciphertext: sealed.ciphertext,
      iv: sealed.iv,
      authTag: sealed.authTag,
      createdAt: at(note.on, '17:30'),
      updatedAt: at(note.on, '17:30'),
    });
  }
  if (sofia.managerId)
    await tx.insert(coachingSummaries).values({
      organizationId,
      engagementId: id,
      coacheeId: sofia.id,
      summaryText:
        'I am working on leading decisions across teams without doing the work myself, and on giving feedback sooner. Ask me how the API review went.',
      sharedWithId: sofia.managerId,
      sharedAt: at(addDays(today, -8), '10:00'),
    });
}
