import { sql } from 'drizzle-orm';
import type { PersonRef } from '../../../contracts/reviews';
import type { Db } from '../../platform/db/client';
import { preparedSql } from '../../platform/db/prepared';
import type { AnswerRow } from './present';

type AnswerJson = [string, string, number | null, string | null, number, string];
type PersonJson = [string, string, string, string];

/**
 * The answers of the forms a reader may read and the people a review names, in one prepared
 * statement: opening a review or a form costs one round trip here instead of two (issue 9).
 * `formIds` must already be the forms the policy lets the caller read.
 */
const statement = preparedSql(
  'review_answers_and_people',
  sql`SELECT
        (SELECT json_agg(json_build_array(a.form_id, a.question_id, a.rating, a.text, a.version, a.updated_at))
           FROM review_answers a WHERE a.form_id = ANY(${sql.placeholder('formIds')}::uuid[])),
        (SELECT json_agg(json_build_array(p.id, p.given_name, p.family_name, p.job_title))
           FROM people p
          WHERE p.organization_id = ${sql.placeholder('organizationId')}
            AND p.id = ANY(${sql.placeholder('personIds')}::uuid[]))`,
  (values) => ({
    answers: (values[0] ?? []) as AnswerJson[],
    people: (values[1] ?? []) as PersonJson[],
  }),
);

/** JSON arrives parsed with the drivers we use; a driver that hands back text is parsed here. */
const parsed = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

export async function answersAndPeople(
  db: Db,
  options: { organizationId: string; formIds: string[]; personIds: (string | null)[] },
): Promise<{ answers: AnswerRow[]; refs: Map<string, PersonRef> }> {
  const personIds = [...new Set(options.personIds.filter((id): id is string => Boolean(id)))];
  if (options.formIds.length === 0 && personIds.length === 0) return { answers: [], refs: new Map() };
  const [row] = await statement(db).execute({
    organizationId: options.organizationId,
    formIds: options.formIds,
    personIds,
  });
  const answers = parsed<AnswerJson[]>(row?.answers ?? []).map(
    ([formId, questionId, rating, text, version, updatedAt]): AnswerRow => ({
      formId,
      questionId,
      rating,
      text,
      version,
      updatedAt: new Date(updatedAt),
    }),
  );
  const refs = new Map<string, PersonRef>(
    parsed<PersonJson[]>(row?.people ?? []).map(([id, givenName, familyName, jobTitle]) => [
      id,
      { id, displayName: `${givenName} ${familyName}`, jobTitle },
    ]),
  );
  return { answers, refs };
}
