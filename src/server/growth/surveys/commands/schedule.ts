import { and, eq, lt, lte, ne, sql } from 'drizzle-orm';
import { organizationToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError } from '../../../platform/errors/appError';
import {
  engagementSurveyLinks,
  engagementSurveyParticipants,
  engagementSurveyRounds,
  engagementSurveys,
} from '../tables';
import { launchRound, nextLaunchAfter } from './launchRound';
import { releaseDueAnswers, releaseHeldAnswers } from './releaseAnswers';

/**
 * Closes a round: no more answers, its unused links stop working (their hashes are dropped), and
 * every answer still held is released, so the round's results include all of them. An answer
 * in flight holds the round row shared (answerSurvey.ts): the update waits for it, and the release
 * then sees it.
 */
export async function closeRound(tx: Db, roundId: string): Promise<void> {
  await tx.update(engagementSurveyRounds).set({ closed: true }).where(eq(engagementSurveyRounds.id, roundId));
  await releaseHeldAnswers(tx, { roundId, minimum: 0 });
  await tx
    .delete(engagementSurveyLinks)
    .where(
      sql`${engagementSurveyLinks.participantId} IN (SELECT id FROM ${engagementSurveyParticipants} WHERE ${engagementSurveyParticipants.roundId} = ${roundId})`,
    );
}

/**
 * The pulse job's work for one organisation (jobs.ts `survey-pulses`): closes rounds whose closing
 * day has passed (releasing their held answers), releases the held answers of open rounds where at
 * least the anonymity threshold of them wait, then launches the rounds of recurring pulses that
 * are due today. Idempotent: a launched survey's next day moves on in the launch's transaction, so
 * a rerun launches nothing twice.
 * A due survey whose audience is all resting (fatigue guard) or empty waits for the next period.
 */
export async function runPulseSchedule(options: {
  db: Db;
  organizationId: string;
  now?: Date;
}): Promise<{ closed: number; released: number; launched: number }> {
  const { db, organizationId } = options;
  const today = await organizationToday(db, organizationId, options.now);
  const closed = await inTransaction(db, async (tx) => {
    const due = await tx
      .select({ id: engagementSurveyRounds.id })
      .from(engagementSurveyRounds)
      .where(
        and(
          eq(engagementSurveyRounds.organizationId, organizationId),
          eq(engagementSurveyRounds.closed, false),
          lt(engagementSurveyRounds.closesOn, today),
        ),
      );
    for (const round of due) await closeRound(tx, round.id);
    return due.length;
  });
  // Open rounds with enough answers waiting release them, shuffled (releaseAnswers.ts).
  const released = await releaseDueAnswers(db, { organizationId });
  const dueSurveys = await db
    .select({ id: engagementSurveys.id })
    .from(engagementSurveys)
    .where(
      and(
        eq(engagementSurveys.organizationId, organizationId),
        eq(engagementSurveys.ended, false),
        ne(engagementSurveys.schedule, 'one_off'),
        lte(engagementSurveys.nextRoundOn, today),
      ),
    );
  let launched = 0;
  for (const { id } of dueSurveys) {
    const done = await inTransaction(db, async (tx) => {
      const [survey] = await tx
        .select()
        .from(engagementSurveys)
        .where(eq(engagementSurveys.id, id))
        .for('update');
      if (!survey || survey.ended || !survey.nextRoundOn || survey.nextRoundOn > today) return false;
      try {
        await launchRound(tx, { survey, today });
        return true;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'invalid_state') throw error;
        // Everyone resting or nobody in the audience: this period is skipped, not retried hourly.
        await tx
          .update(engagementSurveys)
          .set({ nextRoundOn: nextLaunchAfter(survey.schedule, today) })
          .where(eq(engagementSurveys.id, survey.id));
        return false;
      }
    });
    if (done) launched += 1;
  }
  return { closed, released, launched };
}
