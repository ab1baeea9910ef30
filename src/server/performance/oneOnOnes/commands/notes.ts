import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { forbidden, versionConflict } from '../../../platform/errors/appError';
import { meetingAccess } from '../access';
import { ownPrivateNote } from '../queries';
import { oneOnOneMeetings, oneOnOnePrivateNotes } from '../tables';
import { recordOneOnOneEvent } from './audit';

/** Notes both participants read and write; version-checked on the meeting. */
export async function saveSharedNotes(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: { version: number; body: string },
) {
  await inTransaction(db, async (tx) => {
    const { meeting } = (await meetingAccess.lockFor(tx, actor, meetingId, 'editSharedNotes', input.version))
      .row;
    await tx
      .update(oneOnOneMeetings)
      .set({ sharedNotes: input.body, version: meeting.version + 1, updatedAt: new Date() })
      .where(eq(oneOnOneMeetings.id, meeting.id));
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.shared_notes_saved',
      targetType: 'one_on_one_meeting',
      targetId: meeting.id,
      after: { version: meeting.version + 1 },
    });
  });
}

/**
 * The caller's private note on a meeting: only ever their own row (author = caller). Version 0
 * creates it; later saves carry the version they edited. The audit event records that a note
 * changed and nothing of what it says.
 */
export async function savePrivateNote(
  db: Db,
  actor: Actor,
  meetingId: string,
  input: { version: number; body: string },
) {
  const author = actor.personId;
  if (!author) throw forbidden();
  await inTransaction(db, async (tx) => {
    // The note's own version is checked below: the meeting's does not matter to a private note.
    const { meeting } = (await meetingAccess.lockFor(tx, actor, meetingId, 'writePrivateNote')).row;
    const existing = await ownPrivateNote(tx, author, meeting.id);
    const currentVersion = existing?.version ?? 0;
    if (currentVersion !== input.version) throw versionConflict(currentVersion);
    let noteId: string;
    if (existing) {
      noteId = existing.id;
      await tx
        .update(oneOnOnePrivateNotes)
        .set({ body: input.body, version: existing.version + 1, updatedAt: new Date() })
        .where(eq(oneOnOnePrivateNotes.id, existing.id));
    } else {
      const [created] = await tx
        .insert(oneOnOnePrivateNotes)
        .values({
          organizationId: actor.organizationId,
          meetingId: meeting.id,
          authorId: author,
          body: input.body,
        })
        .returning({ id: oneOnOnePrivateNotes.id });
      noteId = created!.id;
    }
    await recordOneOnOneEvent(tx, actor, {
      action: 'one_on_one.private_note_saved',
      targetType: 'one_on_one_private_note',
      targetId: noteId,
      after: { meetingId: meeting.id, version: currentVersion + 1 },
    });
  });
}
