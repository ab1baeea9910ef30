import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `goals.*` (t('goals.…')). */
export const goalsEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const goalsDe: Messages<typeof goalsEn> = {
  title: 'TODO',
};
