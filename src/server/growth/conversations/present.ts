import type {
  CareerQuestion,
  ConversationDetail,
  ConversationSummary,
} from '../../../contracts/conversations';
import type { Actor } from '../../platform/auth/actor';
import { actorTimeZone } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import type { Relation } from '../../platform/policy/relations';
import { agreedActionPolicy, type conversationPolicy, conversationSide, notePolicy } from './policy';
import {
  activeQuestions,
  agreedActionsOf,
  type ConversationRow,
  notesOf,
  peopleRefs,
  type QuestionRow,
} from './queries';
import { releaseWarningFor } from './releaseWarning';
import { ensureConversationSetup } from './settings';

const unknown = (id: string) => ({ id, displayName: '', jobTitle: '' });

export function presentQuestion(row: QuestionRow): CareerQuestion {
  return {
    id: row.id,
    theme: row.theme,
    prompt: row.prompt,
    guidance: row.guidance,
    position: row.position,
    retired: row.retiredAt !== null,
    version: row.version,
  };
}

/** Conversations as list rows. Scheduled ones carry the review-release warning, if any. */
export async function presentSummaries(
  db: Db,
  actor: Actor,
  rows: ConversationRow[],
): Promise<ConversationSummary[]> {
  const refs = await peopleRefs(
    db,
    actor.organizationId,
    rows.flatMap((row) => [row.employeeId, row.managerId]),
  );
  const settings = rows.some((row) => row.status === 'scheduled')
    ? await ensureConversationSetup(db, actor.organizationId)
    : null;
  return Promise.all(
    rows.map(async (row) => ({
      id: row.id,
      employee: refs.get(row.employeeId) ?? unknown(row.employeeId),
      manager: refs.get(row.managerId) ?? unknown(row.managerId),
      viewerRole: conversationSide(actor, row) ?? 'employee',
      status: row.status,
      scheduledAt: row.scheduledAt.toISOString(),
      durationMinutes: row.durationMinutes,
      location: row.location,
      completedAt: row.completedAt?.toISOString() ?? null,
      releaseWarning:
        row.status === 'scheduled' && settings
          ? await releaseWarningFor(db, {
              organizationId: row.organizationId,
              employeeId: row.employeeId,
              scheduledAt: row.scheduledAt,
              windowDays: settings.releaseWindowDays,
              timeZone: await actorTimeZone(db, actor),
            })
          : null,
      version: row.version,
    })),
  );
}

/**
 * The conversation screen: dates, the guided questions and the notes the caller may read. It
 * carries nothing from reviews (no rating, no review text), by construction: nothing here reads them.
 */
export async function presentDetail(
  db: Db,
  actor: Actor,
  guarded: { row: ConversationRow; policy: ReturnType<typeof conversationPolicy>; relation: Relation | null },
): Promise<ConversationDetail> {
  const { row, policy, relation } = guarded;
  // The question bank is seeded on the organisation's first use; make sure that happened first.
  await ensureConversationSetup(db, actor.organizationId);
  const [[summary], questions, notes, actions] = await Promise.all([
    presentSummaries(db, actor, [row]),
    activeQuestions(db, actor.organizationId),
    notesOf(db, row.id),
    agreedActionsOf(db, row.id),
  ]);
  return {
    ...summary!,
    outcomeSummary:
      policy.viewerRole === 'employee' || (row.outcomeShared && policy.readShared)
        ? row.outcomeSummary
        : null,
    outcomeShared: row.outcomeShared,
    planDrafted: row.draftPlanId !== null,
    questions: questions.map(presentQuestion),
    notes: notes.flatMap((note) => {
      const allowed = notePolicy(actor, row, note, relation);
      if (!allowed.read) return [];
      return [
        {
          id: note.id,
          questionId: note.questionId,
          questionPrompt: note.questionPrompt,
          authorRole: note.authorId === row.employeeId ? ('employee' as const) : ('manager' as const),
          conversationNote: note.conversationNote,
          sharedWithManager: note.sharedWithManager,
          version: note.version,
          updatedAt: note.updatedAt.toISOString(),
          abilities: { edit: allowed.edit, share: allowed.share, remove: allowed.remove },
        },
      ];
    }),
    agreedActions: actions.flatMap((action) => {
      const allowed = agreedActionPolicy(actor, row, action, relation);
      if (!allowed.read) return [];
      return [
        {
          id: action.id,
          authorRole: action.authorId === row.employeeId ? ('employee' as const) : ('manager' as const),
          actionText: action.actionText,
          createdAt: action.createdAt.toISOString(),
          abilities: { remove: allowed.remove },
        },
      ];
    }),
    abilities: {
      reschedule: policy.reschedule,
      cancel: policy.cancel,
      complete: policy.complete,
      addNote: policy.addNote,
      addAction: policy.addAction,
      makePlan: policy.makePlan,
      recordOutcome: policy.recordOutcome,
    },
  };
}
