import type {
  CoachingEngagement,
  CoachingNote,
  CoachingSession,
  EngagementDetail,
} from '../../../contracts/coaching';
import { addDays } from '../../platform/clock';
import type { CoachingSide, EngagementPolicy } from './policy';
import type { EngagementRow, NoteRow, ProgrammeRow, SessionRow, SummaryRow } from './queries';

export const STALLED_DAYS = 30;
type Names = Map<string, { id: string; name: string }>;

const localDate = (at: Date, zone: string) => at.toLocaleDateString('en-CA', { timeZone: zone });

/** Active, and no session held in the last 30 days (or since the start, when none was held yet). */
export function isStalled(
  row: { status: string; startedOn: string | null },
  sessions: readonly SessionRow[],
  today: string,
  zone: string,
) {
  if (row.status !== 'active') return false;
  const held = sessions.filter((s) => s.status === 'held').map((s) => localDate(s.scheduledAt, zone));
  const last = [...held, row.startedOn ?? today].sort().at(-1)!;
  return last <= addDays(today, -STALLED_DAYS);
}

export const presentSession = (row: SessionRow): CoachingSession => ({
  id: row.id,
  scheduledAt: row.scheduledAt.toISOString(),
  durationMinutes: row.durationMinutes,
  status: row.status,
  version: row.version,
});

export function presentEngagement(
  row: EngagementRow,
  context: {
    side: CoachingSide;
    policy: EngagementPolicy;
    programme: ProgrammeRow;
    names: Names;
    sessions: readonly SessionRow[];
    today: string;
    zone: string;
    now: Date;
  },
): CoachingEngagement {
  const { policy, names, sessions } = context;
  const person = (id: string | null) => (id ? (names.get(id) ?? { id, name: '' }) : null);
  const next = sessions.find((s) => s.status === 'scheduled' && s.scheduledAt >= context.now);
  return {
    id: row.id,
    programme: {
      id: context.programme.id,
      name: context.programme.name,
      maxChemistry: context.programme.maxChemistry,
    },
    coachee: person(row.coacheeId)!,
    coach: person(row.coachId),
    chemistryCoaches: row.chemistryCoachIds.map((id) => person(id)!),
    yourRole: context.side === 'none' ? 'chemistry' : context.side,
    status: row.status,
    stalled: isStalled(row, sessions, context.today, context.zone),
    sessionAllowance: row.sessionAllowance,
    sessionsHeld: sessions.filter((s) => s.status === 'held').length,
    startedOn: row.startedOn,
    endsOn: row.endsOn,
    nextSessionAt: next?.scheduledAt.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    abilities: {
      choose: policy.choose,
      respond: policy.respond,
      editGoals: policy.editGoals,
      schedule: policy.schedule,
      writeNotes: policy.writeNotes,
      shareSummary: policy.shareSummary,
      cancel: policy.cancel,
      complete: policy.complete,
    },
  };
}

export function presentDetail(
  base: CoachingEngagement,
  parts: {
    side: CoachingSide;
    goals: {
      id: string;
      goalText: string;
      aspiration: { id: string; kind: string; aspirationText: string } | null;
    }[];
    sessions: readonly SessionRow[];
    summary: SummaryRow | null;
  },
): EngagementDetail {
  const pair = parts.side === 'coachee' || parts.side === 'coach';
  return {
    ...base,
    // A chemistry coach sees the request, not what the coachee wants from coaching.
    goals: pair ? parts.goals : [],
    sessions: pair ? parts.sessions.map(presentSession) : [],
    // The summary is the coachee's to publish; the coach does not read it here.
    summary:
      parts.side === 'coachee' && parts.summary
        ? {
            summaryText: parts.summary.summaryText,
            sharedWithManager: parts.summary.sharedWithId !== null,
            sharedAt: parts.summary.sharedAt?.toISOString() ?? null,
            version: parts.summary.version,
          }
        : null,
  };
}

export function presentNote(row: NoteRow, text: string, me: string | null, names: Names): CoachingNote {
  return {
    id: row.id,
    author: row.authorId ? (names.get(row.authorId) ?? null) : null,
    noteText: text,
    mine: me !== null && row.authorId === me,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
