import { z } from 'zod';
import { issueMessage } from './issues';

export const roleName = z.enum(['hr_admin', 'approver', 'coach', 'org_admin']);
export type RoleName = z.infer<typeof roleName>;
export const locale = z.enum(['en', 'de']);
export type Locale = z.infer<typeof locale>;

export const navigationArea = z.enum(['home', 'performance', 'growth', 'team', 'insights', 'admin']);
export type NavigationArea = z.infer<typeof navigationArea>;

export const loginRequest = z.object({
  email: z.string().trim().email(issueMessage('emailInvalid')),
  password: z.string().min(1, issueMessage('passwordRequired')),
});

export const password = z
  .string()
  .min(10, issueMessage('passwordTooShort'))
  .max(200, issueMessage('passwordTooLong'));

export const me = z.object({
  account: z.object({ id: z.string(), email: z.string(), roles: z.array(roleName), locale }),
  person: z
    .object({
      id: z.string(),
      displayName: z.string(),
      jobTitle: z.string(),
      departmentName: z.string().nullable(),
    })
    .nullable(),
  organization: z.object({ id: z.string(), name: z.string() }),
  /** Derived from reporting lines: has direct reports / has reports two levels down. */
  isManager: z.boolean(),
  isSkipLevelManager: z.boolean(),
  navigation: z.array(navigationArea),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof me>;

export const preferencesRequest = z.object({ locale });
export const passwordResetRequest = z.object({
  email: z.string().trim().email(issueMessage('emailInvalid')),
});
export const tokenCompletion = z.object({
  token: z.string().min(10, issueMessage('linkIncomplete')),
  password,
});
