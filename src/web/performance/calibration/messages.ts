import type { Messages } from '../../i18n/types';

/** English strings of this part; wired into the catalogues as `calibration.*` (t('calibration.…')). */
export const calibrationEn = {
  title: 'TODO',
};

/** German strings: the same keys (checked by catalogues.test.ts). */
export const calibrationDe: Messages<typeof calibrationEn> = {
  title: 'TODO',
};
