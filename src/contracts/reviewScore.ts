/**
 * The review form's arithmetic, shared by the server (submit, the stored overall score that
 * calibration shows) and the web form (the live score and the "required answered" count), so the
 * number a manager sees while rating is the number calibration later sees.
 */

/** What these rules need of a form question (a `FormQuestion` fits). */
export interface ScoredQuestion {
  id: string;
  kind: string;
  weight: number | null;
  required: boolean;
}

/** What these rules need of an answer (a stored answer or the form's unsaved value). */
export interface ScoredAnswer {
  questionId: string;
  rating: number | null;
  text?: string | null;
}

/** Questions answered with a point of the rating scale (a comment beside it is optional). */
export const takesRating = (question: { kind: string }) =>
  question.kind === 'rating' || question.kind === 'competency' || question.kind === 'proposed_rating';

/** A rating question counts as answered once rated; any other once its text is not blank. */
export function isAnswered(
  question: { kind: string },
  answer: { rating: number | null; text?: string | null } | undefined,
): boolean {
  if (takesRating(question)) return answer?.rating != null;
  return Boolean(answer?.text?.trim());
}

/**
 * The weighted mean of the rated answers, to three decimals; null when the form has no weighted
 * question or none of them is rated yet. Unrated weighted questions are left out of the mean (not
 * counted as zero), and the proposed overall rating carries no weight.
 */
export function overallScore(
  questions: readonly ScoredQuestion[],
  answers: readonly ScoredAnswer[],
): number | null {
  const ratings = new Map(answers.map((answer) => [answer.questionId, answer.rating]));
  let weighted = 0;
  let weights = 0;
  for (const question of questions) {
    if (question.kind === 'proposed_rating' || !takesRating(question) || !question.weight) continue;
    const rating = ratings.get(question.id);
    if (rating == null) continue;
    weighted += rating * question.weight;
    weights += question.weight;
  }
  return weights === 0 ? null : Math.round((weighted / weights) * 1000) / 1000;
}

/** Whether any question of the form carries a weight (else there is no overall score to show). */
export const hasWeights = (questions: readonly ScoredQuestion[]) =>
  questions.some(
    (question) => question.kind !== 'proposed_rating' && takesRating(question) && question.weight,
  );

/** The required questions still unanswered, in form order, and how many are answered. */
export function requiredProgress(questions: readonly ScoredQuestion[], answers: readonly ScoredAnswer[]) {
  const byQuestion = new Map(answers.map((answer) => [answer.questionId, answer]));
  const required = questions.filter((question) => question.required);
  const missing = required.filter((question) => !isAnswered(question, byQuestion.get(question.id)));
  return {
    required: required.length,
    answered: required.length - missing.length,
    missing: missing.map((question) => question.id),
  };
}
