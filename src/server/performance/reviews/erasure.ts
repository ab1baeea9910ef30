import { sql } from 'drizzle-orm';
import { inOrg, isPerson, isPersonOrAccount, performanceAction } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { ErasureSubject, PersonalDataEraser } from '../../platform/erasure/types';

const performance = retentionRules.performance.reason;
const othersRecord = "Another person's review: kept for them; the link to the erased person is removed";

/** The person's own reviews (as subject), their forms and answers. */
const ownReviews = (s: ErasureSubject) =>
  sql`SELECT id FROM reviews WHERE organization_id = ${s.organizationId} AND subject_id = ${s.personId}`;
const ownForms = (s: ErasureSubject) =>
  sql`SELECT id FROM review_forms WHERE review_id IN (${ownReviews(s)})`;

/**
 * Reviews (SPEC S3.4). Their own reviews are performance records: within the retention period the
 * ratings, states and dates stay and every text is cleared (self review, manager review, peer input,
 * addendum, acknowledgment comment); after it they are deleted. Reviews of other people that the
 * person wrote or handled stay the other person's record, without the link to the person.
 * Children go before parents, so each step's rows are what the dry run counted.
 */
export const reviewsEraser: PersonalDataEraser = {
  domain: 'reviews',
  operations: (s) => {
    const action = performanceAction(s);
    const keepOwn = action === 'anonymise';
    return [
      {
        table: 'review_reminders',
        kind: 'Review reminders sent to the person',
        dataClass: 'system',
        action: 'delete',
        reason: retentionRules.system.reason,
        covers: ['review_reminders.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      },
      {
        table: 'review_answers',
        kind: 'Answers in their own reviews',
        dataClass: 'performance',
        action,
        reason: performance,
        covers: [],
        where: sql`form_id IN (${ownForms(s)})`,
        set: keepOwn ? sql`text = NULL, updated_by = NULL` : undefined,
      },
      {
        table: 'review_forms',
        kind: 'Forms of their own reviews (self, manager, peer)',
        dataClass: 'performance',
        action,
        reason: performance,
        covers: [],
        where: sql`review_id IN (${ownReviews(s)})`,
        set: keepOwn
          ? sql`request_note = NULL, reopen_reason = NULL, requested_by = NULL,
                author_id = CASE WHEN author_id = ${s.personId} THEN NULL ELSE author_id END`
          : undefined,
      },
      {
        table: 'reviews',
        kind: 'Their own reviews (ratings kept within retention)',
        dataClass: 'performance',
        action,
        reason: performance,
        covers: ['reviews.subject_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'subject_id')}`,
        set: keepOwn
          ? sql`addendum = NULL, acknowledgment_comment = NULL, reviewer_id = NULL, released_by = NULL`
          : undefined,
      },
      {
        table: 'reviews',
        kind: 'Reviews of others they wrote or released',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['reviews.reviewer_id'],
        where: sql`${inOrg(s)} AND subject_id <> ${s.personId}
                   AND (${isPerson(s, 'reviewer_id')} OR ${isPersonOrAccount(s, 'released_by')})`,
        set: sql`reviewer_id = CASE WHEN reviewer_id = ${s.personId} THEN NULL ELSE reviewer_id END,
                 released_by = CASE WHEN released_by IN (${s.personId}, ${s.accountId ?? s.personId}) THEN NULL ELSE released_by END`,
      },
      {
        table: 'review_forms',
        kind: "Forms they wrote or requested in others' reviews",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: ['review_forms.author_id'],
        where: sql`${inOrg(s)} AND review_id NOT IN (${ownReviews(s)})
                   AND (${isPerson(s, 'author_id')} OR ${isPersonOrAccount(s, 'requested_by')})`,
        set: sql`author_id = CASE WHEN author_id = ${s.personId} THEN NULL ELSE author_id END,
                 requested_by = CASE WHEN requested_by IN (${s.personId}, ${s.accountId ?? s.personId}) THEN NULL ELSE requested_by END`,
      },
      {
        table: 'review_answers',
        kind: "Answers they last saved in others' reviews",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: [],
        where: sql`${inOrg(s)} AND form_id NOT IN (${ownForms(s)}) AND ${isPersonOrAccount(s, 'updated_by')}`,
        set: sql`updated_by = NULL`,
      },
      {
        table: 'review_cycles',
        kind: 'Review cycles they launched',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: 'Organisation record: kept; who launched it is removed',
        covers: [],
        where: sql`${inOrg(s)} AND ${isPersonOrAccount(s, 'launched_by')}`,
        set: sql`launched_by = NULL`,
      },
    ];
  },
};
