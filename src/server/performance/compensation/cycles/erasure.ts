import { sql } from 'drizzle-orm';
import { inOrg, isPerson, performanceAction } from '../../../platform/erasure/helpers';
import { retentionRules } from '../../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../../platform/erasure/types';

/**
 * Compensation cycles (issue 12), class `compensation`. A person's participation is a pay record —
 * it decided or explains a change of pay — so it follows the pay records' retention
 * (`retentionRules.compensation`): kept with its figures within the period, the free-text override
 * reason cleared and the override's author unlinked, then deleted. Where they were someone's
 * manager at launch, the snapshot is that person's record: kept, the link to them removed. Cycles
 * they set up or launched, and overrides they made as HR, stay the organisation's without their login.
 */
export const compCyclesEraser: PersonalDataEraser = {
  domain: 'comp_cycles',
  operations: (s) => {
    const action = performanceAction(s);
    const othersRecord =
      "Entered for someone else or the organisation: kept; the link to the erased person's login is removed";
    return [
      {
        table: 'comp_cycle_participants',
        kind: 'Their place in compensation cycles',
        dataClass: 'compensation',
        action,
        reason: retentionRules.compensation.reason,
        covers: ['comp_cycle_participants.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
        set:
          action === 'anonymise'
            ? sql`override_reason = CASE WHEN override_reason IS NULL THEN NULL ELSE '' END, overridden_by_account_id = NULL`
            : undefined,
      },
      {
        table: 'comp_cycle_participants',
        kind: 'Participants they managed at launch',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: "Someone else's pay record: kept; the link to the erased manager is removed",
        covers: ['comp_cycle_participants.manager_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'manager_id')}`,
        set: sql`manager_id = NULL`,
      },
      {
        table: 'comp_cycle_participants',
        kind: 'Eligibility overrides they made',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: [],
        where: sql`${inOrg(s)} AND overridden_by_account_id = ${s.accountId} AND person_id <> ${s.personId}`,
        set: sql`overridden_by_account_id = NULL`,
      },
      {
        table: 'comp_cycles',
        kind: 'Compensation cycles they set up or launched',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: [],
        where: sql`${inOrg(s)} AND (created_by_account_id = ${s.accountId} OR launched_by_account_id = ${s.accountId})`,
        set: sql`created_by_account_id = CASE WHEN created_by_account_id = ${s.accountId} THEN NULL ELSE created_by_account_id END,
                 launched_by_account_id = CASE WHEN launched_by_account_id = ${s.accountId} THEN NULL ELSE launched_by_account_id END`,
      },
    ];
  },
};
