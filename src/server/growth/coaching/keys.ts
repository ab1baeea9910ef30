import { randomUUID } from 'node:crypto';
import { appKey } from '../../platform/crypto/appKey';
import { newDataKey, openText, sealText, unwrapDataKey } from '../../platform/crypto/envelope';

/**
 * The engagement's data key and its notes' encryption (platform/crypto/envelope.ts). The key is
 * bound to the engagement id and each note's ciphertext to the engagement and note ids, so bytes
 * moved to another row fail to decrypt rather than show under someone else's name.
 */
export const newEngagementKey = (engagementId: string) => newDataKey(appKey(), `coaching:${engagementId}`);

export const engagementKey = (row: { id: string; wrappedKey: Buffer }) =>
  unwrapDataKey(appKey(), row.wrappedKey, `coaching:${row.id}`);

const noteContext = (engagementId: string, noteId: string) => `coaching-note:${engagementId}:${noteId}`;

export function sealNote(key: Buffer, engagementId: string, text: string, noteId: string = randomUUID()) {
  return { id: noteId, ...sealText(key, text, noteContext(engagementId, noteId)) };
}

export function openNote(
  key: Buffer,
  note: { id: string; engagementId: string; ciphertext: Buffer; iv: Buffer; authTag: Buffer },
) {
  return openText(key, note, noteContext(note.engagementId, note.id));
}
