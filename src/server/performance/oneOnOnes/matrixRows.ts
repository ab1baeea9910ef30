import { people } from '../../org/tables';
import type { Db } from '../../platform/db/client';
import { type MatrixContext, type MatrixRow, rel, signedIn } from '../../platform/policy/matrix/types';
import {
  oneOnOneActionItems,
  oneOnOneAgendaItems,
  oneOnOneMeetings,
  oneOnOnePrivateNotes,
  oneOnOneSeries,
} from './tables';

type ParamsContext = MatrixContext & { db: Db; organizationId: string };

/**
 * A series between the case's target person and a new colleague, with an upcoming meeting, an
 * agenda item the target wrote and an action item the target owns. "own" is then a series the
 * caller takes part in; "report" is the caller's report's 1:1 with someone else; "other" a
 * colleague's; "other_org" one in another organisation.
 */
async function seriesOfTarget({ db, organizationId, personId, unique }: ParamsContext) {
  const [partner] = await db
    .insert(people)
    .values({
      organizationId,
      email: `${unique}@matrix.test`,
      givenName: 'Matrix',
      familyName: 'Partner',
      hireDate: '2024-01-01',
    })
    .returning({ id: people.id });
  const [series] = await db
    .insert(oneOnOneSeries)
    .values({ organizationId, organizerId: personId, attendeeId: partner!.id, cadence: 'weekly' })
    .returning({ id: oneOnOneSeries.id });
  const [meeting] = await db
    .insert(oneOnOneMeetings)
    .values({ organizationId, seriesId: series!.id, scheduledOn: '2026-11-23' })
    .returning({ id: oneOnOneMeetings.id });
  const [agendaItem] = await db
    .insert(oneOnOneAgendaItems)
    .values({ organizationId, meetingId: meeting!.id, section: 'now', text: 'Topic', authorId: personId })
    .returning({ id: oneOnOneAgendaItems.id });
  const [actionItem] = await db
    .insert(oneOnOneActionItems)
    .values({ organizationId, meetingId: meeting!.id, text: 'Task', ownerId: personId })
    .returning({ id: oneOnOneActionItems.id });
  return {
    partnerId: partner!.id,
    seriesId: series!.id,
    meetingId: meeting!.id,
    agendaItemId: agendaItem!.id,
    actionItemId: actionItem!.id,
  };
}

const series = async (ctx: ParamsContext) => ({ seriesId: (await seriesOfTarget(ctx)).seriesId });
const meeting = async (ctx: ParamsContext) => ({ meetingId: (await seriesOfTarget(ctx)).meetingId });
const agendaItem = async (ctx: ParamsContext) => ({ itemId: (await seriesOfTarget(ctx)).agendaItemId });
const actionItem = async (ctx: ParamsContext) => ({ itemId: (await seriesOfTarget(ctx)).actionItemId });

/**
 * A meeting where the partner — not the case's target — keeps a private note (class confidential):
 * no caller, the target included, may ever see it (the body scan checks every case).
 */
async function meetingWithPartnersNote(ctx: ParamsContext) {
  const { meetingId, partnerId } = await seriesOfTarget(ctx);
  await ctx.db
    .insert(oneOnOnePrivateNotes)
    .values({ organizationId: ctx.organizationId, meetingId, authorId: partnerId, body: 'Partner only' });
  return { meetingId };
}

/** A meeting where the target keeps a private note: only the target, its author, reads it back. */
async function meetingWithTargetsNote(ctx: ParamsContext) {
  const { meetingId } = await seriesOfTarget(ctx);
  await ctx.db
    .insert(oneOnOnePrivateNotes)
    .values({ organizationId: ctx.organizationId, meetingId, authorId: ctx.personId, body: 'Target only' });
  return { meetingId };
}

/**
 * Only the two participants: every role — the report's manager, skip-level, HR, approver, coach,
 * org admin — gets 404 for anyone else's series.
 */
const participantsOnly = (ok: number) => ({
  anonymous: 401,
  employee: rel(ok, 'n/a', 404, 404),
  manager: rel(ok, 404, 404, 404),
  skip_level: rel(ok, 404, 404, 404),
  hr_admin: rel(ok, 'n/a', 404, 404),
  approver: rel(ok, 'n/a', 404, 404),
  coach: rel(ok, 'n/a', 404, 404),
  org_admin: rel(ok, 'n/a', 404, 404),
});

/** Starting a series with the target: not with oneself, and nobody outside the organisation. */
const withColleague = {
  anonymous: 401,
  employee: rel(400, 'n/a', 201, 400),
  manager: rel(400, 201, 201, 400),
  skip_level: rel(400, 201, 201, 400),
  hr_admin: rel(400, 'n/a', 201, 400),
  approver: rel(400, 'n/a', 201, 400),
  coach: rel(400, 'n/a', 201, 400),
  org_admin: rel(400, 'n/a', 201, 400),
};

export const oneOnOnesRows: MatrixRow[] = [
  { route: 'GET /api/one-on-ones', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/one-on-ones',
    target: 'person',
    fresh: true,
    body: ({ personId }) => ({ withPersonId: personId, cadence: 'weekly', firstMeetingOn: '2026-11-23' }),
    expect: withColleague,
  },
  {
    route: 'GET /api/one-on-ones/:seriesId',
    target: 'person',
    params: series,
    expect: participantsOnly(200),
  },
  {
    route: 'PATCH /api/one-on-ones/:seriesId',
    target: 'person',
    params: series,
    body: () => ({ version: 1, cadence: 'monthly' }),
    expect: participantsOnly(200),
  },
  {
    route: 'GET /api/one-on-ones/:seriesId/meetings',
    target: 'person',
    params: series,
    expect: participantsOnly(200),
  },
  {
    route: 'GET /api/one-on-ones/meetings/:meetingId',
    target: 'person',
    params: meetingWithPartnersNote,
    expect: participantsOnly(200),
  },
  {
    route: 'POST /api/one-on-ones/meetings/:meetingId/complete',
    target: 'person',
    params: meeting,
    body: () => ({ version: 1 }),
    expect: participantsOnly(200),
  },
  {
    route: 'POST /api/one-on-ones/meetings/:meetingId/agenda-items',
    target: 'person',
    params: meetingWithTargetsNote,
    body: () => ({ section: 'now', text: 'Matrix topic' }),
    expect: participantsOnly(201),
    // The meeting comes back with the caller's own private note: its author reads it.
    carries: { confidential: 'own' },
  },
  {
    route: 'PATCH /api/one-on-ones/agenda-items/:itemId',
    target: 'person',
    params: agendaItem,
    body: () => ({ version: 1, discussed: true }),
    expect: participantsOnly(200),
  },
  {
    route: 'DELETE /api/one-on-ones/agenda-items/:itemId',
    target: 'person',
    params: agendaItem,
    query: '?version=1',
    expect: participantsOnly(200),
  },
  {
    route: 'POST /api/one-on-ones/meetings/:meetingId/action-items',
    target: 'person',
    params: meeting,
    body: ({ personId }) => ({ text: 'Matrix task', ownerId: personId, dueOn: '2026-12-01' }),
    expect: participantsOnly(201),
  },
  {
    route: 'PATCH /api/one-on-ones/action-items/:itemId',
    target: 'person',
    params: actionItem,
    body: () => ({ version: 1, done: true }),
    expect: participantsOnly(200),
  },
  {
    route: 'PUT /api/one-on-ones/meetings/:meetingId/shared-notes',
    target: 'person',
    params: meeting,
    body: () => ({ version: 1, body: 'Shared' }),
    expect: participantsOnly(200),
  },
  {
    // The private note: only the author's own write succeeds; nobody reaches another's meeting.
    route: 'PUT /api/one-on-ones/meetings/:meetingId/private-note',
    target: 'person',
    params: meeting,
    body: () => ({ version: 0, body: 'Mine alone' }),
    expect: participantsOnly(200),
  },
];
