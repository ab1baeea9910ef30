import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `plans.*`. */
export const plansEn = {
  title: 'Plans',
};

export const plansDe: Messages<typeof plansEn> = {
  title: 'Plans',
};
