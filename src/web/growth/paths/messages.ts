import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `paths.*`. */
export const pathsEn = {
  title: 'Paths',
};

export const pathsDe: Messages<typeof pathsEn> = {
  title: 'Paths',
};
