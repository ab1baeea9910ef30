import { sql } from 'drizzle-orm';
import type { Answer, SaveAnswerRequest } from '../../../../contracts/reviews';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { reviewFormAccess } from '../access';
import { questionsFor, takesRating } from '../questions';

interface AnswerRow {
  question_id: string;
  rating: number | null;
  text: string | null;
  version: number;
  updated_at: Date | string;
}

const presentAnswer = (row: AnswerRow): Answer => ({
  questionId: row.question_id,
  rating: row.rating,
  text: row.text,
  version: Number(row.version),
  updatedAt: new Date(row.updated_at).toISOString(),
});

export type SaveAnswerResult = { saved: true; answer: Answer } | { saved: false; current: Answer };

/**
 * Autosaves one answer. The save names the version it edited: the first save of a question inserts
 * (0 → 1) and loses to any other first save (ON CONFLICT DO NOTHING); later saves update only the
 * version they saw (WHERE version = $v). A stale save changes nothing and returns what is stored
 * now, so the editor can show both versions; of two simultaneous saves exactly one wins.
 */
export async function saveReviewAnswer(input: {
  db: Db;
  actor: Actor;
  formId: string;
  questionId: string;
  body: SaveAnswerRequest;
}): Promise<SaveAnswerResult> {
  const { actor, body } = input;
  return inTransaction(input.db, async (tx) => {
    // FOR SHARE: saves run side by side, a submit of the same form waits for them (and vice versa).
    const context = (await reviewFormAccess.lockFor(tx, actor, input.formId, 'edit', null, { mode: 'share' }))
      .row;
    const question = questionsFor(context.cycle.content, context.form.kind).find(
      (q) => q.id === input.questionId,
    );
    if (!question) throw validationFailed({ questionId: 'This form has no such question.' });
    const scaleSize = context.cycle.content.ratingScale.labels.length;
    const rating = takesRating(question) ? (body.rating ?? null) : null;
    // Rated questions may carry a comment; the proposed rating is a number only.
    const text = question.kind === 'proposed_rating' ? null : (body.text ?? null);
    if (rating !== null && rating > scaleSize) {
      throw validationFailed({ rating: `Choose a rating from 1 to ${scaleSize}.` });
    }
    if (!takesRating(question) && body.rating != null) {
      throw validationFailed({ rating: 'This question takes a written answer, not a rating.' });
    }

    const written =
      body.version === 0
        ? await queryRows<AnswerRow>(
            tx,
            sql`INSERT INTO review_answers (organization_id, form_id, question_id, rating, text, version, updated_by)
                VALUES (${actor.organizationId}, ${context.form.id}, ${question.id}, ${rating}, ${text}, 1, ${actor.personId})
                ON CONFLICT (form_id, question_id) DO NOTHING
                RETURNING question_id, rating, text, version, updated_at`,
          )
        : await queryRows<AnswerRow>(
            tx,
            sql`UPDATE review_answers
                   SET rating = ${rating}, text = ${text}, version = version + 1,
                       updated_by = ${actor.personId}, updated_at = now()
                 WHERE form_id = ${context.form.id} AND question_id = ${question.id} AND version = ${body.version}
                RETURNING question_id, rating, text, version, updated_at`,
          );
    const [row] = written;
    if (!row) {
      const [current] = await queryRows<AnswerRow>(
        tx,
        sql`SELECT question_id, rating, text, version, updated_at FROM review_answers
             WHERE form_id = ${context.form.id} AND question_id = ${question.id}`,
      );
      return {
        saved: false,
        current: current
          ? presentAnswer(current)
          : {
              questionId: question.id,
              rating: null,
              text: null,
              version: 0,
              updatedAt: new Date(0).toISOString(),
            },
      };
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_answer.saved',
      targetType: 'review_form',
      targetId: context.form.id,
      // The audit trail records that an answer changed, not what it says (performance data).
      after: { questionId: question.id, version: Number(row.version) },
    });
    return { saved: true, answer: presentAnswer(row) };
  });
}
