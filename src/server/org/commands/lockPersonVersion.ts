import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { notFound, versionConflict } from '../../platform/errors/appError';
import { people } from '../tables';

/**
 * Locks the person row for the rest of the transaction and checks that the editor saw the current
 * version: a stale edit gets 409 with the current version, before anything is written.
 */
export async function lockPersonVersion(tx: Db, actor: Actor, personId: string, expectedVersion: number) {
  const [person] = await tx
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)))
    .for('update');
  if (!person) throw notFound('Person');
  if (person.version !== expectedVersion) throw versionConflict(person.version);
  return person;
}
