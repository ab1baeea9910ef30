import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

/** Learning (SPEC S4): the person's enrolments and certifications (and their reminders), deleted. */
export const learningEraser: PersonalDataEraser = {
  domain: 'learning',
  operations: (s) => [
    {
      table: 'certification_reminders',
      kind: 'Reminders about their certifications',
      dataClass: 'system',
      action: 'delete',
      reason: retentionRules.system.reason,
      covers: [],
      where: sql`certification_id IN (SELECT id FROM certifications WHERE ${inOrg(s)} AND ${isPerson(s, 'person_id')})`,
      idColumn: null,
    },
    {
      table: 'certifications',
      kind: 'Their certifications',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['certifications.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'learning_enrolments',
      kind: 'Their learning enrolments',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['learning_enrolments.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
  ],
};
