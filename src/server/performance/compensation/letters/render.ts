import type { LetterLanguage } from '../../../../contracts/compensation/letters';
import type { Db } from '../../../platform/db/client';
import { outcomesOfCycle, type ParticipantOutcome } from '../release/outcome';
import { letterFileName, letterPdf } from './pdf';
import { letterSettingsOf, letterTemplatesOf, localesOf } from './queries';
import { defaultTemplates, type LetterText } from './template';
import { hasLetter, letterLanguageOf } from './values';
import type { ZipFile } from './zip';

/** What rendering an organisation's letters needs once: its templates and settings. */
export interface LetterContext {
  templates: Record<LetterLanguage, LetterText>;
  organizationName: string;
  defaultLocale: string | null;
  showBandPlacement: boolean;
}

/** The organisation's templates (saved, else default) and letter settings. */
export async function letterContextOf(db: Db, organizationId: string): Promise<LetterContext> {
  const [saved, settings] = await Promise.all([
    letterTemplatesOf(db, organizationId),
    letterSettingsOf(db, organizationId),
  ]);
  const pick = (language: LetterLanguage) => saved.get(language) ?? defaultTemplates[language];
  return {
    templates: { en: pick('en'), de: pick('de') },
    organizationName: settings.name,
    defaultLocale: settings.defaultLocale,
    showBandPlacement: settings.showBandPlacement,
  };
}

/** One person's letter in their language (their account's, else the organisation's). */
export function renderLetter(
  outcome: ParticipantOutcome,
  context: LetterContext,
  personLocale: string | null | undefined,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const language = letterLanguageOf(personLocale, context.defaultLocale);
  return letterPdf(outcome, {
    template: context.templates[language],
    language,
    organizationName: context.organizationName,
    showBandPlacement: context.showBandPlacement,
    compress: options.compress,
  });
}

/** Outcomes read per page while a cycle's letters are written. */
export const LETTER_PAGE = 500;

/**
 * Every letter of a cycle, page by page (participants whose outcome changes something, by name),
 * each in its person's language. `onPage` sees the people of each page before their letters are
 * rendered (the access log).
 */
export async function* cycleLetterFiles(
  db: Db,
  options: {
    organizationId: string;
    cycleId: string;
    context: LetterContext;
    onPage?: (outcomes: ParticipantOutcome[]) => Promise<void>;
  },
): AsyncGenerator<ZipFile> {
  let cursor: string | null = null;
  do {
    const page = await outcomesOfCycle(db, {
      cycleId: options.cycleId,
      organizationId: options.organizationId,
      limit: LETTER_PAGE,
      cursor,
    });
    cursor = page.nextCursor;
    const outcomes = page.items.filter(hasLetter);
    if (outcomes.length === 0) continue;
    await options.onPage?.(outcomes);
    const locales = await localesOf(
      db,
      options.organizationId,
      outcomes.map((outcome) => outcome.personId),
    );
    for (const outcome of outcomes)
      yield {
        name: letterFileName(outcome),
        data: await renderLetter(outcome, options.context, locales.get(outcome.personId)),
      };
  } while (cursor);
}
