import { and, asc, eq, inArray } from 'drizzle-orm';
import { people } from '../../../org/tables';
import { accounts } from '../../../platform/auth/tables';
import { newSecretToken, sha256 } from '../../../platform/auth/tokens';
import { addDays } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { enqueueJob } from '../../../platform/jobs/queue';
import { registerJobHandler } from '../../../platform/jobs/registry';
import type { JobHandler } from '../../../platform/jobs/types';
import type { Mailer } from '../../../platform/mail/mailer';
import {
  engagementSurveyLinks,
  engagementSurveyParticipants,
  engagementSurveyRounds,
  engagementSurveys,
} from '../tables';
import { surveyLinkEmail } from './linkEmail';

/** Invitations mailed per batch; a run sends a few batches and queues itself again for the rest. */
export const INVITATION_BATCH = 200;
const BATCHES_PER_RUN = 5;
/** An SMTP server that refuses this many in a row is down: the run stops and the queue retries later. */
const CONSECUTIVE_FAILURES_TO_STOP = 3;

export const surveyInvitationEmailsJobName = 'survey-invitation-emails';

/**
 * Asks the queue to mail a launched round's invitations. Called in the launch's transaction, so
 * the job exists if and only if the round does; the dedupe key keeps it to one per round.
 */
export async function enqueueInvitationEmails(
  tx: Db,
  options: { organizationId: string; roundId: string },
): Promise<void> {
  await enqueueJob(tx, {
    name: surveyInvitationEmailsJobName,
    organizationId: options.organizationId,
    payload: { roundId: options.roundId },
    dedupeKey: `${surveyInvitationEmailsJobName}:${options.roundId}`,
  });
}

export interface InvitationBatchResult {
  sent: number;
  failed: number;
  /** Invitations still to mail after this batch (0 when done, or when the round closed meanwhile). */
  remaining: number;
}

/**
 * Mails up to `limit` invitations of a round that have not gone out yet, each in a transaction of
 * its own: the participant row is marked mailed (the conditional update also locks it, so two
 * workers never both send), a fresh one-time link is stored as its hash, and the message goes out
 * — all three commit together or not at all. A failed send leaves the person unmarked for the next
 * run; people already answered (in the app) and closed rounds get no mail. The link exists only
 * here, in the message (never in the queue row or the outbox copy).
 */
export async function sendRoundInvitations(
  db: Db,
  options: { organizationId: string; roundId: string; mailer: Mailer; publicUrl: string; limit?: number },
): Promise<InvitationBatchResult> {
  const { organizationId, roundId, mailer, publicUrl } = options;
  const limit = options.limit ?? INVITATION_BATCH;
  const [found] = await db
    .select({ round: engagementSurveyRounds, surveyName: engagementSurveys.name })
    .from(engagementSurveyRounds)
    .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
    .where(
      and(eq(engagementSurveyRounds.id, roundId), eq(engagementSurveyRounds.organizationId, organizationId)),
    );
  if (!found || found.round.closed) return { sent: 0, failed: 0, remaining: 0 };
  const { round, surveyName } = found;

  const waiting = and(
    eq(engagementSurveyParticipants.roundId, roundId),
    eq(engagementSurveyParticipants.invitationMailed, false),
    eq(engagementSurveyParticipants.responded, false),
  );
  const batch = await db
    .select({ id: engagementSurveyParticipants.id, personId: engagementSurveyParticipants.personId })
    .from(engagementSurveyParticipants)
    .where(waiting)
    .orderBy(asc(engagementSurveyParticipants.personId))
    .limit(limit + 1);
  const more = batch.length > limit;
  const todo = batch.slice(0, limit);
  if (todo.length === 0) return { sent: 0, failed: 0, remaining: 0 };

  const personIds = todo.map((p) => p.personId);
  const emailOf = new Map(
    (
      await db
        .select({ id: people.id, email: people.email })
        .from(people)
        .where(inArray(people.id, personIds))
    ).map((p) => [p.id, p.email]),
  );
  const localeOf = new Map(
    (
      await db
        .select({ personId: accounts.personId, locale: accounts.locale })
        .from(accounts)
        .where(and(eq(accounts.organizationId, organizationId), inArray(accounts.personId, personIds)))
    ).map((a) => [a.personId, a.locale]),
  );
  // The link works until the end of the closing day (UTC), single use; only its hash is stored.
  const expiresAt = new Date(`${addDays(round.closesOn, 1)}T00:00:00Z`);

  let sent = 0;
  let failed = 0;
  let failedInRow = 0;
  for (const participant of todo) {
    const to = emailOf.get(participant.personId);
    if (!to) continue;
    try {
      const mailed = await inTransaction(db, async (tx) => {
        const claimed = await tx
          .update(engagementSurveyParticipants)
          .set({ invitationMailed: true })
          .where(and(eq(engagementSurveyParticipants.id, participant.id), waiting))
          .returning({ id: engagementSurveyParticipants.id });
        if (claimed.length === 0) return false;
        const token = newSecretToken();
        await tx
          .insert(engagementSurveyLinks)
          .values({ tokenHash: sha256(token), participantId: participant.id, expiresAt });
        await mailer.send(tx, {
          organizationId,
          kind: 'survey.invitation',
          to,
          ...surveyLinkEmail(localeOf.get(participant.personId) ?? 'en', surveyName, round.closesOn),
          oneTimeLink: `${publicUrl}/surveys/answer?token=${token}`,
        });
        return true;
      });
      if (mailed) sent += 1;
      failedInRow = 0;
    } catch {
      failed += 1;
      failedInRow += 1;
      if (failedInRow >= CONSECUTIVE_FAILURES_TO_STOP) break;
    }
  }
  return { sent, failed, remaining: more || failed > 0 ? await countWaiting(db, roundId) : 0 };
}

async function countWaiting(db: Db, roundId: string): Promise<number> {
  const rows = await db
    .select({ id: engagementSurveyParticipants.id })
    .from(engagementSurveyParticipants)
    .where(
      and(
        eq(engagementSurveyParticipants.roundId, roundId),
        eq(engagementSurveyParticipants.invitationMailed, false),
        eq(engagementSurveyParticipants.responded, false),
      ),
    )
    .limit(INVITATION_BATCH * BATCHES_PER_RUN + 1);
  return rows.length;
}

/**
 * The queue's handler: a few batches per run, then the job queues itself again for the rest, so a
 * launch to 100,000 people never holds one worker for long. Any failed send fails the attempt (the
 * queue retries it after a growing pause); what was sent stays marked, so no retry mails twice.
 */
export const surveyInvitationEmailsHandler: JobHandler = {
  name: surveyInvitationEmailsJobName,
  maxAttempts: 8,
  async run({ db, mailer, config, organizationId, payload }) {
    const roundId = typeof payload.roundId === 'string' ? payload.roundId : null;
    if (!organizationId || !roundId) return undefined;
    let sent = 0;
    for (let run = 0; run < BATCHES_PER_RUN; run++) {
      const batch = await sendRoundInvitations(db, {
        organizationId,
        roundId,
        mailer,
        publicUrl: config.publicUrl,
      });
      sent += batch.sent;
      if (batch.failed > 0)
        throw new Error(
          `${batch.failed} survey invitation email(s) could not be sent (${sent} sent); the rest are retried`,
        );
      if (batch.remaining === 0) return sent > 0 ? `sent ${sent} survey invitation email(s)` : undefined;
    }
    await enqueueJob(db, { name: surveyInvitationEmailsJobName, organizationId, payload: { roundId } });
    return `sent ${sent} survey invitation email(s); the rest follow in the next run`;
  },
};
registerJobHandler(surveyInvitationEmailsHandler);
