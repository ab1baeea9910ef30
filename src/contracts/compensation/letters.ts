import { z } from 'zod';
import { isoDate } from '../common';
import { issueMessage } from '../issues';

/**
 * Pay letters (issue 12 item 7): an organisation's letter template per language, with merge fields
 * written `{{name}}`. The template is plain text: a blank line starts a new paragraph, a single line
 * break stays a line break. A line that uses a field with nothing to say for this person (no bonus,
 * no promotion, no merit, no market adjustment, band placement switched off) is left out of that
 * person's letter, so one template serves everyone.
 */
export const letterLanguages = ['en', 'de'] as const;
export type LetterLanguage = (typeof letterLanguages)[number];
export const letterLanguage = z.enum(letterLanguages);

/** Every merge field a template may use, in the order the editor lists them. */
export const mergeFields = [
  'givenName',
  'familyName',
  'cycleName',
  'effectiveDate',
  'oldBase',
  'newBase',
  'payPeriod',
  'increasePercent',
  'meritPercent',
  'marketAdjustment',
  'bonus',
  'promotionLevel',
  'bandPlacement',
] as const;
export type MergeField = (typeof mergeFields)[number];

/** Fields that may be empty for a person: a line using one of them is dropped when it is. */
export const optionalMergeFields: readonly MergeField[] = [
  'meritPercent',
  'marketAdjustment',
  'bonus',
  'promotionLevel',
  'bandPlacement',
];

const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The field names a text uses, in order of appearance (unknown ones included). */
export function mergeFieldsIn(text: string): string[] {
  return [...text.matchAll(placeholder)].map((match) => match[1] ?? '');
}

export const isMergeField = (name: string): name is MergeField =>
  (mergeFields as readonly string[]).includes(name);

/**
 * What is wrong with a template text, or null: the first unknown field (`{{salary}}`), or braces
 * that open or close no field (`{{bonus}` ).
 */
export function templateTextProblem(
  text: string,
): { kind: 'unknown'; name: string } | { kind: 'malformed' } | null {
  for (const name of mergeFieldsIn(text)) if (!isMergeField(name)) return { kind: 'unknown', name };
  const rest = text.replace(placeholder, '');
  if (rest.includes('{{') || rest.includes('}}')) return { kind: 'malformed' };
  return null;
}

export const LETTER_TITLE_MAX = 200;
export const LETTER_BODY_MAX = 10_000;

const title = z.string().trim().min(1, issueMessage('letterTitleRequired')).max(LETTER_TITLE_MAX);
const body = z.string().trim().min(1, issueMessage('letterBodyRequired')).max(LETTER_BODY_MAX);

/** The template as HR edits it (the saved one, or the default when none is saved: version 0). */
export const letterTemplate = z.object({
  language: letterLanguage,
  title: z.string(),
  body: z.string(),
  /** 0: nothing saved yet, this is the built-in default. */
  version: z.number().int(),
  isDefault: z.boolean(),
  updatedAt: z.string().nullable(),
  /** Whether `{{bandPlacement}}` shows anything (the organisation shows employees their placement). */
  bandPlacementShown: z.boolean(),
  mergeFields: z.array(z.enum(mergeFields)),
});
export type LetterTemplate = z.infer<typeof letterTemplate>;

export const letterTemplateParams = z.object({ language: letterLanguage });

/** Save a template; `version` is the one read (0 for the default), checked against the stored one. */
export const saveLetterTemplateRequest = z.object({ version: z.number().int().min(0), title, body });
export type SaveLetterTemplateRequest = z.infer<typeof saveLetterTemplateRequest>;

/** A sample letter of an unsaved (or saved) template, in its language. */
export const previewLetterRequest = z.object({ language: letterLanguage, title, body });
export type PreviewLetterRequest = z.infer<typeof previewLetterRequest>;

/** One of the caller's own letters: a released cycle whose visibility date has come. */
export const ownLetter = z.object({
  cycleId: z.string().uuid(),
  cycleName: z.string(),
  effectiveDate: isoDate,
  visibilityDate: isoDate,
});
export type OwnLetter = z.infer<typeof ownLetter>;
export const ownLetters = z.object({ items: z.array(ownLetter) });
