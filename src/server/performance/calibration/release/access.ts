import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { AppError, type ErrorCode } from '../../../platform/errors/appError';
import { defineAccess } from '../../../platform/policy/access';
import { managesPerson, relationTo } from '../../../platform/policy/relations';
import {
  acknowledgeRefusal,
  addendumRefusal,
  type ReviewStanding,
  releasePolicy,
  releaseRefusal,
} from '../policy';
import { findReleaseRow, type ReleaseRow, releaseRecordOf } from './load';

/** How the caller stands to one review for release: its subject, its reviewer, HR, or a manager above. */
async function releaseStanding(db: Db, actor: Actor, row: ReleaseRow): Promise<ReviewStanding> {
  const subject = actor.personId === row.subject_id;
  const reviewer = actor.personId !== null && actor.personId === row.reviewer_id;
  const hr = actor.roles.has('hr_admin');
  const chainManager =
    !subject && !reviewer && !hr ? managesPerson(await relationTo(db, actor, row.subject_id)) : false;
  return { subject, reviewer, hr, chainManager };
}

const refusalFor: Record<
  'release' | 'writeAddendum' | 'acknowledge',
  (standing: ReviewStanding, row: ReleaseRow) => ErrorCode | null
> = {
  release: (standing, row) => releaseRefusal(standing, releaseRecordOf(row)),
  writeAddendum: (standing, row) => addendumRefusal(standing, releaseRecordOf(row)),
  acknowledge: (standing, row) => acknowledgeRefusal(standing, releaseRecordOf(row)),
};

/**
 * The one door to a review's outcome (GUIDE 12): release by the reviewing manager or HR once
 * calibration has locked, the manager's addendum, and the subject's acknowledgment. Read by the
 * subject, the reviewer, HR and managers above (404 for anyone else); reads and changes by anyone
 * but the subject are logged for them.
 */
export const releaseAccess = defineAccess({
  name: 'Review',
  dataClass: 'performance',
  resource: 'review outcome',
  load: findReleaseRow,
  subjectOf: (row) => row.subject_id,
  relate: releaseStanding,
  policy: (_actor, row, standing) => {
    const policy = releasePolicy(standing, releaseRecordOf(row));
    return { ...policy, logAccess: policy.read };
  },
  version: (row) => row.version,
  refusal: (action, _policy, row, standing) => {
    if (action === 'seeOutcome') return undefined;
    const code = refusalFor[action](standing, row);
    return code === null || code === 'forbidden' ? undefined : new AppError(code);
  },
});
