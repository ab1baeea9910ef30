import type { ReactNode } from 'react';
import { type Tone, toneColor } from '../app/statusColors';

export interface Toast {
  /** What the toast says about the outcome: done (positive), refused or failed (negative), … */
  tone: Tone;
  message: ReactNode;
  title?: ReactNode;
}

type NotificationsModule = typeof import('@mantine/notifications');
let loading: Promise<NotificationsModule> | undefined;

/** One import for every toast; a failed one (a lost connection) is tried again by the next toast. */
function loadNotifications(): Promise<NotificationsModule> {
  loading ??= import('@mantine/notifications').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * The one way to show a toast. Its colour comes from its tone (app/statusColors.ts), so a toast
 * means what a badge of the same colour means. `@mantine/notifications` is imported on the first
 * toast rather than with the page, which keeps it out of what a first paint waits for
 * (docs/ARCHITECTURE.md); the container in App.tsx shows toasts queued before it arrived. It
 * returns nothing, so a mutation callback that shows a toast does not wait for that import.
 */
export function showToast({ tone, message, title }: Toast): void {
  void loadNotifications().then(({ notifications }) => {
    notifications.show({ color: toneColor[tone], message, title });
  });
}
