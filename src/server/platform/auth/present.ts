import { eq } from 'drizzle-orm';
import type { Me } from '../../../contracts/auth';
import { departments, organizations, people } from '../../org/tables';
import type { Db } from '../db/client';
import { navigationFor } from '../policy/navigation';
import { managerStanding } from '../policy/relations';
import type { Actor } from './actor';
import type { RoleName } from './tables';

export async function presentMe(
  db: Db,
  actor: Actor,
  overrides: { csrfToken?: string; locale?: string } = {},
): Promise<Me> {
  const [org] = await db
    .select({ id: organizations.id, name: organizations.name })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const [person] = actor.personId
    ? await db
        .select({
          id: people.id,
          givenName: people.givenName,
          familyName: people.familyName,
          jobTitle: people.jobTitle,
          departmentName: departments.name,
        })
        .from(people)
        .leftJoin(departments, eq(departments.id, people.departmentId))
        .where(eq(people.id, actor.personId))
    : [];
  const standing = await managerStanding(db, actor.personId);
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
