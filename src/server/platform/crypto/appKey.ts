import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Config, loadConfig } from '../config';

/**
 * The application key: 32 bytes that wrap (encrypt) the per-record data keys of encrypted records
 * (envelope.ts). Where it comes from, in order:
 *  1. `TRELLIS_APP_KEY` (base64 of 32 bytes) — the way for PostgreSQL and several app instances;
 *  2. an in-memory data folder (`memory://…`): a random key for the life of the process, which is
 *     also the life of that database;
 *  3. the file `app.key` in the data folder, created once (mode 0600) when it is missing, so
 *     `npm install && npm start` keeps working.
 * Without the key, the encrypted records of a database cannot be read: operators back it up
 * together with the database (docs/ARCHITECTURE.md, "Application key").
 */
export const APP_KEY_FILE = 'app.key';
const KEY_BYTES = 32;

let installed: Buffer | null = null;

function decodeKey(base64: string, where: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`The application key in ${where} is not 32 bytes of base64.`);
  return key;
}

/** Reads `app.key` in the folder, or creates it once; two processes racing both end with the winner's key. */
export function keyFileIn(dataDir: string): Buffer {
  const path = join(dataDir, APP_KEY_FILE);
  try {
    return decodeKey(readFileSync(path, 'utf8'), path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  try {
    writeFileSync(path, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return decodeKey(readFileSync(path, 'utf8'), path);
}

/** The key a configuration names (see the order above). */
export function resolveAppKey(config: Pick<Config, 'appKey' | 'dataDir'>): Buffer {
  if (config.appKey) return decodeKey(config.appKey, 'TRELLIS_APP_KEY');
  if (config.dataDir.startsWith('memory://')) return randomBytes(KEY_BYTES);
  return keyFileIn(config.dataDir);
}

/**
 * Loads the process's key from the configuration, once: the first caller (start-up, before the
 * demo is seeded; or the app) decides, later calls keep it, so one process never mixes two keys.
 */
export function prepareAppKey(config: Pick<Config, 'appKey' | 'dataDir'>): void {
  if (!installed) installed = resolveAppKey(config);
}

/** The process's application key; a process that did not prepare one takes its environment's. */
export function appKey(): Buffer {
  if (!installed) prepareAppKey(loadConfig());
  return installed!;
}
