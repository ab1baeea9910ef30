import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { addNoteRequest, updateNoteRequest } from '../../../../contracts/conversations';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { conversationAccess, conversationNoteAccess } from '../access';
import { findQuestion } from '../queries';
import { careerConversationNotes } from '../tables';

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
    // Participants only (others 404), and not on a cancelled conversation (409).
    const { row, policy } = await conversationAccess.lockFor(tx, actor, conversationId, 'addNote');
    let questionPrompt = '';
    if (input.questionId) {
      const question = await findQuestion(tx, actor.organizationId, input.questionId);
      if (!question) throw validationFailed({ questionId: issue('chooseGuidedQuestion') });
      questionPrompt = question.prompt;
    }
    const byEmployee = policy.viewerRole === 'employee';
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

/** The author rewrites a note; the employee shares their own note with the manager or takes it back. */
export async function updateNote(
  db: Db,
  actor: Actor,
  conversationId: string,
  noteId: string,
  input: z.output<typeof updateNoteRequest>,
) {
  await inTransaction(db, async (tx) => {
    // Sharing implies editing (`notePolicy`), so a change of both asks for `share`.
    const action = input.sharedWithManager !== undefined ? 'share' : 'edit';
    const { row } = await conversationNoteAccess(conversationId).lockFor(
      tx,
      actor,
      noteId,
      action,
      input.version,
    );
    const { note } = row;
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
    const { note } = (await conversationNoteAccess(conversationId).lockFor(tx, actor, noteId, 'remove')).row;
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
