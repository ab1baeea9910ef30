import { describe, expect, it } from 'vitest';
import { createPdf, drawableText } from './document';
import { pdfText } from './testing';

describe('PDF document builder', () => {
  it('writes an A4 PDF with the title, headings, paragraphs, fields, a table and page numbers', async () => {
    const pdf = createPdf({ title: 'Plan für Jürgen Groß', footer: 'Vertraulich', compress: false });
    pdf
      .heading('Erwartungen')
      .paragraph('Größere Sorgfalt bei Übergaben — ab sofort.')
      .fields([['Beginn', '1. März 2027']])
      .table({ columns: ['Aussage', 'Messgröße'], rows: [['Code-Reviews', 'drei pro Woche']] });
    const buffer = await pdf.toBuffer();
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(buffer.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = pdfText(buffer);
    for (const expected of [
      'Plan für Jürgen Groß',
      'Erwartungen',
      'Größere Sorgfalt bei Übergaben — ab sofort.',
      'Beginn: ',
      '1. März 2027',
      'Aussage',
      'drei pro Woche',
      'Vertraulich · Page 1 of 1',
    ])
      expect(text).toContain(expected);
  });

  it('continues a long table on a new page under its header, and numbers every page', async () => {
    const pdf = createPdf({ title: 'Long', compress: false, pageLabel: (p, n) => `Seite ${p} von ${n}` });
    pdf.table({
      columns: ['Day', 'Note'],
      rows: Array.from({ length: 80 }, (_, i) => [`Day ${i + 1}`, 'ok']),
    });
    const text = pdfText(await pdf.toBuffer());
    expect(text).toContain('Seite 1 von 2');
    expect(text).toContain('Seite 2 von 2');
    expect(text).toContain('Day 80');
    expect(text.split('\n').filter((line) => line === 'Day').length).toBe(2);
  });

  it('draws what the built-in fonts cannot as a question mark, never as a wrong letter', () => {
    expect(drawableText('Kenji 健二 ✓ €5 “ok”\u0007')).toBe('Kenji ?? ? €5 “ok” ');
  });

  it('compresses by default', async () => {
    const buffer = await createPdf({ title: 'Secret words here' }).paragraph('Also hidden').toBuffer();
    expect(buffer.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfText(buffer)).not.toContain('Also hidden');
  });
});
