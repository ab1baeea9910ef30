import { sql } from 'drizzle-orm';
import { inOrg, isPerson, performanceAction } from '../../../platform/erasure/helpers';
import { retentionRules } from '../../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../../platform/erasure/types';

/**
 * Pay data (SPEC S3.6), class `compensation`. Pay records are payroll records: employers must keep
 * them for a period after someone leaves (pay history, pay-equity and tax questions), so they follow
 * the performance retention decision (`retentionRules.compensation`): within the period they are
 * kept with their figures, dates, family and zone — the note, the only free text, is cleared and the
 * link to the person leads to the anonymised person row — and after it they are deleted. Pay records
 * and band versions the person entered as HR stay the organisation's, without their login.
 */
export const payDataEraser: PersonalDataEraser = {
  domain: 'pay',
  operations: (s) => {
    const action = performanceAction(s);
    const othersRecord =
      "Entered for someone else or the organisation: kept; the link to the erased person's login is removed";
    return [
      {
        table: 'pay_records',
        kind: 'Their pay records',
        dataClass: 'compensation',
        action,
        reason: retentionRules.compensation.reason,
        covers: ['pay_records.person_id'],
        where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
        set: action === 'anonymise' ? sql`note = '', created_by_account_id = NULL` : undefined,
      },
      {
        table: 'pay_records',
        kind: 'Pay records they entered for others',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: [],
        where: sql`${inOrg(s)} AND created_by_account_id = ${s.accountId} AND person_id <> ${s.personId}`,
        set: sql`created_by_account_id = NULL`,
      },
      {
        table: 'comp_bands',
        kind: 'Salary band versions they entered',
        dataClass: 'compensation',
        action: 'anonymise',
        othersRecord: true,
        reason: othersRecord,
        covers: [],
        where: sql`${inOrg(s)} AND created_by_account_id = ${s.accountId}`,
        set: sql`created_by_account_id = NULL`,
      },
    ];
  },
};
