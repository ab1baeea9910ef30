import { recordAccesses } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { defineAccess } from '../../platform/policy/access';
import { type PlanStanding, successionPlanPolicy } from './policy';
import { findKeyPosition, type KeyPositionRow, planStanding, reviewersOf, slateOf } from './queries';

/**
 * The one door to a succession plan (GUIDE 12). A plan is about several people at once — the
 * incumbent and every successor — so it has no single subject: reads go through `readPlan`, which
 * logs the read for each of them in one insert, and the guard itself logs nothing.
 */
export const successionPlanAccess = defineAccess<
  KeyPositionRow,
  ReturnType<typeof successionPlanPolicy>,
  PlanStanding
>({
  name: 'Key position',
  dataClass: 'talent',
  resource: 'succession plan',
  load: findKeyPosition,
  subjectOf: () => null,
  relate: planStanding,
  policy: successionPlanPolicy,
  version: (row) => row.version,
});

/** Writes one read of talent data for each named person (SPEC S1.5), one batched insert. */
export async function logTalentRead(db: Db, actor: Actor, personIds: (string | null)[], resource: string) {
  const unique = [...new Set(personIds.filter((id): id is string => id !== null))];
  await recordAccesses(
    db,
    actor,
    unique.map((subjectPersonId) => ({ subjectPersonId, dataClass: 'talent' as const, resource })),
  );
}

/** A plan as the caller may read it (else 404), with its reviewers and slate; logged for everyone it names. */
export async function readPlan(db: Db, actor: Actor, id: string) {
  const guarded = await successionPlanAccess.readFor(db, actor, id, { resource: false });
  const [reviewers, slate] = await Promise.all([reviewersOf(db, id), slateOf(db, id)]);
  await logTalentRead(
    db,
    actor,
    [guarded.row.incumbentId, ...slate.map((entry) => entry.person.id)],
    'succession plan',
  );
  return { ...guarded, reviewers, slate };
}
