import { createHash, randomBytes } from 'node:crypto';

/** 256 bits of randomness, URL-safe; only its SHA-256 is ever stored. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}
