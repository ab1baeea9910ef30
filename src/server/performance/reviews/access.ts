import { and, eq, inArray } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import type { ReviewAbilities } from '../../../contracts/reviews';
import { recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError, notFound } from '../../platform/errors/appError';
import { defineAccess } from '../../platform/policy/access';
import { managesPerson, relationTo } from '../../platform/policy/relations';
import { calibrationApprovers } from '../calibration/tables';
import { invalidState } from './errors';
import {
  formRefusal,
  personReviewsReach,
  type ReviewStanding,
  reviewCyclePolicy,
  reviewFormPolicy,
  reviewPolicy,
  reviewTemplatePolicy,
} from './policy';
import {
  factsOf,
  factsOfRecord,
  findCycle,
  findFormRecord,
  findReviewRecord,
  findTemplate,
  personReviewRecords,
  type ReviewContext,
  type ReviewRecord,
  type ReviewRow,
} from './records';

/** The calibration sessions among `sessionIds` that the caller signs off (approvers see their reviews). */
async function sessionsApprovedBy(db: Db, actor: Actor, sessionIds: (string | null)[]) {
  const ids = [...new Set(sessionIds.filter((id): id is string => id !== null))];
  if (!actor.roles.has('approver') || !actor.personId || ids.length === 0) return new Set<string>();
  const rows = await db
    .select({ sessionId: calibrationApprovers.sessionId })
    .from(calibrationApprovers)
    .where(
      and(inArray(calibrationApprovers.sessionId, ids), eq(calibrationApprovers.approverId, actor.personId)),
    );
  return new Set(rows.map((row) => row.sessionId));
}

const noStanding: ReviewStanding = { inManagementChain: false, approvesSession: false };

/**
 * How the caller stands to a review beyond being its subject or reviewer (the policy sees those on
 * the review itself): in the subject's current management chain, or approving the review's
 * calibration session (read straight from the calibration tables).
 */
async function standingOn(
  db: Db,
  actor: Actor,
  review: Pick<ReviewRow, 'subjectId' | 'reviewerId' | 'calibrationSessionId'>,
): Promise<ReviewStanding> {
  const named = actor.personId !== null && [review.subjectId, review.reviewerId].includes(actor.personId);
  const relation = named ? null : await relationTo(db, actor, review.subjectId);
  const approved = await sessionsApprovedBy(db, actor, [review.calibrationSessionId]);
  return {
    inManagementChain: managesPerson(relation),
    approvesSession: review.calibrationSessionId !== null && approved.has(review.calibrationSessionId),
  };
}

/**
 * The one door to a review (GUIDE 12): read by its subject, reviewer, management chain, session
 * approvers and HR (404 for anyone else); every read by someone but the subject is logged for them.
 * A review of a closed cycle takes no more changes (`cycle_closed`).
 */
export const reviewAccess = defineAccess({
  name: 'Review',
  dataClass: 'performance',
  resource: 'review',
  load: findReviewRecord,
  subjectOf: (record) => record.review.subjectId,
  relate: (db, actor, record) => standingOn(db, actor, record.review),
  policy: (actor, record, standing) => {
    const policy = reviewPolicy(actor, factsOfRecord(record), standing);
    // The subject's own reads never reach their access log (recordAccess leaves them out).
    return { ...policy, logAccess: policy.read };
  },
  version: (record) => record.review.version,
  refusal: (_action, _policy, record) =>
    record.cycle.status === 'closed' ? new AppError('cycle_closed') : undefined,
});

/** A guarded review as presenters take it: the record, its facts and the caller's abilities. */
export function reviewContext(guarded: {
  row: ReviewRecord;
  policy: ReviewAbilities & { read: boolean; logAccess: boolean };
}): ReviewContext {
  const { read: _read, logAccess: _logged, ...abilities } = guarded.policy;
  return { ...guarded.row, facts: factsOfRecord(guarded.row), abilities };
}

/**
 * The one door to a review form: its author always (a peer-input writer reaches nothing else);
 * others as the review allows them to read it, or HR to reopen it. Saves, submits and reopenings
 * pass here; a refusal names a closed cycle, then a locked form, then the state, then the role.
 */
export const reviewFormAccess = defineAccess({
  name: 'Form',
  dataClass: 'performance',
  resource: 'review form',
  load: findFormRecord,
  subjectOf: (record) => record.review.subjectId,
  // The author's own form needs no standing (the author reaches it whoever they are): no lookups.
  relate: (db, actor, record) =>
    actor.personId !== null && actor.personId === record.form.authorId
      ? Promise.resolve(noStanding)
      : standingOn(db, actor, record.review),
  // Forms are read on their review (whose reads are logged) or by their own author.
  policy: (actor, record, standing) => ({
    ...reviewFormPolicy(actor, record.form, factsOfRecord(record), standing),
    logAccess: false,
  }),
  refusal: (action, _policy, record, _standing, actor) => {
    if (action === 'openAsAuthor') return undefined;
    const refusal = formRefusal(actor, action, record.form, factsOfRecord(record));
    return refusal ? new AppError(refusal.code, refusal.message) : undefined;
  },
});

/**
 * A person's reviews as the caller may list them, newest first, each with the caller's policy — the
 * list side of `reviewAccess`. Someone outside the organisation gets 404; someone with no standing
 * towards the person ('involved' reach) who takes part in none of their reviews learns nothing, not
 * even that reviews exist (404). A list that shows any review to someone but the person is logged
 * for them under `resource`.
 */
export async function personReviewsFor(
  db: Db,
  actor: Actor,
  personId: string,
  options: { activeOnly?: boolean; releasedOnly?: boolean; resource: string },
) {
  const relation = await relationTo(db, actor, personId);
  const reach = personReviewsReach(actor, relation);
  if (reach === 'none') throw notFound('Person');
  const records = await personReviewRecords(db, actor.organizationId, personId, options);
  const approved = await sessionsApprovedBy(
    db,
    actor,
    records.map((record) => record.review.calibrationSessionId),
  );
  const visible = records
    .map((record) => {
      const policy = reviewPolicy(actor, factsOf(record.review, record.cycle, record.forms), {
        inManagementChain: managesPerson(relation),
        approvesSession:
          record.review.calibrationSessionId !== null && approved.has(record.review.calibrationSessionId),
      });
      return { ...record, policy };
    })
    .filter((row) => row.policy.read);
  if (reach === 'involved' && visible.length === 0) throw notFound('Person');
  if (visible.length > 0) {
    await recordAccess(db, actor, {
      subjectPersonId: personId,
      dataClass: 'performance',
      resource: options.resource,
    });
  }
  return visible;
}

/** HR's records carry no one person's data: nothing to relate to, nothing to log. */
const hrTool = { subjectOf: () => null, logAccess: false } as const;

/**
 * The one door to a review cycle: HR's (routes refuse every other role before any record, 403).
 * A draft is edited and launched; an active cycle is closed; a closed one takes nothing.
 */
export const reviewCycleAccess = defineAccess({
  name: 'Review cycle',
  dataClass: 'performance',
  resource: 'review cycle',
  load: findCycle,
  subjectOf: hrTool.subjectOf,
  policy: (actor, row) => ({ ...reviewCyclePolicy(actor, row.cycle), logAccess: hrTool.logAccess }),
  version: (row) => row.cycle.version,
  refusal: (action, _policy, { cycle }) => {
    if (action === 'update' && cycle.status !== 'draft')
      return invalidState('A launched cycle cannot be edited.');
    if (action === 'launch' && cycle.status !== 'draft')
      return invalidState('This cycle has already been launched.');
    if (action === 'close' && cycle.status === 'draft')
      return invalidState('A draft cycle has not been launched; edit or launch it.');
    if (action === 'close' && cycle.status === 'closed')
      return new AppError('cycle_closed', issue('cycleAlreadyClosed'));
    return undefined;
  },
});

/** The one door to a review template: HR's; an archived template is kept but no longer edited. */
export const reviewTemplateAccess = defineAccess({
  name: 'Review template',
  dataClass: 'performance',
  resource: 'review template',
  load: findTemplate,
  subjectOf: hrTool.subjectOf,
  policy: (actor, row) => ({ ...reviewTemplatePolicy(actor, row), logAccess: hrTool.logAccess }),
  version: (row) => row.version,
  refusal: (action, _policy, row) =>
    action === 'edit' && row.archivedAt ? invalidState('An archived template cannot be edited.') : undefined,
});
