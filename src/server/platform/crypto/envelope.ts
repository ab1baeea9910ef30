import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Envelope encryption with AES-256-GCM (node:crypto). Each protected record group (a coaching
 * engagement) has its own random 32-byte data key; the database stores that key only wrapped by the
 * application key (appKey.ts), and each text as ciphertext + 12-byte IV + 16-byte auth tag. A reader
 * of the database without the application key sees bytes; a wrong key or a changed byte fails the
 * tag check instead of decrypting to garbage. `context` (e.g. the record's id) is bound in as
 * additional authenticated data, so a ciphertext copied onto another record does not decrypt.
 */
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  ciphertext: Buffer;
  iv: Buffer;
  authTag: Buffer;
}

export class DecryptionFailed extends Error {
  constructor() {
    super('The data could not be decrypted: wrong application key, or the stored bytes were changed.');
  }
}

export function seal(key: Buffer, plaintext: Buffer, context: string): Sealed {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { ciphertext, iv, authTag: cipher.getAuthTag() };
}

export function open(key: Buffer, sealed: Sealed, context: string): Buffer {
  try {
    const decipher = createDecipheriv(ALGORITHM, key, sealed.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.authTag);
    return Buffer.concat([decipher.update(sealed.ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionFailed();
  }
}

/** A new data key, and the same key wrapped by `wrappingKey` as one value (iv ‖ tag ‖ ciphertext). */
export function newDataKey(wrappingKey: Buffer, context: string): { key: Buffer; wrapped: Buffer } {
  const key = randomBytes(32);
  const { ciphertext, iv, authTag } = seal(wrappingKey, key, `data-key:${context}`);
  return { key, wrapped: Buffer.concat([iv, authTag, ciphertext]) };
}

export function unwrapDataKey(wrappingKey: Buffer, wrapped: Buffer, context: string): Buffer {
  const iv = wrapped.subarray(0, IV_BYTES);
  const authTag = wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES);
  const ciphertext = wrapped.subarray(IV_BYTES + TAG_BYTES);
  return open(wrappingKey, { ciphertext, iv, authTag }, `data-key:${context}`);
}

export const sealText = (key: Buffer, text: string, context: string) =>
  seal(key, Buffer.from(text, 'utf8'), context);

export const openText = (key: Buffer, sealed: Sealed, context: string) =>
  open(key, sealed, context).toString('utf8');
