import { and, asc, eq, isNull } from 'drizzle-orm';
import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import {
  type Carries,
  type MatrixContext,
  type MatrixRow,
  onlyRoles,
  rel,
  signedIn,
} from '../../platform/policy/matrix/types';
import { ensureConversationSetup } from './settings';
import {
  careerConversationActions,
  careerConversationNotes,
  careerConversations,
  careerQuestions,
} from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

/** The target's manager (or a new one, for someone without a manager). */
async function managerOf({ db, organizationId, personId, unique }: ParamsContext) {
  const [person] = await db
    .select({ managerId: people.managerId })
    .from(people)
    .where(eq(people.id, personId));
  if (person?.managerId) return person.managerId;
  const [manager] = await db
    .insert(people)
    .values({
      organizationId,
      email: `${unique}@matrix.test`,
      givenName: 'Matrix',
      familyName: 'Lead',
      hireDate: '2024-01-01',
    })
    .returning({ id: people.id });
  return manager!.id;
}

/** A scheduled conversation between the target person and their manager. */
async function conversationOfTarget(ctx: ParamsContext) {
  const [row] = await ctx.db
    .insert(careerConversations)
    .values({
      organizationId: ctx.organizationId,
      employeeId: ctx.personId,
      managerId: await managerOf(ctx),
      startedById: ctx.personId,
      scheduledAt: new Date(inAWeek()),
    })
    .returning({ id: careerConversations.id });
  return { conversationId: row!.id };
}

/** …with a note by the target (the employee), shared with the manager. */
async function sharedNoteOfTarget(ctx: ParamsContext) {
  const { conversationId } = await conversationOfTarget(ctx);
  const [note] = await ctx.db
    .insert(careerConversationNotes)
    .values({
      organizationId: ctx.organizationId,
      conversationId,
      authorId: ctx.personId,
      conversationNote: 'Matrix note',
      sharedWithManager: true,
    })
    .returning({ id: careerConversationNotes.id });
  return { conversationId, noteId: note!.id };
}

/** …with an action the target (the employee) wrote down; `held` marks the conversation held. */
async function agreedActionOfTarget(ctx: ParamsContext, held = false) {
  const { conversationId } = await conversationOfTarget(ctx);
  if (held)
    await ctx.db
      .update(careerConversations)
      .set({ status: 'completed', completedAt: new Date() })
      .where(eq(careerConversations.id, conversationId));
  const [action] = await ctx.db
    .insert(careerConversationActions)
    .values({
      organizationId: ctx.organizationId,
      conversationId,
      authorId: ctx.personId,
      actionText: 'Matrix agreed action',
    })
    .returning({ id: careerConversationActions.id });
  return { conversationId, actionId: action!.id };
}

async function aQuestion(ctx: ParamsContext) {
  await ensureConversationSetup(ctx.db, ctx.organizationId);
  const [question] = await ctx.db
    .insert(careerQuestions)
    .values({ organizationId: ctx.organizationId, theme: 'values', prompt: 'Matrix question', position: 999 })
    .returning({ id: careerQuestions.id });
  return { questionId: question!.id };
}

/** The reorder body must list every active question; the params hook looks them up for the body. */
const activeIdsByCase = new Map<string, string[]>();
async function rememberActiveQuestions(ctx: ParamsContext) {
  await ensureConversationSetup(ctx.db, ctx.organizationId);
  const rows = await ctx.db
    .select({ id: careerQuestions.id })
    .from(careerQuestions)
    .where(and(eq(careerQuestions.organizationId, ctx.organizationId), isNull(careerQuestions.retiredAt)))
    .orderBy(asc(careerQuestions.position));
  activeIdsByCase.set(ctx.unique, rows.map((row) => row.id).reverse());
  return {};
}

/** Only the two participants: the employee (own) and the manager recorded on it (a direct report's). */
const participants = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, ok, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/** A shared note of the employee: the employee changes it, the manager reads but may not (403). */
const employeeOwnsNote = (ok: number) => ({ ...participants(ok), manager: rel(ok, 403, 404, 404) });

/** Schedule with the target: only a direct manager with a report succeeds; anyone else names the field. */
const scheduleWith = {
  anonymous: 401,
  employee: rel(400, 'n/a', 400, 400),
  manager: rel(400, 201, 400, 400),
  skip_level: rel(400, 400, 400, 400),
  hr_admin: rel(400, 'n/a', 400, 400),
  approver: rel(400, 'n/a', 400, 400),
  coach: rel(400, 'n/a', 400, 400),
  org_admin: rel(400, 'n/a', 400, 400),
};

/** Self and direct manager only (dates, never content). */
const selfOrDirectManager = { ...participants(200), skip_level: rel(200, 404, 404, 404) };

/** A conversation's content (place, outcome, shared notes) reaches its two participants. */
const participantsRead: Carries = { development: ['own', 'manager:report'] };

const reschedule = () => ({ version: 1, scheduledAt: inAWeek(), durationMinutes: 60, location: 'Room 2' });

export const conversationsRows: MatrixRow[] = [
  // The conversations the caller takes part in, as employee or as manager.
  {
    route: 'GET /api/growth/conversations',
    target: 'none',
    expect: signedIn(200),
    carries: { development: '*' },
  },
  {
    route: 'POST /api/growth/conversations',
    target: 'person',
    body: ({ personId }) => ({ personId, scheduledAt: inAWeek(), durationMinutes: 45 }),
    expect: scheduleWith,
    carries: { development: 'manager:report' },
  },
  {
    route: 'GET /api/growth/conversations/:conversationId',
    target: 'person',
    params: conversationOfTarget,
    expect: participants(200),
    carries: participantsRead,
  },
  {
    route: 'PATCH /api/growth/conversations/:conversationId',
    target: 'person',
    params: conversationOfTarget,
    body: reschedule,
    expect: participants(200),
    carries: participantsRead,
  },
  {
    route: 'POST /api/growth/conversations/:conversationId/cancel',
    target: 'person',
    params: conversationOfTarget,
    body: () => ({ version: 1 }),
    expect: participants(200),
    carries: participantsRead,
  },
  {
    route: 'POST /api/growth/conversations/:conversationId/complete',
    target: 'person',
    params: conversationOfTarget,
    // Held yesterday: a day that is past in every organisation's time zone.
    body: () => ({ version: 1, heldOn: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10) }),
    expect: participants(200),
    carries: participantsRead,
  },
  {
    route: 'GET /api/growth/conversations/:conversationId/invite.ics',
    target: 'person',
    params: conversationOfTarget,
    expect: participants(200),
    carries: participantsRead,
  },
  {
    route: 'POST /api/growth/conversations/:conversationId/notes',
    target: 'person',
    params: conversationOfTarget,
    body: () => ({ conversationNote: 'I do my best work in long quiet mornings' }),
    expect: participants(201),
    carries: participantsRead,
  },
  {
    route: 'POST /api/growth/conversations/:conversationId/actions',
    target: 'person',
    params: conversationOfTarget,
    body: () => ({ actionText: 'Shadow the next architecture review' }),
    expect: participants(201),
    carries: participantsRead,
  },
  {
    // The employee's action: the direct manager reads it but removes only their own (403).
    route: 'DELETE /api/growth/conversations/:conversationId/actions/:actionId',
    target: 'person',
    params: (ctx: ParamsContext) => agreedActionOfTarget(ctx),
    expect: employeeOwnsNote(200),
    carries: participantsRead,
  },
  {
    // The plan is the employee's (S1.4): the manager of the conversation may not make it (403).
    route: 'POST /api/growth/conversations/:conversationId/plan',
    target: 'person',
    params: (ctx: ParamsContext) => agreedActionOfTarget(ctx, true),
    body: () => ({ title: 'From our conversation' }),
    expect: employeeOwnsNote(201),
    carries: { development: 'own' },
  },
  {
    route: 'PATCH /api/growth/conversations/:conversationId/notes/:noteId',
    target: 'person',
    params: sharedNoteOfTarget,
    body: () => ({ version: 1, conversationNote: 'Reworded' }),
    expect: employeeOwnsNote(200),
    carries: { development: 'own' },
  },
  {
    route: 'DELETE /api/growth/conversations/:conversationId/notes/:noteId',
    target: 'person',
    params: sharedNoteOfTarget,
    expect: employeeOwnsNote(200),
    carries: { development: 'own' },
  },
  { route: 'GET /api/growth/conversations/reports', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/growth/conversations/partners', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/growth/conversations/people/:personId', target: 'person', expect: selfOrDirectManager },
  { route: 'GET /api/growth/conversations/coverage', target: 'none', expect: onlyRoles(['hr_admin'], 200) },
  { route: 'GET /api/growth/conversations/settings', target: 'none', expect: signedIn(200) },
  {
    route: 'PUT /api/growth/conversations/settings',
    target: 'none',
    params: async (ctx) => {
      await ensureConversationSetup(ctx.db, ctx.organizationId);
      return {};
    },
    body: () => ({ version: 1, cadenceMonths: 6, releaseWindowDays: 14 }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  { route: 'GET /api/growth/conversations/questions', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/growth/conversations/questions',
    target: 'none',
    body: () => ({ theme: 'future', prompt: 'Where would you like to be in five years?' }),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'PATCH /api/growth/conversations/questions/:questionId',
    target: 'none',
    params: aQuestion,
    body: () => ({ version: 1, prompt: 'Reworded question' }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  {
    route: 'POST /api/growth/conversations/questions/order',
    target: 'none',
    params: rememberActiveQuestions,
    body: ({ unique }) => ({ questionIds: activeIdsByCase.get(unique) ?? [] }),
    expect: onlyRoles(['hr_admin'], 200),
  },
];
