import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { addNoteRequest, updateNoteRequest } from '../../../../contracts/conversations';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import {
  AppError,
  forbidden,
  notFound,
  validationFailed,
  versionConflict,
} from '../../../platform/errors/appError';
import { conversationPolicy, notePolicy } from '../policy';
import { findConversation, findNote, findQuestion } from '../queries';
import { careerConversationNotes } from '../tables';

async function loadConversation(tx: Db, actor: Actor, id: string) {
  const row = await findConversation(tx, actor.organizationId, id);
  if (!row) throw notFound('Conversation');
  const policy = conversationPolicy(actor, row);
  if (!policy.read) throw notFound('Conversation');
  return { row, policy };
}

/**
 * Adds a note, optionally answering one of the organisation's guided questions (its words are kept
 * with the note). The employee's notes start private unless they share them; a manager's note is
 * written for the employee, so the share flag does not apply to it.
 */
export async function addNote(
  db: Db,
  actor: Actor,
  conversationId: string,
  input: z.output<typeof addNoteRequest>,
) {
  return inTransaction(db, async (tx) => {
    const { row, policy } = await loadConversation(tx, actor, conversationId);
    if (!policy.addNote) throw new AppError('invalid_state', 'This conversation was cancelled.');
    let questionPrompt = '';
    if (input.questionId) {
      const question = await findQuestion(tx, actor.organizationId, input.questionId);
      if (!question) throw validationFailed({ questionId: 'Choose one of the guided questions' });
      questionPrompt = question.prompt;
    }
    const byEmployee = actor.personId === row.employeeId;
    const [note] = await tx
      .insert(careerConversationNotes)
      .values({
        organizationId: actor.organizationId,
        conversationId: row.id,
        authorId: actor.personId!,
        questionId: input.questionId,
        questionPrompt,
        conversationNote: input.conversationNote,
        sharedWithManager: byEmployee ? input.sharedWithManager : false,
      })
      .returning({ id: careerConversationNotes.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.note_added',
      targetType: 'career_conversation_note',
      targetId: note!.id,
      after: { conversationId: row.id, sharedWithManager: byEmployee ? input.sharedWithManager : false },
    });
    return note!.id;
  });
}

async function lockNote(tx: Db, actor: Actor, conversationId: string, noteId: string) {
  const { row } = await loadConversation(tx, actor, conversationId);
  const note = await findNote(tx, row.id, noteId, true);
  if (!note) throw notFound('Note');
  const policy = notePolicy(actor, row, note);
  if (!policy.read) throw notFound('Note');
  return { row, note, policy };
}

/** The author rewrites a note; the employee shares their own note with the manager or takes it back. */
export async function updateNote(
  db: Db,
  actor: Actor,
  conversationId: string,
  noteId: string,
  input: z.output<typeof updateNoteRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { note, policy } = await lockNote(tx, actor, conversationId, noteId);
    if (input.conversationNote !== undefined && !policy.edit) throw forbidden();
    if (input.sharedWithManager !== undefined && !policy.share) throw forbidden();
    if (note.version !== input.version) throw versionConflict(note.version);
    await tx
      .update(careerConversationNotes)
      .set({
        conversationNote: input.conversationNote ?? note.conversationNote,
        sharedWithManager: input.sharedWithManager ?? note.sharedWithManager,
        version: note.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(careerConversationNotes.id, note.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action:
        input.sharedWithManager === undefined || input.sharedWithManager === note.sharedWithManager
          ? 'career_conversation.note_updated'
          : input.sharedWithManager
            ? 'career_conversation.note_shared'
            : 'career_conversation.note_unshared',
      targetType: 'career_conversation_note',
      targetId: note.id,
      after: { sharedWithManager: input.sharedWithManager ?? note.sharedWithManager },
    });
  });
}

export async function removeNote(db: Db, actor: Actor, conversationId: string, noteId: string) {
  await inTransaction(db, async (tx) => {
    const { note, policy } = await lockNote(tx, actor, conversationId, noteId);
    if (!policy.remove) throw forbidden();
    await tx.delete(careerConversationNotes).where(eq(careerConversationNotes.id, note.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'career_conversation.note_removed',
      targetType: 'career_conversation_note',
      targetId: note.id,
    });
  });
}
