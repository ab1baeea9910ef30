import { sql } from 'drizzle-orm';
import { inOrg, isPerson, isPersonOrAccount, performanceAction } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

/**
 * Calibration (SPEC S3.5). Moves of the person's own ratings follow their reviews' retention (kept
 * with the rationale cleared, or deleted); sessions they facilitated, moves they made and sign-offs
 * they gave belong to the session and stay, without the link to them. Runs before the reviews
 * eraser: deleting a review would otherwise take its moves with it uncounted.
 */
export const calibrationEraser: PersonalDataEraser = {
  domain: 'calibration',
  operations: (s) => {
    const action = performanceAction(s);
    const ownReviews = sql`SELECT id FROM reviews WHERE organization_id = ${s.organizationId} AND subject_id = ${s.personId}`;
    const sessionRecord = 'Calibration session record: kept; the link to the erased person is removed';
    return [
      {
        table: 'calibration_moves',
        kind: 'Moves of their own ratings',
        dataClass: 'performance',
        action,
        reason: retentionRules.performance.reason,
        covers: [],
        where: sql`${inOrg(s)} AND review_id IN (${ownReviews})`,
        set: action === 'anonymise' ? sql`rationale = '', moved_by = NULL` : undefined,
      },
      {
        table: 'calibration_moves',
        kind: "Moves they made to others' ratings",
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: sessionRecord,
        covers: [],
        where: sql`${inOrg(s)} AND review_id NOT IN (${ownReviews}) AND ${isPersonOrAccount(s, 'moved_by')}`,
        set: sql`moved_by = NULL`,
      },
      {
        table: 'calibration_sessions',
        kind: 'Sessions they facilitated or created',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: sessionRecord,
        covers: ['calibration_sessions.facilitator_id'],
        where: sql`${inOrg(s)} AND (${isPerson(s, 'facilitator_id')} OR ${isPersonOrAccount(s, 'created_by')})`,
        set: sql`facilitator_id = CASE WHEN facilitator_id = ${s.personId} THEN NULL ELSE facilitator_id END,
                 created_by = CASE WHEN created_by IN (${s.personId}, ${s.accountId ?? s.personId}) THEN NULL ELSE created_by END`,
      },
      {
        table: 'calibration_approvers',
        kind: 'Their sign-offs as an approver',
        dataClass: 'performance',
        action: 'anonymise',
        othersRecord: true,
        reason: 'Sign-off record of the session: kept, their comment cleared; it now names an erased person',
        covers: ['calibration_approvers.approver_id'],
        where: sql`${isPerson(s, 'approver_id')}`,
        set: sql`comment = NULL`,
        idColumn: null,
      },
    ];
  },
};
