import type { LetterLanguage } from '../../../../contracts/compensation/letters';
import { minorToDecimal, minorUnitExponent } from '../../../../contracts/compensation/money';
import type { ParticipantOutcome } from '../release/outcome';
import type { MergeValues } from './template';

/** The Intl locale a letter in this language writes numbers, money and dates in. */
export const intlLocale = (language: LetterLanguage) => (language === 'de' ? 'de-DE' : 'en-GB');

/** The letter language for a person's account locale, else the organisation's default, else English. */
export function letterLanguageOf(
  personLocale: string | null | undefined,
  orgDefault: unknown,
): LetterLanguage {
  for (const candidate of [personLocale, orgDefault])
    if (typeof candidate === 'string') {
      const base = candidate.slice(0, 2).toLowerCase();
      if (base === 'de' || base === 'en') return base;
    }
  return 'en';
}

const periods = {
  en: { annual: 'per year', monthly: 'per month', hourly: 'per hour' },
  de: { annual: 'pro Jahr', monthly: 'pro Monat', hourly: 'pro Stunde' },
} as const;

const placementText = {
  en: (ratio: string, min: string, max: string) =>
    `${ratio} of the reference point of your salary band (range ${min} – ${max} per year)`,
  de: (ratio: string, min: string, max: string) =>
    `${ratio} des Referenzwerts Ihres Gehaltsbands (Spanne ${min} – ${max} pro Jahr)`,
} as const;

/**
 * Intl formatters are costly to build and free to reuse: a ZIP of 10,000 letters would otherwise
 * build tens of thousands of them. One per locale (and currency) and kind, kept for the process.
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** An ISO date as the reader writes it: "1 January 2027", "1. Januar 2027". */
export function letterDate(iso: string, language: LetterLanguage): string {
  const locale = intlLocale(language);
  return cached(
    `date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
  ).format(new Date(`${iso}T00:00:00Z`));
}

/** A percentage given as an exact decimal string ("3.50") as the reader writes it: "3.5%", "3,5 %". */
export function letterPercent(decimal: string, language: LetterLanguage, maximumFractionDigits = 2): string {
  const locale = intlLocale(language);
  return cached(
    `percent|${locale}|${maximumFractionDigits}`,
    () =>
      new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits }),
  ).format(Number(decimal) / 100);
}

/**
 * Money as `formatMoney` writes it (exactly the currency's ISO digits, from an exact decimal
 * string), with the formatter reused: "€1,234.56", "1.234,56 €", "JP¥6,300,000".
 */
export function letterMoney(minor: number, currency: string, language: LetterLanguage): string {
  const locale = intlLocale(language);
  const exponent = minorUnitExponent(currency);
  return cached(
    `money|${locale}|${currency}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        minimumFractionDigits: exponent,
        maximumFractionDigits: exponent,
      }),
  ).format(minorToDecimal(minor, currency) as Intl.StringNumericLiteral);
}

/**
 * One person's merge values, pure: money in their pay currency (the band's own currency for the
 * placement) and dates and numbers in the letter's language. Optional fields are '' when they say
 * nothing for this person: no merit proposed, no market adjustment or bonus, no promotion, and the
 * band placement unless the organisation shows employees theirs and the person is placed.
 */
export function mergeValuesOf(
  outcome: ParticipantOutcome,
  options: { language: LetterLanguage; showBandPlacement: boolean },
): MergeValues {
  const { language } = options;
  const money = (minor: number) => letterMoney(minor, outcome.currency, language);
  const placement = options.showBandPlacement ? outcome.placementAfter : null;
  const bandMoney = (minor: number) => letterMoney(minor, placement!.band.currency, language);
  return {
    givenName: outcome.givenName,
    familyName: outcome.familyName,
    cycleName: outcome.cycleName,
    effectiveDate: letterDate(outcome.effectiveDate, language),
    oldBase: money(outcome.oldBaseMinor),
    newBase: money(outcome.newBaseMinor),
    payPeriod: outcome.payFrequency ? periods[language][outcome.payFrequency] : '',
    increasePercent: letterPercent(outcome.increasePercent, language),
    meritPercent:
      outcome.meritPercent !== null && Number(outcome.meritPercent) !== 0
        ? letterPercent(outcome.meritPercent, language)
        : '',
    marketAdjustment: outcome.marketMinor !== 0 ? money(outcome.marketMinor) : '',
    bonus: outcome.bonusMinor !== 0 ? money(outcome.bonusMinor) : '',
    promotionLevel: outcome.promotion?.levelName ?? '',
    bandPlacement: placement
      ? placementText[language](
          letterPercent(String(Number(placement.compaRatio) * 100), language, 0),
          bandMoney(placement.band.minMinor),
          bandMoney(placement.band.maxMinor),
        )
      : '',
  };
}

/** Whether a participant's outcome changes anything, so that they get a letter. */
export const hasLetter = (outcome: ParticipantOutcome) =>
  outcome.baseChanged || outcome.bonusMinor !== 0 || outcome.promotion !== null;
