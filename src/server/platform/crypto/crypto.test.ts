import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_KEY_FILE, keyFileIn, resolveAppKey } from './appKey';
import { DecryptionFailed, newDataKey, openText, sealText, unwrapDataKey } from './envelope';

describe('application key', () => {
  it('is created once as a 0600 file in the data folder and read back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'trellis-key-'));
    const first = keyFileIn(dir);
    expect(first).toHaveLength(32);
    expect(statSync(join(dir, APP_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(keyFileIn(dir).equals(first)).toBe(true);
    expect(readFileSync(join(dir, APP_KEY_FILE), 'utf8').trim()).toBe(first.toString('base64'));
  });

  it('comes from TRELLIS_APP_KEY when set, and refuses a key of the wrong length', () => {
    const key = randomBytes(32);
    expect(resolveAppKey({ appKey: key.toString('base64'), dataDir: '/nonexistent' }).equals(key)).toBe(true);
    expect(() => resolveAppKey({ appKey: randomBytes(16).toString('base64'), dataDir: '/x' })).toThrow(
      /32 bytes/,
    );
    // An in-memory database lives as long as the process: so does its key.
    expect(resolveAppKey({ appKey: undefined, dataDir: 'memory://t' })).toHaveLength(32);
  });
});

describe('envelope encryption (AES-256-GCM)', () => {
  it('round-trips with the right keys and context, and fails with any other', () => {
    const appKey = randomBytes(32);
    const { key, wrapped } = newDataKey(appKey, 'e1');
    expect(unwrapDataKey(appKey, wrapped, 'e1').equals(key)).toBe(true);
    expect(() => unwrapDataKey(randomBytes(32), wrapped, 'e1')).toThrow(DecryptionFailed);
    expect(() => unwrapDataKey(appKey, wrapped, 'e2')).toThrow(DecryptionFailed);

    const sealed = sealText(key, 'a private thought', 'note-1');
    expect(sealed.ciphertext.toString('utf8')).not.toContain('private');
    expect(sealed.iv).toHaveLength(12);
    expect(sealed.authTag).toHaveLength(16);
    expect(openText(key, sealed, 'note-1')).toBe('a private thought');
    expect(() => openText(key, sealed, 'note-2')).toThrow(DecryptionFailed);
    const tampered = { ...sealed, ciphertext: Buffer.from(sealed.ciphertext) };
    tampered.ciphertext[0] = (tampered.ciphertext[0] ?? 0) ^ 1;
    expect(() => openText(key, tampered, 'note-1')).toThrow(DecryptionFailed);
    // A fresh IV each time: the same text never gives the same bytes twice.
    expect(sealText(key, 'same', 'n').ciphertext.equals(sealText(key, 'same', 'n').ciphertext)).toBe(false);
  });
});
