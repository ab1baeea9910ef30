import {
  type LetterLanguage,
  type LetterTemplate,
  mergeFields,
} from '../../../../contracts/compensation/letters';
import type { LetterTemplateRow } from './tables';
import { defaultTemplates } from './template';

/** The template HR edits: the saved one, or the language's default as version 0. */
export function presentLetterTemplate(
  language: LetterLanguage,
  row: LetterTemplateRow | null,
  bandPlacementShown: boolean,
): LetterTemplate {
  const text = row ?? defaultTemplates[language];
  return {
    language,
    title: text.title,
    body: text.body,
    version: row?.version ?? 0,
    isDefault: row === null,
    updatedAt: row?.updatedAt.toISOString() ?? null,
    bandPlacementShown,
    mergeFields: [...mergeFields],
  };
}
