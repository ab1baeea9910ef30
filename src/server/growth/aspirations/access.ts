import { defineAccess, defineReach } from '../../platform/policy/access';
import { aspirationPolicy, aspirationReach } from './policy';
import { findAspiration } from './queries';

/** The one door to an aspiration: every read and change of one passes here (GUIDE 12). */
export const aspirationAccess = defineAccess({
  name: 'Aspiration',
  dataClass: 'development',
  resource: 'aspirations',
  load: findAspiration,
  subjectOf: (row) => row.ownerId,
  policy: aspirationPolicy,
  version: (row) => row.version,
});

/** What of a person's aspirations the caller may list: all (the owner), the shared ones (their manager). */
export const aspirationListAccess = defineReach({
  dataClass: 'development',
  resource: 'aspirations',
  reach: (_actor, relation) => aspirationReach(relation),
});
