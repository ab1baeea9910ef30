import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';

/** What a person's access log calls HR's read of their pay letter. */
export const LETTER_RESOURCE = 'pay letter';

/**
 * A ZIP of a cycle's letters shows each person's pay: one access-log entry per person in it, in one
 * insert per page (the guard's log for a list; HR's own letter is not logged). Single letters go
 * through `participantAccess` with `LETTER_RESOURCE`.
 */
export async function logLetterListAccess(db: Db, actor: Actor, personIds: readonly string[]) {
  await recordAccesses(
    db,
    actor,
    [...new Set(personIds)].map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'compensation' as const,
      resource: LETTER_RESOURCE,
    })),
  );
}
