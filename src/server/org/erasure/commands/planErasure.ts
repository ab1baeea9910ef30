import type { ErasurePlan } from '../../../../contracts/erasure';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { planErasure } from '../../../platform/erasure/plan';
import type { PersonalDataEraser } from '../../../platform/erasure/types';
import { erasureBlockers, erasureSubjectFor } from '../subject';

/**
 * The dry run: what an erasure of the person would delete, anonymise and keep, and why, counted
 * table by table — with what stops it now. Reads only: no access-log entry, no audit event.
 */
export async function dryRunErasure(
  db: Db,
  options: { actor: Actor; personId: string; erasers: readonly PersonalDataEraser[] },
): Promise<ErasurePlan> {
  const { person, subject, identifiers } = await erasureSubjectFor(db, options.actor, options.personId);
  return {
    personId: person.id,
    blockers: await erasureBlockers(db, person),
    performance: subject.performance.action,
    retainUntil: subject.performance.retainUntil,
    lines: await planErasure(db, options.erasers, subject, identifiers),
  };
}
