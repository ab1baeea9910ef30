import { defineAccess } from '../../platform/policy/access';
import { type PathPolicy, pathPolicy } from './policy';
import { findPathOwner } from './queries';

/**
 * A career path is keyed by its person: the guard loads the person in the caller's organisation and
 * decides from the caller's relation to them. Position and assessments are the path's own rows; the
 * commands load and lock them inside the guarded path (GUIDE 12).
 */
const pathGuard = (resource: string, view: (policy: PathPolicy) => PathPolicy) =>
  defineAccess({
    name: 'Person',
    dataClass: 'development',
    resource,
    load: findPathOwner,
    subjectOf: (row) => row.id,
    policy: (actor, _row, relation) => view(pathPolicy(actor, relation)),
  });

/** The one door to a person's career path: position, assessments, and every change to them. */
export const careerPathAccess = pathGuard('career path', (policy) => policy);

/** The gap analysis: read only by those who see assessments (not HR), logged as its own read. */
export const careerGapAccess = pathGuard('career gap', (policy) => ({
  ...policy,
  read: policy.readGap,
  logAccess: policy.readGap && policy.logAccess,
}));
