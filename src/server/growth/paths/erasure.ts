import { sql } from 'drizzle-orm';
import { inOrg, isPerson } from '../../platform/erasure/helpers';
import { retentionRules } from '../../platform/erasure/retention';
import type { PersonalDataEraser } from '../../platform/erasure/types';

const othersRecord = "Another person's development record: kept; the link to the erased person is removed";

/** Career paths (SPEC S4): the person's position and competency assessments are deleted. */
export const careerPathEraser: PersonalDataEraser = {
  domain: 'careerPaths',
  operations: (s) => [
    {
      table: 'career_positions',
      kind: 'Their place on a career track',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['career_positions.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
      idColumn: 'person_id',
    },
    {
      table: 'career_positions',
      kind: 'Positions they set for others',
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['career_positions.set_by_person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'set_by_person_id')} AND person_id <> ${s.personId}`,
      set: sql`set_by_person_id = NULL`,
      idColumn: 'person_id',
    },
    {
      table: 'competency_assessments',
      kind: 'Competency assessments of them',
      dataClass: 'development',
      action: 'delete',
      reason: retentionRules.development.reason,
      covers: ['competency_assessments.person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'person_id')}`,
    },
    {
      table: 'competency_assessments',
      kind: 'Assessments they wrote of others',
      dataClass: 'development',
      action: 'anonymise',
      othersRecord: true,
      reason: othersRecord,
      covers: ['competency_assessments.author_person_id'],
      where: sql`${inOrg(s)} AND ${isPerson(s, 'author_person_id')} AND person_id <> ${s.personId}`,
      set: sql`author_person_id = NULL`,
    },
  ],
};
