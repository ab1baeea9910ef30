import { z } from 'zod';

export const accessLogEntry = z.object({
  id: z.string(),
  viewer: z.object({ displayName: z.string(), jobTitle: z.string() }).nullable(),
  dataClass: z.string(),
  resource: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
});

export const outboxEmail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  transport: z.enum(['smtp', 'outbox']),
  createdAt: z.string(),
});

export const auditEntry = z.object({
  seq: z.number().int(),
  actorAccountId: z.string().nullable(),
  action: z.string(),
  targetType: z.string(),
  targetId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  at: z.string(),
});

export const orgSettings = z.object({
  name: z.string().trim().min(1, 'Enter the organisation name').max(120),
  defaultLocale: z.enum(['en', 'de']),
  defaultTimezone: z.string().trim().min(1).max(64),
});
export type OrgSettings = z.infer<typeof orgSettings>;
