import type { FormQuestion } from '../../../contracts/reviews';
import type { FormKind, TemplateContent, TemplateQuestion } from './tables';

/** The manager's proposed overall rating: a built-in, required question of every manager form. */
export const PROPOSED_RATING = 'proposed_rating';

/**
 * Peer input is about results and is attributed (the manager knows who wrote it): two fixed
 * questions, the same in every cycle, so it never turns into a second review or a 360.
 */
const peerQuestions: FormQuestion[] = [
  {
    id: 'peer_results',
    sectionId: 'peer',
    sectionTitle: 'Peer input',
    kind: 'text',
    prompt:
      'Which results of this person’s work did you see during the period, and what difference did they make?',
    help: null,
    competency: null,
    weight: null,
    required: true,
  },
  {
    id: 'peer_working_together',
    sectionId: 'peer',
    sectionTitle: 'Peer input',
    kind: 'text',
    prompt:
      'Is there anything about working with this person on those results that their manager should know?',
    help: null,
    competency: null,
    weight: null,
    required: false,
  },
];

const answeredBy = (question: TemplateQuestion, kind: FormKind) =>
  question.audience === 'both' || question.audience === kind;

/** The questions one form asks, in template order. */
export function questionsFor(content: TemplateContent, kind: FormKind): FormQuestion[] {
  if (kind === 'peer') return peerQuestions;
  const questions: FormQuestion[] = [];
  for (const section of content.sections) {
    for (const question of section.questions) {
      if (!answeredBy(question, kind)) continue;
      questions.push({
        id: question.id,
        sectionId: section.id,
        sectionTitle: section.title,
        kind: question.kind,
        prompt: question.prompt,
        help: question.help ?? null,
        competency: question.competency ?? null,
        weight: question.weight ?? null,
        required: question.required ?? false,
      });
    }
  }
  if (kind === 'manager') {
    questions.push({
      id: PROPOSED_RATING,
      sectionId: 'proposal',
      sectionTitle: 'Proposal',
      kind: 'proposed_rating',
      prompt: 'Proposed overall rating',
      help: 'Calibration reviews it before anything is shared. The employee sees only the final rating.',
      competency: null,
      weight: null,
      required: true,
    });
  }
  return questions;
}

/** The form's arithmetic lives in the contracts, so the web form computes exactly what is stored. */
export { isAnswered, overallScore, takesRating } from '../../../contracts/reviewScore';
