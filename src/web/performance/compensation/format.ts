import i18n from 'i18next';
import { formatMoney } from '../../../contracts/compensation/money';

const locale = () => (i18n.language === 'de' ? 'de-DE' : 'en-GB');

/** An amount in minor units as the reader writes money: (8500050, 'EUR') → "€85,000.50". */
export const money = (minor: number, currency: string) => formatMoney(minor, currency, locale());

/** A ratio as a percent with at most one decimal: 0.9 → "90 %", 1.0525 → "105.3 %". */
export const ratioPercent = (value: number) =>
  new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** Thousandths of full time as a share: 800 → "0.8" ("0,8" in German). */
export const fteShare = (permille: number) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: 3 }).format(permille / 1000);

/** Basis points as a percent number: 1250 → "12.5". */
export const bpsPercent = (bps: number) =>
  new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(bps / 100);
