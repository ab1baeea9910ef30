import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `aspirations.*`. */
export const aspirationsEn = {
  title: 'Aspirations',
};

export const aspirationsDe: Messages<typeof aspirationsEn> = {
  title: 'Aspirations',
};
