import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `reviews.*` (t('reviews.…')). */
export const reviewsEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const reviewsDe: Messages<typeof reviewsEn> = {
  title: 'TODO',
};
