import { sql } from 'drizzle-orm';
import type { Me } from '../../../contracts/auth';
import type { Db } from '../db/client';
import { preparedSql } from '../db/prepared';
import { navigationFor } from '../policy/navigation';
import { managerStandingSql } from '../policy/relations';
import type { Actor } from './actor';
import type { RoleName } from './tables';

/** The signed-in caller's organisation, person, department and standing: one prepared statement. */
const standing = managerStandingSql(sql.placeholder('personId'));
const meQuery = preparedSql(
  'present_me',
  sql`
    SELECT o.id, o.name, p.id, p.given_name, p.family_name, p.job_title, d.name, ${standing.direct}, ${standing.skip}
      FROM (SELECT 1) AS one
      LEFT JOIN organizations o ON o.id = ${sql.placeholder('organizationId')}
      LEFT JOIN people p ON p.id = ${sql.placeholder('personId')}
      LEFT JOIN departments d ON d.id = p.department_id`,
  (v) => ({
    org: v[0] === null ? null : { id: v[0] as string, name: v[1] as string },
    person:
      v[2] === null
        ? null
        : {
            id: v[2] as string,
            givenName: v[3] as string,
            familyName: v[4] as string,
            jobTitle: v[5] as string,
            departmentName: v[6] as string | null,
          },
    standing: { isManager: Boolean(v[7]), isSkipLevelManager: Boolean(v[8]) },
  }),
);

export async function presentMe(
  db: Db,
  actor: Actor,
  overrides: { csrfToken?: string; locale?: string } = {},
): Promise<Me> {
  const [row] = await meQuery(db).execute({ organizationId: actor.organizationId, personId: actor.personId });
  const { org, person, standing } = row!;
  return {
    account: {
      id: actor.accountId,
      email: actor.email,
      roles: [...actor.roles] as RoleName[],
      locale: (overrides.locale ?? actor.locale) === 'de' ? 'de' : 'en',
    },
    person: person
      ? {
          id: person.id,
          displayName: `${person.givenName} ${person.familyName}`,
          jobTitle: person.jobTitle,
          departmentName: person.departmentName ?? null,
        }
      : null,
    organization: org ?? { id: actor.organizationId, name: '' },
    isManager: standing.isManager,
    isSkipLevelManager: standing.isSkipLevelManager,
    navigation: navigationFor(actor, standing),
    csrfToken: overrides.csrfToken ?? actor.csrfToken,
  };
}
