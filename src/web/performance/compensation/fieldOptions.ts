import type { TFunction } from 'i18next';
import { currencyCodes } from '../../../contracts/compensation/money';
import { manualPayReason, payFrequencies } from '../../../contracts/compensation/payData';

/** Every ISO 4217 currency pay can be held in, for a searchable picker. */
export const currencyOptions = currencyCodes();

export const frequencyOptions = (t: TFunction) =>
  payFrequencies.map((value) => ({ value, label: t(`compensation.record.frequencyNames.${value}`) }));

export const reasonOptions = (t: TFunction) =>
  manualPayReason.options.map((value) => ({ value, label: t(`compensation.record.reasons.${value}`) }));
