import type { Answer, SaveAnswerRequest } from '../../../../contracts/reviews';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { saveReviewAnswers } from './saveReviewAnswers';

export type SaveAnswerResult = { saved: true; answer: Answer } | { saved: false; current: Answer };

/**
 * Autosaves one answer: a whole-form save of one answer (`saveReviewAnswers`), with errors naming
 * the fields as this route's body does (`rating`, `questionId`). A stale save changes nothing and
 * returns what is stored now; of two simultaneous saves exactly one wins.
 */
export async function saveReviewAnswer(input: {
  db: Db;
  actor: Actor;
  formId: string;
  questionId: string;
  body: SaveAnswerRequest;
}): Promise<SaveAnswerResult> {
  const result = await saveReviewAnswers({
    db: input.db,
    actor: input.actor,
    formId: input.formId,
    answers: [{ ...input.body, questionId: input.questionId }],
    fieldName: (_index, field) => field,
  });
  const [answer] = result.saved;
  if (answer) return { saved: true, answer };
  return { saved: false, current: result.conflicts[0]!.current };
}
