import { sql } from 'drizzle-orm';
import { inOrg } from '../erasure/helpers';
import { retentionRules } from '../erasure/retention';
import type { PersonalDataEraser } from '../erasure/types';
import { ERASED_NAME } from '../notifications/erasure';

/** The copies of emails sent to the person are deleted; emails to others lose their name. */
export const mailEraser: PersonalDataEraser = {
  domain: 'mail',
  operations: (s) => [
    {
      table: 'outbound_emails',
      kind: 'Emails sent to them',
      dataClass: 'system',
      action: 'delete',
      reason: retentionRules.system.reason,
      covers: [],
      where: sql`${inOrg(s)} AND lower(to_address) = ${s.email.toLowerCase()}`,
    },
    {
      table: 'outbound_emails',
      kind: 'Emails to others that name them',
      dataClass: 'system',
      action: 'anonymise',
      othersRecord: true,
      reason: "Another person's email copy: kept, the name replaced",
      covers: [],
      where: sql`${inOrg(s)} AND lower(to_address) IS DISTINCT FROM ${s.email.toLowerCase()}
                 AND (strpos(subject, ${s.fullName}) > 0 OR strpos(text_body, ${s.fullName}) > 0)`,
      set: sql`subject = replace(subject, ${s.fullName}, ${ERASED_NAME}),
               text_body = replace(text_body, ${s.fullName}, ${ERASED_NAME})`,
    },
  ],
};
