import type { LetterLanguage } from '../../../../contracts/compensation/letters';
import { createPdf } from '../../../platform/pdf/document';
import type { ParticipantOutcome } from '../release/outcome';
import { type LetterText, renderTemplate } from './template';
import { letterDate, mergeValuesOf } from './values';

const words = {
  en: {
    footer: (organisation: string) => `${organisation} · Confidential`,
    page: (page: number, pages: number) => `Page ${page} of ${pages}`,
    dated: (date: string) => `Effective ${date}`,
  },
  de: {
    footer: (organisation: string) => `${organisation} · Vertraulich`,
    page: (page: number, pages: number) => `Seite ${page} von ${pages}`,
    dated: (date: string) => `Gültig ab ${date}`,
  },
} as const;

export interface LetterOptions {
  /** The template in the letter's language (checked when it was saved). */
  template: LetterText;
  language: LetterLanguage;
  organizationName: string;
  /** The organisation shows employees where their pay sits in its band. */
  showBandPlacement: boolean;
  /** false writes readable content streams (tests). */
  compress?: boolean;
}

/**
 * One person's pay letter as a PDF, pure: the template with their outcome merged in, money in their
 * pay currency and dates in the letter's language; the organisation's name and "confidential" in
 * the footer of every page.
 */
export function letterPdf(outcome: ParticipantOutcome, options: LetterOptions): Promise<Buffer> {
  const { language } = options;
  const w = words[language];
  const letter = renderTemplate(
    options.template,
    mergeValuesOf(outcome, { language, showBandPlacement: options.showBandPlacement }),
  );
  const pdf = createPdf({
    title: letter.title,
    footer: w.footer(options.organizationName),
    pageLabel: w.page,
    compress: options.compress,
  });
  pdf.paragraph(w.dated(letterDate(outcome.effectiveDate, language)), { muted: true });
  for (const paragraph of letter.paragraphs) pdf.paragraph(paragraph);
  return pdf.toBuffer();
}

/** Text as part of a file name: ASCII letters and digits joined by "-", at most `max` long. */
export function safeFilePart(text: string, max = 40): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max)
      .replace(/-+$/, '') || 'x'
  );
}

/** A participant's letter file name: `<family>-<given>-<participant id, first 8>.pdf`, safe characters only. */
export function letterFileName(
  outcome: Pick<ParticipantOutcome, 'familyName' | 'givenName' | 'participantId'>,
) {
  return `${safeFilePart(outcome.familyName)}-${safeFilePart(outcome.givenName)}-${outcome.participantId.slice(0, 8)}.pdf`;
}

/**
 * A made-up outcome for HR's preview: a promotion, a merit and market increase and a bonus, in EUR,
 * so every optional line of the template shows.
 */
export function sampleOutcome(language: LetterLanguage): ParticipantOutcome {
  return {
    participantId: '00000000-0000-4000-8000-000000000000',
    personId: '00000000-0000-4000-8000-000000000001',
    employeeId: null,
    givenName: 'Alex',
    familyName: language === 'de' ? 'Beispiel' : 'Sample',
    departmentName: null,
    cycleId: '00000000-0000-4000-8000-000000000002',
    cycleName: language === 'de' ? 'Beispielrunde' : 'Sample cycle',
    cycleState: 'released',
    effectiveDate: '2027-01-01',
    visibilityDate: '2027-01-15',
    currency: 'EUR',
    payFrequency: 'annual',
    oldBaseMinor: 6_000_000,
    newBaseMinor: 6_450_000,
    changeMinor: 450_000,
    increasePercent: '7.50',
    meritPercent: '3.50',
    marketMinor: 90_000,
    bonusMinor: 250_000,
    promotion: {
      levelId: '00000000-0000-4000-8000-000000000003',
      levelName: language === 'de' ? 'Senior-Ingenieur:in' : 'Senior Engineer',
      levelCode: 'IC4',
      band: { currency: 'EUR', minMinor: 5_500_000, targetMinor: 6_500_000, maxMinor: 7_500_000 },
    },
    baseChanged: true,
    placementAfter: {
      band: { currency: 'EUR', minMinor: 5_500_000, targetMinor: 6_500_000, maxMinor: 7_500_000 },
      compaRatio: '0.9923',
    },
  };
}
