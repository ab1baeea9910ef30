import { defineAccess, defineReach } from '../../platform/policy/access';
import { learningReach, learningRecordPolicy } from './policy';
import { findCertification, findEnrolment } from './queries';

/** The one door to an enrolment: every read and change of one passes here (GUIDE 12). */
export const enrolmentAccess = defineAccess({
  name: 'Enrolment',
  dataClass: 'development',
  resource: 'learning enrolment',
  load: findEnrolment,
  subjectOf: (row) => row.enrolment.personId,
  policy: (_actor, row, relation) => learningRecordPolicy(relation, row.enrolment),
  version: (row) => row.enrolment.version,
});

/** The one door to a certification. */
export const certificationAccess = defineAccess({
  name: 'Certification',
  dataClass: 'development',
  resource: 'certification',
  load: findCertification,
  subjectOf: (row) => row.certification.personId,
  policy: (_actor, row, relation) => learningRecordPolicy(relation, row.certification),
  version: (row) => row.certification.version,
});

/** What of a person's enrolments the caller may list: all (the person), the shared ones (their manager). */
export const enrolmentListAccess = defineReach({
  dataClass: 'development',
  resource: 'learning enrolments',
  reach: (_actor, relation) => learningReach(relation),
});

/** What of a person's certifications the caller may list, by the same rule. */
export const certificationListAccess = defineReach({
  dataClass: 'development',
  resource: 'certifications',
  reach: (_actor, relation) => learningReach(relation),
});
