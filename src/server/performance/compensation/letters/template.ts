import {
  type LetterLanguage,
  type MergeField,
  mergeFieldsIn,
  optionalMergeFields,
  templateTextProblem,
} from '../../../../contracts/compensation/letters';
import { issue } from '../../../../contracts/issues';
import { validationFailed } from '../../../platform/errors/appError';

/** A letter template's text in one language. */
export interface LetterText {
  title: string;
  body: string;
}

/**
 * The built-in templates, used until HR saves one for the language. Lines that use an optional
 * field (merit, market, bonus, promotion, band placement) disappear for people it does not apply to.
 */
export const defaultTemplates: Record<LetterLanguage, LetterText> = {
  en: {
    title: 'Your pay from {{effectiveDate}}',
    body: [
      'Dear {{givenName}} {{familyName}},',
      '',
      'Following the {{cycleName}} compensation review, we are pleased to confirm your pay from {{effectiveDate}}.',
      '',
      'Base salary until now: {{oldBase}} {{payPeriod}}',
      'New base salary: {{newBase}} {{payPeriod}}',
      'Total increase: {{increasePercent}}',
      'Of which merit increase: {{meritPercent}}',
      'Market adjustment: {{marketAdjustment}}',
      'One-off bonus: {{bonus}}',
      '',
      'Congratulations on your promotion to {{promotionLevel}}.',
      '',
      'Your new base salary sits at {{bandPlacement}}.',
      '',
      'Thank you for your work this year. If you have questions about this letter, please talk to your manager or to HR.',
      '',
      'Kind regards,',
      'People & Culture',
    ].join('\n'),
  },
  de: {
    title: 'Ihre Vergütung ab dem {{effectiveDate}}',
    body: [
      'Guten Tag {{givenName}} {{familyName}},',
      '',
      'nach der Vergütungsrunde {{cycleName}} bestätigen wir Ihnen gern Ihre Vergütung ab dem {{effectiveDate}}.',
      '',
      'Bisheriges Grundgehalt: {{oldBase}} {{payPeriod}}',
      'Neues Grundgehalt: {{newBase}} {{payPeriod}}',
      'Erhöhung insgesamt: {{increasePercent}}',
      'Davon leistungsbezogen: {{meritPercent}}',
      'Marktanpassung: {{marketAdjustment}}',
      'Einmalige Prämie: {{bonus}}',
      '',
      'Herzlichen Glückwunsch zu Ihrer Beförderung auf die Stufe {{promotionLevel}}.',
      '',
      'Ihr neues Grundgehalt liegt bei {{bandPlacement}}.',
      '',
      'Vielen Dank für Ihre Arbeit in diesem Jahr. Bei Fragen zu diesem Brief wenden Sie sich bitte an Ihre Führungskraft oder an HR.',
      '',
      'Mit freundlichen Grüßen',
      'People & Culture',
    ].join('\n'),
  },
};

/** A template HR saves or previews: unknown or broken merge fields are refused, naming the field. */
export function refuseTemplateProblems(text: LetterText): void {
  for (const field of ['title', 'body'] as const) {
    const problem = templateTextProblem(text[field]);
    if (problem?.kind === 'unknown')
      throw validationFailed({ [field]: issue('letterMergeFieldUnknown', { name: problem.name }) });
    if (problem) throw validationFailed({ [field]: issue('letterMergeFieldMalformed') });
  }
}

/** The merge values of one letter: text for every field, '' where the field says nothing for this person. */
export type MergeValues = Record<MergeField, string>;

/** A rendered letter: its title and paragraphs (each paragraph keeps its single line breaks). */
export interface RenderedLetter {
  title: string;
  paragraphs: string[];
}

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

const fill = (line: string, values: MergeValues) =>
  line.replace(placeholder, (_whole, name: string) => values[name as MergeField] ?? '');

/** Whether a line uses an optional field that is empty for this person (the line is then left out). */
const mentionsEmpty = (line: string, values: MergeValues) =>
  mergeFieldsIn(line).some(
    (name) => optionalMergeFields.includes(name as MergeField) && (values[name as MergeField] ?? '') === '',
  );

/**
 * Merges one person's values into a (checked) template, pure: lines that use an empty optional field are
 * dropped, blank lines separate paragraphs, and a paragraph left with no lines disappears.
 */
export function renderTemplate(text: LetterText, values: MergeValues): RenderedLetter {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const raw of text.body.replace(/\r\n?/g, '\n').split('\n')) {
    if (raw.trim() === '') {
      close();
      continue;
    }
    if (mentionsEmpty(raw, values)) continue;
    current.push(fill(raw, values).trimEnd());
  }
  close();
  return { title: fill(text.title, values).trim(), paragraphs };
}
