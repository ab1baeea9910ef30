import { randomUUID } from 'node:crypto';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import type { MatrixContext } from '../../platform/policy/matrix/types';
import {
  mentoringMatches,
  mentoringPoolDraftEntries,
  mentoringPoolDrafts,
  mentoringProfiles,
  mentoringProgrammes,
  mentoringSessions,
} from './tables';

/** Records the authorization matrix plants for the mentoring rows (test data only). */
export type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** Ids a row's `params` made that its `body` needs (the body sees only the case context). */
export const madeFor = new Map<string, Record<string, string>>();

export async function programmeIn(
  { db, organizationId }: ParamsContext,
  options: Partial<typeof mentoringProgrammes.$inferInsert> = {},
) {
  const [row] = await db
    .insert(mentoringProgrammes)
    .values({
      organizationId,
      name: 'Matrix mentoring',
      status: 'open',
      minLevelGap: 0,
      agreementTemplate: 'Matrix template',
      ...options,
    })
    .returning({ id: mentoringProgrammes.id });
  return row!.id;
}

export async function personIn({ db, organizationId }: ParamsContext) {
  const id = randomUUID();
  await db.insert(people).values({
    id,
    organizationId,
    email: `${id.slice(0, 12)}@mentoring.test`,
    givenName: 'Mentor',
    familyName: `Matrix ${id.slice(0, 4)}`,
    hireDate: '2020-01-01',
  });
  return id;
}

export async function profileOf(
  ctx: ParamsContext,
  programmeId: string,
  personId: string,
  role: 'mentor' | 'mentee',
) {
  const [row] = await ctx.db
    .insert(mentoringProfiles)
    .values({ organizationId: ctx.organizationId, programmeId, personId, role, goalsText: 'Matrix goals' })
    .returning({ id: mentoringProfiles.id });
  return row!.id;
}

/** A programme with the target as mentee, a new mentor, and a match between them in `status`. */
export async function matchOf(
  ctx: ParamsContext,
  status: (typeof mentoringMatches.$inferInsert)['status'],
  extra: Partial<typeof mentoringMatches.$inferInsert> = {},
) {
  const programmeId = await programmeIn(ctx);
  const mentorId = await personIn(ctx);
  await profileOf(ctx, programmeId, ctx.personId, 'mentee');
  await profileOf(ctx, programmeId, mentorId, 'mentor');
  const [row] = await ctx.db
    .insert(mentoringMatches)
    .values({
      organizationId: ctx.organizationId,
      programmeId,
      menteeId: ctx.personId,
      mentorId,
      status,
      source: 'admin',
      score: 70,
      respondBy: new Date(Date.now() + 72 * 3_600_000),
      sharedWithManager: true,
      agreementGoals: 'Matrix agreement goals',
      agreementWrittenAt: status === 'proposed' ? null : new Date(),
      declineReason: 'Matrix reason',
      menteeFeedback: 'Matrix feedback',
      ...extra,
    })
    .returning({ id: mentoringMatches.id });
  return { matchId: row!.id, programmeId, mentorId };
}

export async function sessionOf(ctx: ParamsContext) {
  const made = await matchOf(ctx, 'active');
  const [row] = await ctx.db
    .insert(mentoringSessions)
    .values({
      organizationId: ctx.organizationId,
      matchId: made.matchId,
      startsAt: new Date('2026-03-02T09:00:00Z'),
      durationMinutes: 45,
      topic: 'Matrix topic',
      sessionNotes: 'Matrix notes',
      loggedById: ctx.personId,
    })
    .returning({ id: mentoringSessions.id });
  return { matchId: made.matchId, sessionId: row!.id };
}

export async function draftOf(ctx: ParamsContext) {
  const programmeId = await programmeIn(ctx, { matchingMode: 'whole_pool' });
  const menteeId = await personIn(ctx);
  const mentorId = await personIn(ctx);
  await profileOf(ctx, programmeId, menteeId, 'mentee');
  await profileOf(ctx, programmeId, mentorId, 'mentor');
  const [draft] = await ctx.db
    .insert(mentoringPoolDrafts)
    .values({ organizationId: ctx.organizationId, programmeId, totalScore: 50 })
    .returning({ id: mentoringPoolDrafts.id });
  const [entry] = await ctx.db
    .insert(mentoringPoolDraftEntries)
    .values({ organizationId: ctx.organizationId, draftId: draft!.id, menteeId, mentorId, score: 50 })
    .returning({ id: mentoringPoolDraftEntries.id });
  return { programmeId, draftId: draft!.id, entryId: entry!.id };
}
