import { sql } from 'drizzle-orm';
import { inOrg, performanceAction } from '../../../platform/erasure/helpers';
import { retentionRules } from '../../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../../platform/erasure/types';

/**
 * Pay proposals (issue 12), class `compensation`. A proposal about the person decided (or would
 * have decided) a change of their pay, so it follows their participation's retention: kept with its
 * figures, the free-text justification cleared, then deleted with the participation (cascade).
 * Proposals they saved or submitted for others stay those people's records, without their login;
 * their place in others' approval chains and their name on others' approval steps are removed.
 */
export const compProposalsEraser: PersonalDataEraser = {
  domain: 'comp_proposals',
  operations: (s) => {
    const action = performanceAction(s);
    const aboutThem = sql`participant_id IN (SELECT id FROM comp_cycle_participants WHERE person_id = ${s.personId})`;
    const ofProposalsAboutThem = sql`proposal_id IN (SELECT q.id FROM comp_proposals q
      JOIN comp_cycle_participants p ON p.id = q.participant_id WHERE p.person_id = ${s.personId})`;
    return [
      {
        table: 'comp_proposals',
        kind: 'Pay proposals about them',
        dataClass: 'compensation',
        action,
        reason: retentionRules.compensation.reason,
        covers: [],
        where: sql`${inOrg(s)} AND ${aboutThem}`,
        set:
          action === 'anonymise'
            ? sql`justification = CASE WHEN justification IS NULL THEN NULL ELSE '' END, submitted_by_account_id = NULL, updated_by_account_id = NULL`
            : undefined,
      },
      {
        table: 'comp_proposals',
        kind: 'Pay proposals they saved or submitted',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: "Someone else's pay record: kept; the link to the erased person's login is removed",
        covers: [],
        where: sql`${inOrg(s)} AND (submitted_by_account_id = ${s.accountId} OR updated_by_account_id = ${s.accountId}) AND NOT ${aboutThem}`,
        set: sql`submitted_by_account_id = CASE WHEN submitted_by_account_id = ${s.accountId} THEN NULL ELSE submitted_by_account_id END,
                 updated_by_account_id = CASE WHEN updated_by_account_id = ${s.accountId} THEN NULL ELSE updated_by_account_id END`,
      },
      {
        table: 'comp_proposals',
        kind: 'Pay proposals waiting for their approval',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason:
          "Someone else's pay record: kept; the erased person leaves its approval chain, so it waits for the approval team and HR",
        covers: ['comp_proposals.awaiting_person_id'],
        where: sql`${inOrg(s)} AND (awaiting_person_id = ${s.personId} OR ${s.personId}::uuid = ANY(approval_chain)) AND NOT ${aboutThem}`,
        set: sql`approval_chain = array_remove(approval_chain, ${s.personId}::uuid),
                 awaiting_person_id = CASE WHEN awaiting_person_id = ${s.personId} THEN NULL ELSE awaiting_person_id END`,
      },
      {
        table: 'comp_proposal_events',
        kind: 'Approval history of pay proposals about them',
        dataClass: 'compensation',
        action,
        reason: retentionRules.compensation.reason,
        covers: [],
        where: sql`${inOrg(s)} AND ${ofProposalsAboutThem}`,
        set: action === 'anonymise' ? sql`note = CASE WHEN note IS NULL THEN NULL ELSE '' END` : undefined,
      },
      {
        table: 'comp_proposal_events',
        kind: 'Steps they took on others’ pay proposals',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: "Someone else's pay record: kept; who took the step is removed",
        covers: ['comp_proposal_events.actor_person_id'],
        where: sql`${inOrg(s)} AND (actor_person_id = ${s.personId} OR actor_account_id = ${s.accountId})
                   AND NOT ${ofProposalsAboutThem}`,
        set: sql`actor_person_id = NULL, actor_account_id = NULL`,
      },
    ];
  },
};
