import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `learning.*`. */
export const learningEn = {
  title: 'Learning',
};

export const learningDe: Messages<typeof learningEn> = {
  title: 'Learning',
};
