import { z } from 'zod';
import { isoDate, pageQuery } from './common';
import { issueMessage } from './issues';

export const learningKind = z.enum([
  'course',
  'workshop',
  'article',
  'video',
  'book',
  'podcast',
  'certification',
]);
export type LearningKind = z.infer<typeof learningKind>;
export const learningItemStatus = z.enum(['active', 'retired']);
export const enrolmentStatus = z.enum(['enrolled', 'completed']);
export type EnrolmentStatus = z.infer<typeof enrolmentStatus>;

/** A catalogue item. Counts are aggregates for HR only (null for everyone else), never names. */
export const learningItem = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  kind: learningKind,
  /** null: an internal offering; otherwise a link to the external resource. */
  url: z.string().nullable(),
  provider: z.string(),
  durationMinutes: z.number().int().nullable(),
  skills: z.array(z.string()),
  competencies: z.array(z.object({ id: z.string(), name: z.string() })),
  status: learningItemStatus,
  version: z.number().int(),
  /** The caller's own enrolment in this item, if any. */
  myEnrolment: z.object({ id: z.string(), status: enrolmentStatus }).nullable(),
  enrolledCount: z.number().int().nullable(),
  completedCount: z.number().int().nullable(),
  abilities: z.object({ edit: z.boolean(), enrol: z.boolean() }),
});
export type LearningItem = z.infer<typeof learningItem>;

export const learningItemQuery = pageQuery.extend({
  search: z.string().trim().max(200).optional(),
  kind: learningKind.optional(),
  /** HR may list retired items too; others always get active ones. */
  status: z.enum(['active', 'retired', 'all']).default('active'),
});

const optionalUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => v === '' || /^https?:\/\/\S+$/.test(v), issueMessage('webAddressHttps'))
  .transform((v) => (v === '' ? null : v))
  .nullable();

export const learningItemInput = z.object({
  title: z.string().trim().min(1, issueMessage('titleRequired')).max(200),
  description: z.string().trim().max(4000).default(''),
  kind: learningKind,
  url: optionalUrl.default(null),
  provider: z.string().trim().max(200).default(''),
  durationMinutes: z.number().int().min(1, issueMessage('minutesMin')).max(100000).nullable().default(null),
  skills: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  competencyIds: z.array(z.string().uuid()).max(20).default([]),
});
export type LearningItemInput = z.input<typeof learningItemInput>;

export const updateLearningItemRequest = learningItemInput.extend({
  status: learningItemStatus,
  version: z.number().int(),
});
export type UpdateLearningItemRequest = z.input<typeof updateLearningItemRequest>;

export const enrolment = z.object({
  id: z.string(),
  item: z.object({ id: z.string(), title: z.string(), kind: learningKind, url: z.string().nullable() }),
  status: enrolmentStatus,
  completedOn: z.string().nullable(),
  sharedWithManager: z.boolean(),
  enrolledAt: z.string(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Enrolment = z.infer<typeof enrolment>;

export const enrolmentListQuery = pageQuery.extend({ status: enrolmentStatus.optional() });

export const updateEnrolmentRequest = z
  .object({
    status: enrolmentStatus,
    completedOn: isoDate.nullable().default(null),
    sharedWithManager: z.boolean(),
    version: z.number().int(),
  })
  .refine((v) => v.status !== 'completed' || v.completedOn !== null, {
    path: ['completedOn'],
    message: issueMessage('completedOnRequired'),
  });
export type UpdateEnrolmentRequest = z.input<typeof updateEnrolmentRequest>;

export const versionBody = z.object({ version: z.number().int() });

export const certification = z.object({
  id: z.string(),
  certificationName: z.string(),
  issuer: z.string(),
  item: z.object({ id: z.string(), title: z.string() }).nullable(),
  issuedOn: z.string(),
  expiresOn: z.string().nullable(),
  /** expired, expiring (within the reminder window) or valid; computed against today. */
  state: z.enum(['valid', 'expiring', 'expired', 'no_expiry']),
  sharedWithManager: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ edit: z.boolean() }),
});
export type Certification = z.infer<typeof certification>;

export const certificationInput = z
  .object({
    certificationName: z.string().trim().min(1, issueMessage('certificationRequired')).max(200),
    issuer: z.string().trim().max(200).default(''),
    itemId: z.string().uuid().nullable().default(null),
    issuedOn: isoDate,
    expiresOn: isoDate.nullable().default(null),
    sharedWithManager: z.boolean().default(false),
  })
  .refine((v) => v.expiresOn === null || v.expiresOn > v.issuedOn, {
    path: ['expiresOn'],
    message: issueMessage('expiryAfterIssue'),
  });
export type CertificationInput = z.input<typeof certificationInput>;

export const updateCertificationRequest = z
  .object({
    certificationName: z.string().trim().min(1, issueMessage('certificationRequired')).max(200),
    issuer: z.string().trim().max(200).default(''),
    itemId: z.string().uuid().nullable().default(null),
    issuedOn: isoDate,
    expiresOn: isoDate.nullable().default(null),
    sharedWithManager: z.boolean(),
    version: z.number().int(),
  })
  .refine((v) => v.expiresOn === null || v.expiresOn > v.issuedOn, {
    path: ['expiresOn'],
    message: issueMessage('expiryAfterIssue'),
  });
export type UpdateCertificationRequest = z.input<typeof updateCertificationRequest>;

/** Days before expiry when the reminder goes out and the certification shows as "expiring". */
export const certificationReminderDays = 30;
