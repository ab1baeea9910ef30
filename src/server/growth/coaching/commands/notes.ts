import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { engagementAccess, noteAccess } from '../access';
import { engagementKey, sealNote } from '../keys';
import { coachingNotes } from '../tables';
import { audit } from './shared';

/**
 * Notes of the coach or the coachee, encrypted before they reach the database. The audit trail
 * says a note was written, changed or removed — never a word of it.
 */
export async function writeNote(db: Db, actor: Actor, engagementId: string, text: string): Promise<string> {
  return inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, engagementId, 'writeNotes');
    const sealed = sealNote(engagementKey(row), row.id, text);
    await tx.insert(coachingNotes).values({
      id: sealed.id,
      organizationId: actor.organizationId,
      engagementId: row.id,
      authorId: actor.personId,
      ciphertext: sealed.ciphertext,
      iv: sealed.iv,
      authTag: sealed.authTag,
    });
    await audit(tx, actor, 'coaching.note_written', 'coaching_note', sealed.id);
    return sealed.id;
  });
}

export async function updateNote(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; noteText: string },
) {
  await inTransaction(db, async (tx) => {
    const { row } = await noteAccess.lockFor(tx, actor, id, 'edit', input.version);
    const sealed = sealNote(engagementKey(row.engagement), row.engagementId, input.noteText, row.id);
    await tx
      .update(coachingNotes)
      .set({
        ciphertext: sealed.ciphertext,
        iv: sealed.iv,
        authTag: sealed.authTag,
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(coachingNotes.id, row.id));
    await audit(tx, actor, 'coaching.note_changed', 'coaching_note', row.id);
  });
}

export async function removeNote(db: Db, actor: Actor, id: string) {
  await inTransaction(db, async (tx) => {
    const { row } = await noteAccess.lockFor(tx, actor, id, 'remove');
    await tx.delete(coachingNotes).where(eq(coachingNotes.id, row.id));
    await audit(tx, actor, 'coaching.note_removed', 'coaching_note', row.id);
  });
}
