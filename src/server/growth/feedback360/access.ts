import { issue } from '../../../contracts/issues';
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError, forbidden } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { type Request360Abilities, request360Policy, task360Policy } from './policy';
import { findRequest, findTask } from './queries';

/**
 * The doors to a 360 (GUIDE 12), one per way it is looked at. Each reads `request360Policy`:
 * `visible` separates 403 (you are part of this 360) from 404 (it does not exist for you).
 */
const requestGuard = (
  resource: string,
  view: (policy: Request360Abilities, subject: boolean) => { read: boolean; logAccess: boolean },
) =>
  defineAccess({
    name: '360 feedback',
    dataClass: 'development',
    resource,
    load: findRequest,
    subjectOf: (row) => row.subjectId,
    policy: (actor, row) => {
      const policy = request360Policy(actor, row);
      return { ...policy, ...view(policy, actor.personId === row.subjectId) };
    },
    version: (row) => row.version,
  });

/**
 * Acting on a 360: the subject, the approving manager, the coach and (for a program) HR get in and
 * are refused (403) what is not theirs; anyone else 404. A change by anyone but the subject is on
 * the subject's log.
 */
export const request360Access = requestGuard('360 feedback', (policy, subject) => ({
  read: policy.visible,
  logAccess: policy.visible && !subject,
}));

/** The subject's own view of their 360 (nominations, progress): nobody else, whatever their part. */
export const own360Access = requestGuard('360 feedback', (policy) => ({
  read: policy.read,
  logAccess: false,
}));

/** The report: read by whoever the policy lets read it, logged for the subject when not theirs. */
const report360Access = requestGuard('360 report', (policy, subject) => ({
  read: policy.visible,
  logAccess: policy.readReport && !subject,
}));

/** The report of a 360: 404 outside it, 403 for people in it who may not read it (yet). */
export async function readReport360For(db: Db, actor: Actor, requestId: string) {
  const guarded = await report360Access.readFor(db, actor, requestId);
  if (!guarded.policy.readReport) throw forbidden();
  return guarded;
}

/**
 * A rater task is the rater's alone. Its subject on the guard is the rater, so nothing about it ever
 * reaches the 360 subject's access log (SPEC S1.3: no trace that ties a rater to a 360). Once the
 * 360 stops collecting, the rater is told so (409), not refused.
 */
export const task360Access = defineAccess({
  name: '360 task',
  dataClass: 'development',
  resource: '360 task',
  load: findTask,
  subjectOf: (row) => row.task.raterId,
  policy: (actor, row) => ({ ...task360Policy(actor, row.task, row.request.status), logAccess: false }),
  refusal: () => new AppError('invalid_state', issue('feedback360NotWaiting')),
});

/**
 * 360s listed to someone other than their subject — nominations awaiting the manager's approval,
 * HR's program view — are reads on each subject's log, once per list.
 */
export async function record360sListed(
  db: Db,
  actor: Actor,
  subjectIds: string[],
  resource: '360 nominations' | '360 program status',
) {
  for (const subjectPersonId of new Set(subjectIds))
    await recordAccess(db, actor, { subjectPersonId, dataClass: 'development', resource });
}
