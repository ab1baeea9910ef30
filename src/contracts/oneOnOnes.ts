import { z } from 'zod';
import { isoDate, pageQuery } from './common';
import { issueMessage } from './issues';

export const cadence = z.enum(['weekly', 'biweekly', 'monthly']);
export type Cadence = z.infer<typeof cadence>;
export const agendaSection = z.enum(['now', 'next']);
export type AgendaSection = z.infer<typeof agendaSection>;

export const participantRef = z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() });
export type ParticipantRef = z.infer<typeof participantRef>;

const version = z.number().int().min(1);
const itemText = z.string().trim().min(1, issueMessage('fewWordsRequired')).max(500);

export const seriesAbilities = z.object({ update: z.boolean() });

export const seriesSummary = z.object({
  id: z.string(),
  cadence,
  /** The other participant, seen from the caller. */
  withPerson: participantRef,
  nextMeeting: z.object({ id: z.string(), scheduledOn: isoDate }).nullable(),
  openActionItems: z.number().int(),
  lastMetOn: isoDate.nullable(),
});
export type SeriesSummary = z.infer<typeof seriesSummary>;

export const agendaItem = z.object({
  id: z.string(),
  section: agendaSection,
  /** 'manual' when a participant added it; another value names the suggestion's source. */
  source: z.string(),
  text: z.string(),
  author: participantRef.nullable(),
  discussed: z.boolean(),
  carriedOver: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean(), tick: z.boolean(), remove: z.boolean() }),
});
export type AgendaItem = z.infer<typeof agendaItem>;

export const actionItem = z.object({
  id: z.string(),
  text: z.string(),
  owner: participantRef,
  dueOn: isoDate.nullable(),
  done: z.boolean(),
  carriedOver: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type ActionItem = z.infer<typeof actionItem>;

/** The caller's own private note: present only in the author's responses, never anyone else's. */
export const privateNote = z.object({ body: z.string(), version: z.number().int(), updatedAt: z.string() });
export type PrivateNote = z.infer<typeof privateNote>;

export const meetingAbilities = z.object({
  addItems: z.boolean(),
  editSharedNotes: z.boolean(),
  complete: z.boolean(),
  writePrivateNote: z.boolean(),
});

export const meetingDetail = z.object({
  id: z.string(),
  seriesId: z.string(),
  scheduledOn: isoDate,
  status: z.enum(['upcoming', 'completed']),
  completedAt: z.string().nullable(),
  agenda: z.array(agendaItem),
  actionItems: z.array(actionItem),
  sharedNotes: z.string(),
  privateNote: privateNote.nullable(),
  version: z.number().int(),
  abilities: meetingAbilities,
});
export type MeetingDetail = z.infer<typeof meetingDetail>;

export const seriesDetail = z.object({
  id: z.string(),
  cadence,
  participants: z.array(participantRef),
  withPerson: participantRef,
  currentMeeting: meetingDetail.nullable(),
  version: z.number().int(),
  abilities: seriesAbilities,
});
export type SeriesDetail = z.infer<typeof seriesDetail>;

export const meetingSummary = z.object({
  id: z.string(),
  scheduledOn: isoDate,
  status: z.enum(['upcoming', 'completed']),
  completedAt: z.string().nullable(),
  agendaItems: z.number().int(),
  actionItems: z.number().int(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

/** `withPersonId`: only my series with that person (at most one), e.g. for their profile. */
export const seriesListQuery = pageQuery.extend({ withPersonId: z.string().uuid().optional() });
export const meetingsQuery = pageQuery.extend({ status: z.enum(['upcoming', 'completed']).optional() });

export const createSeriesRequest = z.object({
  withPersonId: z.string().uuid(issueMessage('chooseColleague')),
  cadence,
  firstMeetingOn: isoDate,
});
export type CreateSeriesRequest = z.infer<typeof createSeriesRequest>;

export const updateSeriesRequest = z.object({
  version,
  cadence: cadence.optional(),
  /** Moves the upcoming meeting. */
  nextMeetingOn: isoDate.optional(),
});
export type UpdateSeriesRequest = z.infer<typeof updateSeriesRequest>;

export const completeMeetingRequest = z.object({ version });

export const addAgendaItemRequest = z.object({ section: agendaSection, text: itemText });
export const updateAgendaItemRequest = z.object({
  version,
  text: itemText.optional(),
  discussed: z.boolean().optional(),
});
export const versionQuery = z.object({ version: z.coerce.number().int().min(1) });

export const addActionItemRequest = z.object({
  text: itemText,
  ownerId: z.string().uuid(issueMessage('chooseOwner')),
  dueOn: isoDate.nullable().optional(),
});
export const updateActionItemRequest = z.object({
  version,
  text: itemText.optional(),
  ownerId: z.string().uuid(issueMessage('chooseOwner')).optional(),
  dueOn: isoDate.nullable().optional(),
  done: z.boolean().optional(),
});

export const sharedNotesRequest = z.object({ version, body: z.string().max(20_000) });
/** `version` 0 writes the first note of this meeting; later saves carry the version they edited. */
export const privateNoteRequest = z.object({
  version: z.number().int().min(0),
  body: z.string().max(20_000),
});
