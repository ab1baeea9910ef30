import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `feedback360.*`. */
export const feedback360En = {
  title: 'Feedback360',
};

export const feedback360De: Messages<typeof feedback360En> = {
  title: 'Feedback360',
};
