import { randomInt } from 'node:crypto';
import { count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import {
  engagementSurveyComments,
  engagementSurveyHeldAnswers,
  engagementSurveyResponses,
  engagementSurveyRounds,
  engagementSurveys,
} from '../tables';

/** Rows written per statement (a statement's parameters are limited; a round may hold thousands). */
const CHUNK = 500;

/** A uniform shuffle (Fisher–Yates); `random` is for tests (default: the system's CSPRNG). */
export function shuffled<T>(items: readonly T[], random?: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random ? Math.floor(random() * (i + 1)) : randomInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Moves a round's held answers into the response and comment tables, in one transaction of its own
 * (the caller's), in shuffled order — responses and comments each shuffled on their own — and
 * deletes the held rows. Nothing is released while fewer than `minimum` wait, so one release never
 * stands for fewer people than that: whoever can see which participants answered between two
 * releases (their rows' transaction ids) learns only that a response is one of that many. Closing
 * a round passes 0: every answer is in its results. Held rows another release is taking are
 * skipped. Returns how many answers were released.
 */
export async function releaseHeldAnswers(
  tx: Db,
  options: { roundId: string; minimum: number; random?: () => number },
): Promise<number> {
  const held = await tx
    .select()
    .from(engagementSurveyHeldAnswers)
    .where(eq(engagementSurveyHeldAnswers.roundId, options.roundId))
    .for('update', { skipLocked: true });
  if (held.length === 0 || held.length < options.minimum) return 0;
  const bucketsOf = (h: (typeof held)[number]) => ({
    organizationId: h.organizationId,
    roundId: h.roundId,
    bucketDepartmentId: h.bucketDepartmentId,
    bucketTenureBand: h.bucketTenureBand,
    bucketManagerChain: h.bucketManagerChain,
  });
  const responses = shuffled(
    held.map((h) => ({ ...bucketsOf(h), likertScores: h.likertScores, enpsScore: h.enpsScore })),
    options.random,
  );
  const comments = shuffled(
    held.flatMap((h) =>
      h.heldComments.map((c) => ({ ...bucketsOf(h), questionId: c.questionId, verbatimText: c.text })),
    ),
    options.random,
  );
  for (let i = 0; i < responses.length; i += CHUNK)
    await tx.insert(engagementSurveyResponses).values(responses.slice(i, i + CHUNK));
  for (let i = 0; i < comments.length; i += CHUNK)
    await tx.insert(engagementSurveyComments).values(comments.slice(i, i + CHUNK));
  const ids = held.map((h) => h.id);
  for (let i = 0; i < ids.length; i += CHUNK)
    await tx
      .delete(engagementSurveyHeldAnswers)
      .where(inArray(engagementSurveyHeldAnswers.id, ids.slice(i, i + CHUNK)));
  return held.length;
}

/**
 * The pulse job's release step for one organisation: every round with at least its survey's
 * anonymity threshold of answers waiting is released, each in a transaction of its own; a closed
 * round releases whatever waits (an answer that crossed the close). Returns the answers released.
 */
export async function releaseDueAnswers(db: Db, options: { organizationId: string }): Promise<number> {
  const waiting = await db
    .select({
      roundId: engagementSurveyHeldAnswers.roundId,
      held: count(),
      closed: engagementSurveyRounds.closed,
      threshold: engagementSurveys.anonymityThreshold,
    })
    .from(engagementSurveyHeldAnswers)
    .innerJoin(engagementSurveyRounds, eq(engagementSurveyRounds.id, engagementSurveyHeldAnswers.roundId))
    .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
    .where(eq(engagementSurveyHeldAnswers.organizationId, options.organizationId))
    .groupBy(
      engagementSurveyHeldAnswers.roundId,
      engagementSurveyRounds.closed,
      engagementSurveys.anonymityThreshold,
    );
  let released = 0;
  for (const round of waiting) {
    const minimum = round.closed ? 0 : round.threshold;
    if (Number(round.held) < minimum) continue;
    released += await inTransaction(db, (tx) => releaseHeldAnswers(tx, { roundId: round.roundId, minimum }));
  }
  return released;
}
