import { sql } from 'drizzle-orm';
import { inOrg } from '../../../platform/erasure/helpers';
import type { PersonalDataEraser } from '../../../platform/erasure/types';

/**
 * Pay-letter templates (issue 12 item 7), class `system`: the organisation's wording, about no one.
 * A template the erased person last saved as HR stays the organisation's, without their login.
 */
export const payLettersEraser: PersonalDataEraser = {
  domain: 'pay_letters',
  operations: (s) => [
    {
      table: 'comp_letter_templates',
      kind: 'Pay-letter templates they last saved',
      dataClass: 'system',
      action: 'anonymise',
      othersRecord: true,
      reason: "The organisation's template: kept; the link to the erased person's login is removed",
      covers: ['comp_letter_templates.updated_by_account_id'],
      where: sql`${inOrg(s)} AND updated_by_account_id = ${s.accountId}`,
      set: sql`updated_by_account_id = NULL`,
    },
  ],
};
