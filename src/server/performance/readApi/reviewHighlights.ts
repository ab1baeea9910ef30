import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import type { TemplateContent } from '../reviews/tables';

/**
 * What a released review may contribute to a development plan (SPEC S1.1 one-way flow, S4.4).
 *
 * Which answers count: the **text answers of the manager's review form** — questions of kind
 * `text` that the manager answers (audience 'manager' or 'both') — because that is where the
 * manager writes strengths and growth areas in words. Never ratings, competency ratings, the
 * proposed or final rating, the overall score, the self review, peer input, the addendum or the
 * acknowledgment comment. Only the reviewed person gets anything, and only once the review is
 * released (or acknowledged); for anyone else, or earlier, the review does not exist here.
 */
const seedableStates = sql`r.state IN ('released', 'acknowledged')`;

export interface SeedableReview {
  reviewId: string;
  cycleName: string;
  releasedAt: string | null;
}

export interface ReviewHighlight {
  /** The question id: stable, so the employee's choice can name it. */
  id: string;
  prompt: string;
  text: string;
}

/** The person's own released reviews, newest first (one page). */
export async function listSeedableReviews(
  db: Db,
  input: { organizationId: string; personId: string; page: number; pageSize: number },
): Promise<{ rows: SeedableReview[]; total: number }> {
  const rows = await queryRows<{ id: string; name: string; released_at: string | null; total: number }>(
    db,
    sql`SELECT r.id, c.name, r.released_at::text AS released_at, count(*) OVER ()::int AS total
          FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
         WHERE r.organization_id = ${input.organizationId} AND r.subject_id = ${input.personId}::uuid
           AND ${seedableStates}
         ORDER BY r.released_at DESC NULLS LAST, r.id
         LIMIT ${input.pageSize} OFFSET ${(input.page - 1) * input.pageSize}`,
  );
  return {
    rows: rows.map((row) => ({
      reviewId: row.id,
      cycleName: row.name,
      releasedAt: row.released_at ? new Date(row.released_at).toISOString() : null,
    })),
    total: Number(rows[0]?.total ?? 0),
  };
}

/** The written highlights of one review, or null when the caller is not its subject or it is not released. */
export async function readReviewHighlights(
  db: Db,
  input: { organizationId: string; personId: string; reviewId: string },
): Promise<(SeedableReview & { highlights: ReviewHighlight[] }) | null> {
  const [review] = await queryRows<{
    id: string;
    name: string;
    released_at: string | null;
    content: TemplateContent;
  }>(
    db,
    sql`SELECT r.id, c.name, r.released_at::text AS released_at, c.content
          FROM reviews r JOIN review_cycles c ON c.id = r.cycle_id
         WHERE r.id = ${input.reviewId}::uuid AND r.organization_id = ${input.organizationId}
           AND r.subject_id = ${input.personId}::uuid AND ${seedableStates}`,
  );
  if (!review) return null;
  const content: TemplateContent =
    typeof review.content === 'string' ? JSON.parse(review.content) : review.content;
  const prompts = new Map<string, string>();
  for (const section of content.sections ?? []) {
    for (const question of section.questions ?? []) {
      if (question.kind === 'text' && (question.audience === 'manager' || question.audience === 'both')) {
        prompts.set(question.id, question.prompt);
      }
    }
  }
  const answers = await queryRows<{ question_id: string; text: string | null }>(
    db,
    sql`SELECT a.question_id, a.text FROM review_answers a
          JOIN review_forms f ON f.id = a.form_id
         WHERE f.review_id = ${review.id}::uuid AND f.kind = 'manager'
           AND a.question_id = ANY(${sql.param([...prompts.keys()])}::text[])`,
  );
  const byQuestion = new Map(answers.map((answer) => [answer.question_id, answer.text ?? '']));
  const highlights: ReviewHighlight[] = [];
  for (const [id, prompt] of prompts) {
    const text = byQuestion.get(id)?.trim();
    if (text) highlights.push({ id, prompt, text });
  }
  return {
    reviewId: review.id,
    cycleName: review.name,
    releasedAt: review.released_at ? new Date(review.released_at).toISOString() : null,
    highlights,
  };
}
