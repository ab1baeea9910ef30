import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `feedback.*` (t('feedback.…')). */
export const feedbackEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const feedbackDe: Messages<typeof feedbackEn> = {
  title: 'TODO',
};
