import { defineAccess } from '../platform/policy/access';
import { personPolicy } from './policy';
import { findPerson, findPersonSeenBy } from './queries';

/**
 * The one door to a person record (GUIDE 12): the profile, its changes (HR), role grants (org
 * admin), invitations and the reporting history all pass here. Reads of someone else's profile are
 * logged for them as directory data.
 */
export const personAccess = defineAccess({
  name: 'Person',
  dataClass: 'directory',
  resource: 'profile',
  load: findPerson,
  loadRelated: findPersonSeenBy,
  subjectOf: (row) => row.person.id,
  policy: (actor, row, relation) =>
    personPolicy(
      actor,
      { status: row.person.status, hasPassword: Boolean(row.account?.hasPassword) },
      relation,
    ),
  version: (row) => row.person.version,
});
