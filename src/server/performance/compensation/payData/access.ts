import { recordAccesses } from '../../../platform/audit/accessLog';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { defineAccess } from '../../../platform/policy/access';
import { payPolicy } from './policy';
import { findPaySubject } from './queries';

/**
 * The one door to a person's pay (GUIDE 12): reading their pay history and placement, and adding a
 * pay record, pass here. The record is the person: pay has no single row to guard, and who may see
 * it depends only on how the caller stands to the person. 404 for anyone who may not read it, 403
 * for a reader who may not add records, and the subject's access log for every read by someone else.
 */
export const payAccess = defineAccess({
  name: 'Person',
  dataClass: 'compensation',
  resource: 'pay',
  load: (db, organizationId, personId, forUpdate) => findPaySubject(db, organizationId, personId, forUpdate),
  subjectOf: (row) => row.id,
  policy: payPolicy,
});

/**
 * An import names many people at once: HR reads whether each has a record on the file's date, and
 * writes theirs. One access-log entry per person named, in one insert (the guard's log for a list).
 */
export async function logPayImportAccess(tx: Db, actor: Actor, personIds: readonly string[]) {
  await recordAccesses(
    tx,
    actor,
    [...new Set(personIds)].map((subjectPersonId) => ({
      subjectPersonId,
      dataClass: 'compensation' as const,
      resource: 'pay',
    })),
  );
}
