import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `conversations.*`. */
export const conversationsEn = {
  title: 'Conversations',
};

export const conversationsDe: Messages<typeof conversationsEn> = {
  title: 'Conversations',
};
