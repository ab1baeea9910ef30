import type { Locale } from '../../../contracts/auth';
import type { FormQuestion } from '../../../contracts/reviews';
import { PROPOSED_RATING } from './questions';
import type { RatingScale, TemplateContent } from './tables';

const pick = (translated: string | undefined, own: string) => translated?.trim() || own;

/** The scale's labels in the reader's language, each falling back to the template's own. */
export function localizedScale(scale: RatingScale, locale: Locale | string): RatingScale {
  const de = locale === 'de' ? scale.translations?.de?.labels : undefined;
  return { labels: scale.labels.map((label, i) => pick(de?.[i], label)) };
}

/**
 * A template (or a cycle's copy of one) as a reader of `locale` sees it: sections, questions and
 * scale labels in their language where HR wrote one, the template's own text elsewhere. The
 * translations themselves are left out: readers get one text per field.
 */
export function localizedContent(content: TemplateContent, locale: Locale | string): TemplateContent {
  const german = locale === 'de';
  return {
    ratingScale: localizedScale(content.ratingScale, locale),
    sections: content.sections.map(({ translations: sectionTexts, ...section }) => {
      const s = german ? sectionTexts?.de : undefined;
      return {
        ...section,
        title: pick(s?.title, section.title),
        ...(section.description !== undefined || s?.description
          ? { description: pick(s?.description, section.description ?? '') }
          : {}),
        questions: section.questions.map(({ translations: questionTexts, ...question }) => {
          const q = german ? questionTexts?.de : undefined;
          return {
            ...question,
            prompt: pick(q?.prompt, question.prompt),
            ...(question.help !== undefined || q?.help ? { help: pick(q?.help, question.help ?? '') } : {}),
          };
        }),
      };
    }),
  };
}

/** German texts of the questions every form has built in (questions.ts), by question id. */
const builtInGerman: Record<string, Pick<FormQuestion, 'sectionTitle' | 'prompt' | 'help'>> = {
  peer_results: {
    sectionTitle: 'Peer-Beitrag',
    prompt:
      'Welche Ergebnisse der Arbeit dieser Person haben Sie im Zeitraum gesehen, und was haben sie bewirkt?',
    help: null,
  },
  peer_working_together: {
    sectionTitle: 'Peer-Beitrag',
    prompt:
      'Gibt es etwas an der Zusammenarbeit mit dieser Person bei diesen Ergebnissen, das ihre Führungskraft wissen sollte?',
    help: null,
  },
  [PROPOSED_RATING]: {
    sectionTitle: 'Vorschlag',
    prompt: 'Vorgeschlagene Gesamtbewertung',
    help: 'Die Kalibrierung prüft sie, bevor etwas geteilt wird. Die beurteilte Person sieht nur die endgültige Bewertung.',
  },
};

/** A form's questions in the reader's language: the template's (see localizedContent) and the built-in ones. */
export function localizedQuestions(questions: FormQuestion[], locale: Locale | string): FormQuestion[] {
  if (locale !== 'de') return questions;
  return questions.map((question) => {
    const german = builtInGerman[question.id];
    return german && (question.kind === 'proposed_rating' || question.sectionId === 'peer')
      ? { ...question, ...german }
      : question;
  });
}
