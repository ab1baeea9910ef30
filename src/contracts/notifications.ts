import { z } from 'zod';
import { cursorPageOf } from './common';

/** One entry of the caller's inbox. Texts name a task, never class content (see notifications/tables.ts). */
export const notificationItem = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  /** A path inside the app to open the item, or null when there is nothing to open. */
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationItem = z.infer<typeof notificationItem>;

export const notificationListQuery = z.object({
  /** true: only unread notifications. */
  unread: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const notificationPage = cursorPageOf(notificationItem);
export type NotificationPage = z.infer<typeof notificationPage>;

export const unreadCount = z.object({ unread: z.number().int() });
export type UnreadCount = z.infer<typeof unreadCount>;

export const markAllReadResult = z.object({ marked: z.number().int(), unread: z.number().int() });
export type MarkAllReadResult = z.infer<typeof markAllReadResult>;

/** The caller's own notification choices. */
export const notificationSettings = z.object({
  /** One email a day listing what is unread (only when something new is waiting). */
  dailyDigest: z.boolean(),
});
export type NotificationSettings = z.infer<typeof notificationSettings>;
