import type { Messages } from '../../i18n/types';

/** English strings of the notification inbox; wired into the catalogues as `notifications.*`. */
export const notificationsEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const notificationsDe: Messages<typeof notificationsEn> = {
  title: 'TODO',
};
