import { sql } from 'drizzle-orm';
import { type Issue, issue } from '../../../../contracts/issues';
import type { Answer, FormQuestion, SaveAnswerRequest } from '../../../../contracts/reviews';
import { recordAuditEvents } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { reviewFormAccess } from '../access';
import { questionsFor, takesRating } from '../questions';

export interface AnswerInput extends SaveAnswerRequest {
  questionId: string;
}

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

/** What a question with no stored answer reads as: version 0, nothing written. */
const unanswered = (questionId: string): Answer => ({
  questionId,
  rating: null,
  text: null,
  version: 0,
  updatedAt: new Date(0).toISOString(),
});

export interface SaveAnswersResult {
  /** The answers stored by this save, in the order they were sent. */
  saved: Answer[];
  /** The stale answers, in the order they were sent: nothing of them was stored. */
  conflicts: { questionId: string; current: Answer }[];
}

/** Names an invalid input in the error's `fields`: `answers.2.rating` by default. */
export type FieldName = (index: number, field: 'questionId' | 'rating') => string;
const inBody: FieldName = (index, field) => `answers.${index}.${field}`;

interface Checked {
  questionId: string;
  rating: number | null;
  text: string | null;
  version: number;
}

/** Every answer checked against the form's questions before anything is written; 400 names each field. */
function checkAnswers(
  questions: FormQuestion[],
  scaleSize: number,
  answers: AnswerInput[],
  field: FieldName,
) {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const fields: Record<string, Issue> = {};
  const checked: Checked[] = [];
  answers.forEach((answer, index) => {
    const question = byId.get(answer.questionId);
    if (!question) {
      fields[field(index, 'questionId')] = issue('noSuchQuestion');
      return;
    }
    if (!takesRating(question) && answer.rating != null) {
      fields[field(index, 'rating')] = issue('writtenAnswerOnly');
      return;
    }
    const rating = takesRating(question) ? (answer.rating ?? null) : null;
    if (rating !== null && rating > scaleSize) {
      fields[field(index, 'rating')] = issue('ratingOutOfRange', { max: scaleSize });
      return;
    }
    // Rated questions may carry a comment; the proposed rating is a number only.
    const text = question.kind === 'proposed_rating' ? null : (answer.text ?? null);
    checked.push({ questionId: question.id, rating, text, version: answer.version });
  });
  if (Object.keys(fields).length > 0) throw validationFailed(fields);
  return checked;
}

/**
 * Autosaves a form's changed answers in one transaction of at most four statements: the form loaded
 * and locked through its guard (FOR SHARE: saves run side by side, a submit of the same form waits),
 * one statement writing every answer, the stored answers of the stale ones (only when there are
 * any), and one audit event.
 *
 * Each answer names the version it edited: a first answer inserts (0 → 1) and loses to any other
 * first save (ON CONFLICT DO NOTHING); later saves update only the version they saw (WHERE version =
 * $v). Current answers are stored; a stale one changes nothing and comes back with what is stored
 * now, so the editor can show both versions. Of two simultaneous saves of an answer exactly one wins.
 */
export async function saveReviewAnswers(input: {
  db: Db;
  actor: Actor;
  formId: string;
  answers: AnswerInput[];
  /** How errors name a field; the one-answer route names them as its body does (`rating`). */
  fieldName?: FieldName;
}): Promise<SaveAnswersResult> {
  const { actor } = input;
  return inTransaction(input.db, async (tx) => {
    const { form, cycle } = (
      await reviewFormAccess.lockFor(tx, actor, input.formId, 'edit', null, { mode: 'share' })
    ).row;
    const answers = checkAnswers(
      questionsFor(cycle.content, form.kind),
      cycle.content.ratingScale.labels.length,
      input.answers,
      input.fieldName ?? inBody,
    );

    // One statement for every answer: first answers inserted, the others updated at the version
    // they name. Both halves return what they wrote; an answer missing from the result was stale.
    // Rows are taken in question order, so two saves of one form lock them in the same order.
    const ordered = [...answers].sort((a, b) => (a.questionId < b.questionId ? -1 : 1));
    const written = await queryRows<AnswerRow>(
      tx,
      sql`WITH input AS (
            SELECT * FROM jsonb_to_recordset(${JSON.stringify(ordered)}::jsonb)
                       AS i("questionId" text, rating int, text text, version int)
          ),
          inserted AS (
            INSERT INTO review_answers (organization_id, form_id, question_id, rating, text, version, updated_by)
            SELECT ${actor.organizationId}, ${form.id}, i."questionId", i.rating, i.text, 1, ${actor.personId}
              FROM input i WHERE i.version = 0
            ON CONFLICT (form_id, question_id) DO NOTHING
            RETURNING question_id, rating, text, version, updated_at
          ),
          updated AS (
            UPDATE review_answers a
               SET rating = i.rating, text = i.text, version = a.version + 1,
                   updated_by = ${actor.personId}, updated_at = now()
              FROM input i
             WHERE i.version > 0 AND a.form_id = ${form.id}
               AND a.question_id = i."questionId" AND a.version = i.version
            RETURNING a.question_id, a.rating, a.text, a.version, a.updated_at
          )
          SELECT * FROM inserted UNION ALL SELECT * FROM updated`,
    );
    const byQuestion = new Map(written.map((row) => [row.question_id, presentAnswer(row)]));
    const stale = answers.filter((a) => !byQuestion.has(a.questionId)).map((a) => a.questionId);

    // A separate statement: it sees what the competing saves committed, which the write could not.
    const current = new Map<string, Answer>();
    if (stale.length > 0) {
      const rows = await queryRows<AnswerRow>(
        tx,
        sql`SELECT question_id, rating, text, version, updated_at FROM review_answers
             WHERE form_id = ${form.id} AND question_id IN (${sql.join(
               stale.map((id) => sql`${id}`),
               sql`, `,
             )})`,
      );
      for (const row of rows) current.set(row.question_id, presentAnswer(row));
    }

    const saved = answers.flatMap((a) => byQuestion.get(a.questionId) ?? []);
    if (saved.length > 0) {
      await recordAuditEvents(tx, actor.organizationId, [
        {
          organizationId: actor.organizationId,
          actorAccountId: actor.accountId,
          action: 'review_answer.saved',
          targetType: 'review_form',
          targetId: form.id,
          // The audit trail records which answers changed, never what they say (performance data).
          after: { answers: saved.map((a) => ({ questionId: a.questionId, version: a.version })) },
        },
      ]);
    }
    return {
      saved,
      conflicts: stale.map((questionId) => ({
        questionId,
        current: current.get(questionId) ?? unanswered(questionId),
      })),
    };
  });
}
