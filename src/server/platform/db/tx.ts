import type { Db } from './client';

/** Runs `fn` in a transaction: a command applies completely or not at all. */
export function inTransaction<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction((tx) => fn(tx as unknown as Db));
}
