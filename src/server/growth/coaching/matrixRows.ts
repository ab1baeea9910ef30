import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  type RelationOutcomes,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { engagementKey, newEngagementKey, sealNote } from './keys';
import {
  coachingEngagements,
  coachingGoals,
  coachingInvitations,
  coachingNotes,
  coachingProgrammes,
  coachingSessions,
  coachingSummaries,
  coachProfiles,
  type EngagementStatus,
} from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/** A programme of the case's organisation. */
async function programme({ db, organizationId, unique }: ParamsContext) {
  const [row] = await db
    .insert(coachingProgrammes)
    .values({ organizationId, name: `Matrix programme ${unique}`, maxChemistry: 2 })
    .returning({ id: coachingProgrammes.id });
  return row!.id;
}

/**
 * An engagement of the target person (the coachee) with a pool coach who plays no matrix role, so
 * the matrix's own coach is "another coach" and must get 404 like every other role. It has a goal,
 * a session and a note by the coachee, so each read has something to carry.
 */
async function engagementOf(ctx: ParamsContext, status: EngagementStatus = 'active') {
  const { db, organizationId, personId, unique } = ctx;
  const coachId = randomUUID();
  await db.insert(people).values({
    id: coachId,
    organizationId,
    email: `coach-${unique}@matrix.test`,
    givenName: 'Matrix',
    familyName: 'Coach',
    hireDate: '2022-01-10',
  });
  await db.insert(coachProfiles).values({ organizationId, personId: coachId, kind: 'external' });
  const id = randomUUID();
  const { wrapped } = newEngagementKey(id);
  await db.insert(coachingEngagements).values({
    id,
    organizationId,
    programmeId: await programme(ctx),
    coacheeId: personId,
    coachId,
    status,
    sessionAllowance: 6,
    startedOn: '2026-01-05',
    endsOn: '2026-07-05',
    wrappedKey: wrapped,
  });
  await db
    .insert(coachingGoals)
    .values({ organizationId, engagementId: id, goalText: 'Matrix coaching goal' });
  const [session] = await db
    .insert(coachingSessions)
    .values({ organizationId, engagementId: id, scheduledAt: new Date('2026-02-01T09:00:00Z') })
    .returning({ id: coachingSessions.id });
  const key = engagementKey({ id, wrappedKey: wrapped });
  const note = sealNote(key, id, 'Matrix coaching note');
  await db.insert(coachingNotes).values({
    id: note.id,
    organizationId,
    engagementId: id,
    authorId: personId,
    ciphertext: note.ciphertext,
    iv: note.iv,
    authTag: note.authTag,
  });
  return { engagementId: id, sessionId: session!.id, noteId: note.id };
}

/** The coachee alone: every other role and relation — manager, skip-level, HR, admin, coach — 404. */
const coacheeOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

const confidentialOwn: Carries = { confidential: 'own', development: 'own' };

const engagementRow = (
  route: string,
  expect: number,
  body?: () => unknown,
  status: EngagementStatus = 'active',
): MatrixRow => ({
  route,
  target: 'person',
  params: (ctx) => engagementOf(ctx, status),
  body,
  expect: coacheeOnly(expect),
  carries: expect < 300 ? confidentialOwn : undefined,
});

const hr = (status: number) => onlyRoles(['hr_admin'], status);
const base = '/api/growth/coaching';
const allPersons = (outcome: RelationOutcomes) => ({
  anonymous: 401,
  employee: outcome,
  manager: outcome,
  skip_level: outcome,
  hr_admin: outcome,
  approver: outcome,
  coach: outcome,
  org_admin: outcome,
});

/** Authorization-matrix rows for every coaching route. */
export const coachingRows: MatrixRow[] = [
  // The caller's own lists (as coachee, as coach): whatever they hold is theirs to read.
  { route: `GET ${base}/engagements`, target: 'none', expect: signedIn(200), carries: { confidential: '*' } },
  { route: `GET ${base}/coachees`, target: 'none', expect: signedIn(200), carries: { confidential: '*' } },
  {
    route: `POST ${base}/engagements`,
    target: 'none',
    // A programme that does not exist: the field is named, for every role alike.
    body: () => ({ programmeId: randomUUID(), coachId: randomUUID() }),
    expect: signedIn(400),
  },
  engagementRow(`GET ${base}/engagements/:engagementId`, 200),
  engagementRow(
    `POST ${base}/engagements/:engagementId/choice`,
    400,
    () => ({ version: 1, coachId: randomUUID() }),
    'chemistry',
  ),
  // Only the coach answers a request: the coachee reads it but may not (403), all others 404.
  engagementRow(
    `POST ${base}/engagements/:engagementId/response`,
    403,
    () => ({ version: 1, accept: true }),
    'requested',
  ),
  engagementRow(`POST ${base}/engagements/:engagementId/cancel`, 200, () => ({ version: 1 })),
  engagementRow(`POST ${base}/engagements/:engagementId/complete`, 200, () => ({ version: 1 })),
  engagementRow(`PUT ${base}/engagements/:engagementId/goals`, 200, () => ({
    version: 1,
    goals: [{ goalText: 'Speak up earlier in design reviews' }],
  })),
  engagementRow(`POST ${base}/engagements/:engagementId/sessions`, 201, () => ({
    scheduledAt: '2026-03-01T10:00:00Z',
  })),
  engagementRow(`GET ${base}/engagements/:engagementId/notes`, 200),
  engagementRow(`POST ${base}/engagements/:engagementId/notes`, 201, () => ({
    noteText: 'After session two',
  })),
  engagementRow(`PUT ${base}/engagements/:engagementId/summary`, 200, () => ({
    summaryText: 'Working on delegation',
    sharedWithManager: false,
  })),
  engagementRow(`PATCH ${base}/sessions/:sessionId`, 200, () => ({ version: 1, status: 'held' })),
  engagementRow(`GET ${base}/sessions/:sessionId/invite.ics`, 200),
  engagementRow(`PATCH ${base}/notes/:noteId`, 200, () => ({ version: 1, noteText: 'Changed my mind' })),
  engagementRow(`DELETE ${base}/notes/:noteId`, 204),
  {
    // The summary the coachee shared: the coachee and their direct manager; never the skip-level.
    route: `GET ${base}/people/:personId/summaries`,
    target: 'person',
    params: async (ctx) => {
      const { engagementId } = await engagementOf(ctx);
      const [person] = await ctx.db
        .select({ managerId: people.managerId })
        .from(people)
        .where(eq(people.id, ctx.personId));
      await ctx.db.insert(coachingSummaries).values({
        organizationId: ctx.organizationId,
        engagementId,
        coacheeId: ctx.personId,
        summaryText: 'Matrix summary',
        sharedWithId: person?.managerId ?? null,
        sharedAt: person?.managerId ? new Date() : null,
      });
      return {};
    },
    expect: {
      anonymous: 401,
      employee: rel(200, 'n/a', 404, 404),
      manager: rel(200, 200, 404, 404),
      skip_level: rel(200, 404, 404, 404),
      hr_admin: rel(200, 'n/a', 404, 404),
      approver: rel(200, 'n/a', 404, 404),
      coach: rel(200, 'n/a', 404, 404),
      org_admin: rel(200, 'n/a', 404, 404),
    },
    carries: { development: ['own', 'manager:report'] },
  },
  {
    route: `GET ${base}/aspiration-choices`,
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },

  // The pool and programmes: directory and organisation rules; HR manages them.
  { route: `GET ${base}/coaches`, target: 'none', expect: signedIn(200) },
  { route: `GET ${base}/hr/coaches`, target: 'none', expect: hr(200) },
  {
    route: `PUT ${base}/hr/coaches/:personId`,
    target: 'person',
    body: () => ({ kind: 'internal', specialties: ['Leadership'], capacity: 3 }),
    expect: { ...allPersons(rel(403, 403, 403, 403)), hr_admin: rel(200, 'n/a', 200, 404) },
  },
  { route: `GET ${base}/programmes`, target: 'none', expect: signedIn(200) },
  {
    route: `POST ${base}/programmes`,
    target: 'none',
    body: () => ({ name: 'Leaders 2027' }),
    expect: hr(201),
  },
  {
    route: `PATCH ${base}/programmes/:programmeId`,
    target: 'none',
    params: async (ctx) => ({ programmeId: await programme(ctx) }),
    body: () => ({ version: 1, sessionAllowance: 8 }),
    expect: hr(200),
  },
  { route: `GET ${base}/hr/logistics`, target: 'none', expect: hr(200) },
  { route: `GET ${base}/hr/approvals`, target: 'none', expect: hr(200) },
  {
    // HR approves someone else's start; nobody else reaches the engagement this way (404).
    route: `POST ${base}/hr/approvals/:engagementId`,
    target: 'person',
    params: (ctx) => engagementOf(ctx, 'awaiting_approval'),
    body: () => ({ version: 1, approve: true }),
    expect: { ...coacheeOnly(404), hr_admin: rel(404, 'n/a', 200, 404) },
  },

  // Invitations: sent down the management chain or by HR; seen and dismissed by the recipient only.
  {
    route: `POST ${base}/invitations`,
    target: 'person',
    body: (ctx) => ({ recipientId: ctx.personId }),
    expect: {
      ...allPersons(rel(404, 'n/a', 404, 404)),
      manager: rel(404, 201, 404, 404),
      skip_level: rel(404, 201, 404, 404),
      hr_admin: rel(404, 'n/a', 201, 404),
    },
  },
  { route: `GET ${base}/invitations/received`, target: 'none', expect: signedIn(200) },
  { route: `GET ${base}/invitations/sent`, target: 'none', expect: signedIn(200) },
  {
    route: `POST ${base}/invitations/:invitationId/dismiss`,
    target: 'person',
    params: async ({ db, organizationId, personId }) => {
      const [row] = await db
        .insert(coachingInvitations)
        .values({ organizationId, recipientId: personId })
        .returning({ id: coachingInvitations.id });
      return { invitationId: row!.id };
    },
    expect: coacheeOnly(204),
  },
];
