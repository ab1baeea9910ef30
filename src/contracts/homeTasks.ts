import { z } from 'zod';
import { isoDate } from './common';

/**
 * "Your tasks" on the home page (SPEC S5): what needs the caller now, as a kind and a count. A task
 * names no person and quotes no record — the count and, where a deadline drives it, the earliest
 * date — so it never tells more than the screen it leads to would tell the same caller. The web
 * app turns the kind into a label and a link.
 */
export const homeTaskKinds = [
  // Reviews (performance)
  'review.self',
  'review.manager',
  'review.peer',
  'review.acknowledge',
  // Calibration: an approver's sign-off
  'calibration.signOff',
  // 360 feedback (development)
  'feedback360.answer',
  'feedback360.nominate',
  'feedback360.approve',
  'feedback360.release',
  // Growth, for managers and for oneself
  'conversations.overdue',
  'plans.toLook',
  'certifications.expiring',
  // HR
  'hr.erasureApproval',
  'hr.cycleDeadlines',
  'hr.calibrationToPrepare',
] as const;
export const homeTaskKind = z.enum(homeTaskKinds);
export type HomeTaskKind = z.infer<typeof homeTaskKind>;

export const homeTask = z.object({
  kind: homeTaskKind,
  count: z.number().int().min(1),
  /** The earliest deadline among them, when the task has one. */
  due: isoDate.nullable(),
});
export type HomeTask = z.infer<typeof homeTask>;

export const homeTasks = z.object({ items: z.array(homeTask) });
export type HomeTasks = z.infer<typeof homeTasks>;
