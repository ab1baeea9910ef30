import { z } from 'zod';
import { roleName } from './auth';
import { isoDate } from './common';
import { issueMessage } from './issues';

export const employmentStatus = z.enum(['active', 'on_leave', 'terminated']);
export type EmploymentStatus = z.infer<typeof employmentStatus>;

export const ref = z.object({ id: z.string(), name: z.string() });
export const levelRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const personSummary = z.object({
  id: z.string(),
  displayName: z.string(),
  email: z.string(),
  jobTitle: z.string(),
  level: levelRef.nullable(),
  department: ref.nullable(),
  location: z.string(),
  status: employmentStatus,
  managerId: z.string().nullable(),
});
export type PersonSummary = z.infer<typeof personSummary>;

export const personAbilities = z.object({
  update: z.boolean(),
  deactivate: z.boolean(),
  invite: z.boolean(),
  manageRoles: z.boolean(),
  viewReportingHistory: z.boolean(),
  /**
   * Whether the caller's relation reaches the person's development records at all (aspirations,
   * plans, career conversations, learning): the person and their current direct manager. The profile
   * asks for those panels only then, instead of collecting a 404 for each.
   */
  viewDevelopment: z.boolean(),
  /** Whether the caller may read the person's career path position (the person, their managers, HR). */
  viewCareerPath: z.boolean(),
  /** Whether the caller reads all of the person's reviews (the person, their management chain, HR). */
  viewReviews: z.boolean(),
  /** Whether the caller reads the person's pay (the person, their management chain, HR). */
  viewPay: z.boolean(),
});
export type PersonAbilities = z.infer<typeof personAbilities>;

export const personDetail = personSummary.extend({
  givenName: z.string(),
  familyName: z.string(),
  employeeId: z.string().nullable(),
  timezone: z.string(),
  hireDate: isoDate,
  terminatedOn: isoDate.nullable(),
  manager: z.object({ id: z.string(), displayName: z.string(), jobTitle: z.string() }).nullable(),
  directReportCount: z.number().int(),
  /** Present only when the caller may manage roles. */
  roles: z.array(roleName).optional(),
  hasAccount: z.boolean().optional(),
  version: z.number().int(),
  abilities: personAbilities,
});
export type PersonDetail = z.infer<typeof personDetail>;

export const directoryQuery = z.object({
  q: z.string().trim().max(100).optional(),
  departmentId: z.string().uuid().optional(),
  levelId: z.string().uuid().optional(),
  status: employmentStatus.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

const personFields = {
  givenName: z.string().trim().min(1, issueMessage('givenNameRequired')).max(100),
  familyName: z.string().trim().min(1, issueMessage('familyNameRequired')).max(100),
  email: z.string().trim().toLowerCase().email(issueMessage('emailInvalid')),
  employeeId: z.string().trim().max(50).nullable().optional(),
  jobTitle: z.string().trim().max(120).default(''),
  levelId: z.string().uuid().nullable().optional(),
  departmentId: z.string().uuid().nullable().optional(),
  location: z.string().trim().max(120).default(''),
  timezone: z.string().trim().max(64).default('UTC'),
  hireDate: isoDate,
  managerId: z.string().uuid().nullable().optional(),
  status: z.enum(['active', 'on_leave']).default('active'),
};
export const createPersonRequest = z.object({ ...personFields, sendInvitation: z.boolean().default(false) });
export type CreatePersonRequest = z.input<typeof createPersonRequest>;
export const updatePersonRequest = z
  .object({
    givenName: personFields.givenName,
    familyName: personFields.familyName,
    email: personFields.email,
    employeeId: personFields.employeeId,
    jobTitle: z.string().trim().max(120),
    levelId: personFields.levelId,
    departmentId: personFields.departmentId,
    location: z.string().trim().max(120),
    timezone: z.string().trim().max(64),
    hireDate: isoDate,
    status: z.enum(['active', 'on_leave']),
    managerId: personFields.managerId,
    /** The date a manager change takes effect; defaults to today. */
    managerChangeEffective: isoDate.optional(),
  })
  .partial()
  .extend({ version: z.number().int().min(1) });
/** Why a person left, for turnover figures (voluntary / involuntary); optional, HR's record only. */
export const terminationReasons = ['voluntary', 'involuntary'] as const;
export const terminationReason = z.enum(terminationReasons);
export type TerminationReason = z.infer<typeof terminationReason>;

export const deactivatePersonRequest = z.object({
  terminatedOn: isoDate,
  /** Never shown on the profile; counted in the turnover analytics only. Omitted: not recorded. */
  terminationReason: terminationReason.nullable().optional(),
  version: z.number().int().min(1),
});
export const rolesRequest = z.object({ roles: z.array(roleName) });

export const reportingLine = z.object({
  id: z.string(),
  manager: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
});

export const orgChartNode = z.object({
  id: z.string(),
  displayName: z.string(),
  jobTitle: z.string(),
  department: z.string().nullable(),
  status: employmentStatus,
  directReportCount: z.number().int(),
});
export type OrgChartNode = z.infer<typeof orgChartNode>;

/** `GET /api/job-titles`: the organisation's job-title catalogue, searchable by name. */
export const jobTitlesQuery = z.object({
  q: z.string().trim().max(120).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export const jobTitle = z.object({ id: z.string(), name: z.string(), level: levelRef.nullable() });
export type JobTitle = z.infer<typeof jobTitle>;

export const departmentRequest = z.object({
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(120),
});
export const levelRequest = z.object({
  code: z.string().trim().min(1, issueMessage('codeRequired')).max(20),
  name: z.string().trim().min(1, issueMessage('nameRequired')).max(120),
  rank: z.number().int().min(0).max(100),
});
