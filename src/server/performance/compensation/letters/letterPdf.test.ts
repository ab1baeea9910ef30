import { describe, expect, it } from 'vitest';
import { AppError } from '../../../platform/errors/appError';
import { pdfText } from '../../../platform/pdf/testing';
import type { ParticipantOutcome } from '../release/outcome';
import { letterFileName, letterPdf, sampleOutcome } from './pdf';
import { defaultTemplates, refuseTemplateProblems, renderTemplate } from './template';
import { letterLanguageOf, mergeValuesOf } from './values';

/** A plain merit raise in EUR: 1,200.00 → 1,234.56 a month, no bonus, market or promotion. */
const outcome = (overrides: Partial<ParticipantOutcome> = {}): ParticipantOutcome => ({
  ...sampleOutcome('en'),
  givenName: 'Jürgen',
  familyName: 'Weiß',
  cycleName: 'Merit 2026',
  payFrequency: 'monthly',
  oldBaseMinor: 120_000,
  newBaseMinor: 123_456,
  changeMinor: 3_456,
  increasePercent: '2.88',
  meritPercent: '2.88',
  marketMinor: 0,
  bonusMinor: 0,
  promotion: null,
  placementAfter: null,
  ...overrides,
});

const nbsp = /\u00a0/g;
const textOf = async (pdf: Promise<Buffer>) => pdfText(await pdf).replace(nbsp, ' ');

const refusal = (text: { title: string; body: string }) => {
  try {
    refuseTemplateProblems(text);
  } catch (error) {
    return error instanceof AppError ? error.details : error;
  }
  return null;
};

describe('letter templates', () => {
  it('accepts the defaults and refuses an unknown merge field, naming the field and the name', () => {
    expect(refusal(defaultTemplates.en)).toBeNull();
    expect(refusal(defaultTemplates.de)).toBeNull();
    expect(refusal({ title: 'Pay', body: 'Your salary: {{ salary }}' })).toMatchObject({
      fieldIssues: { body: { code: 'letterMergeFieldUnknown', params: { name: 'salary' } } },
    });
    expect(refusal({ title: 'For {{name}}', body: 'Hello' })).toMatchObject({
      fieldIssues: { title: { code: 'letterMergeFieldUnknown', params: { name: 'name' } } },
    });
    expect(refusal({ title: 'Pay', body: 'Bonus: {{bonus}' })).toMatchObject({
      fieldIssues: { body: { code: 'letterMergeFieldMalformed' } },
    });
  });

  it('drops lines whose optional field is empty and keeps paragraphs', () => {
    const values = mergeValuesOf(outcome(), { language: 'en', showBandPlacement: true });
    const letter = renderTemplate(
      {
        title: 'Hello {{givenName}}',
        body: 'First line\nBonus: {{bonus}}\nNew: {{newBase}} {{payPeriod}}\n\n\nPromoted to {{promotionLevel}}\n\nBye',
      },
      values,
    );
    expect(letter.title).toBe('Hello Jürgen');
    expect(letter.paragraphs.map((p) => p.replace(nbsp, ' '))).toEqual([
      'First line\nNew: €1,234.56 per month',
      'Bye',
    ]);
  });

  it("chooses the person's language, else the organisation's, else English", () => {
    expect(letterLanguageOf('de', 'en')).toBe('de');
    expect(letterLanguageOf(null, 'de')).toBe('de');
    expect(letterLanguageOf('fr', undefined)).toBe('en');
  });
});

describe('letter PDFs', () => {
  const base = { organizationName: 'Acme GmbH', showBandPlacement: false, compress: false };

  it('writes an English letter with money and dates in English', async () => {
    const text = await textOf(
      letterPdf(outcome(), { ...base, template: defaultTemplates.en, language: 'en' }),
    );
    expect(text).toContain('Your pay from 1 January 2027');
    expect(text).toContain('Dear Jürgen Weiß,');
    expect(text).toContain('New base salary: €1,234.56 per month');
    expect(text).toContain('Total increase: 2.88%');
    expect(text).not.toContain('bonus');
    expect(text).not.toContain('promotion');
    expect(text).toContain('Acme GmbH · Confidential · Page 1 of 1');
  });

  it('writes a German letter with EUR as "1.234,56 €" and the German date', async () => {
    const text = await textOf(
      letterPdf(outcome(), { ...base, template: defaultTemplates.de, language: 'de' }),
    );
    expect(text).toContain('Ihre Vergütung ab dem 1. Januar 2027');
    expect(text).toContain('Neues Grundgehalt: 1.234,56 € pro Monat');
    expect(text).toContain('Bisheriges Grundgehalt: 1.200,00 € pro Monat');
    expect(text).toContain('Erhöhung insgesamt: 2,88 %');
    expect(text).toContain('Seite 1 von 1');
  });

  it('writes JPY without decimals, and bonus, promotion and placement when they apply', async () => {
    const jpy = outcome({
      currency: 'JPY',
      payFrequency: 'annual',
      oldBaseMinor: 6_000_000,
      newBaseMinor: 6_300_000,
      increasePercent: '5.00',
      meritPercent: '5.00',
      bonusMinor: 250_000,
      promotion: sampleOutcome('en').promotion,
      placementAfter: {
        band: { currency: 'JPY', minMinor: 5_000_000, targetMinor: 6_000_000, maxMinor: 7_000_000 },
        compaRatio: '1.0500',
      },
    });
    const en = await textOf(
      letterPdf(jpy, { ...base, showBandPlacement: true, template: defaultTemplates.en, language: 'en' }),
    );
    expect(en).toContain('New base salary: JP¥6,300,000 per year');
    expect(en).toContain('One-off bonus: JP¥250,000');
    expect(en).toContain('promotion to Senior Engineer');
    expect(en).toContain('105% of the reference point');
    const de = await textOf(letterPdf(jpy, { ...base, template: defaultTemplates.de, language: 'de' }));
    expect(de).toContain('Neues Grundgehalt: 6.300.000 ¥ pro Jahr');
    expect(de).toContain('Einmalige Prämie: 250.000 ¥');
    // The organisation does not show band placement: the line is left out.
    expect(de).not.toContain('Referenzwert');
  });

  it('names files with safe characters only', () => {
    expect(
      letterFileName({ familyName: 'Weiß-Öz / ../x', givenName: 'Jürgen', participantId: 'abcdef12-3456' }),
    ).toBe('Weiss-Oz-x-Jurgen-abcdef12.pdf');
    expect(letterFileName({ familyName: '李', givenName: '小龙', participantId: '12345678-aaaa' })).toBe(
      'x-x-12345678.pdf',
    );
  });
});
