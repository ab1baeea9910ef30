import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `oneOnOnes.*` (t('oneOnOnes.…')). */
export const oneOnOnesEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const oneOnOnesDe: Messages<typeof oneOnOnesEn> = {
  title: 'TODO',
};
