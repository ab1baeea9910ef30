import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { type Issue, issue } from '../../../../contracts/issues';
import type { answerSurveyRequest } from '../../../../contracts/surveys';
import { sha256 } from '../../../platform/auth/tokens';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, notFound, validationFailed } from '../../../platform/errors/appError';
import type { QuestionRow, RoundRow, SurveyRow } from '../queries';
import {
  engagementSurveyHeldAnswers,
  engagementSurveyLinks,
  engagementSurveyParticipants,
  engagementSurveyQuestions,
  engagementSurveyRounds,
  engagementSurveys,
} from '../tables';

type Answer = z.output<typeof answerSurveyRequest>;
export type ParticipantRow = typeof engagementSurveyParticipants.$inferSelect;

/** Who is answering: the signed-in person for a round, or the holder of an emailed link. */
export type Respondent =
  | { kind: 'person'; organizationId: string; personId: string; roundId: string }
  | { kind: 'link'; token: string };

export interface Invitation {
  participant: ParticipantRow;
  round: RoundRow;
  survey: SurveyRow;
  questions: QuestionRow[];
}

const invalidLink = () =>
  new AppError('invalid_token', undefined, { fieldIssues: { token: issue('linkExpired') } });

/**
 * The invitation behind a respondent, with the round's questions. A person not invited to the round
 * gets 404; a link that is unknown, used or expired gets 400 `invalid_token`.
 */
export async function findInvitation(db: Db, respondent: Respondent): Promise<Invitation> {
  let participant: ParticipantRow | undefined;
  if (respondent.kind === 'person') {
    [participant] = await db
      .select()
      .from(engagementSurveyParticipants)
      .where(
        and(
          eq(engagementSurveyParticipants.organizationId, respondent.organizationId),
          eq(engagementSurveyParticipants.roundId, respondent.roundId),
          eq(engagementSurveyParticipants.personId, respondent.personId),
        ),
      );
    if (!participant) throw notFound('Survey round');
  } else {
    const [row] = await db
      .select({ participant: engagementSurveyParticipants })
      .from(engagementSurveyLinks)
      .innerJoin(
        engagementSurveyParticipants,
        eq(engagementSurveyParticipants.id, engagementSurveyLinks.participantId),
      )
      .where(usableLink(respondent.token));
    if (!row) throw invalidLink();
    participant = row.participant;
  }
  const [found] = await db
    .select({ round: engagementSurveyRounds, survey: engagementSurveys })
    .from(engagementSurveyRounds)
    .innerJoin(engagementSurveys, eq(engagementSurveys.id, engagementSurveyRounds.surveyId))
    .where(eq(engagementSurveyRounds.id, participant.roundId));
  const questions = await db
    .select()
    .from(engagementSurveyQuestions)
    .where(inArray(engagementSurveyQuestions.id, found!.round.questionIds))
    .orderBy(engagementSurveyQuestions.position);
  return { participant, round: found!.round, survey: found!.survey, questions };
}

const usableLink = (token: string) =>
  and(
    eq(engagementSurveyLinks.tokenHash, sha256(token)),
    isNull(engagementSurveyLinks.usedAt),
    gt(engagementSurveyLinks.expiresAt, new Date()),
  );

/** 409 when the invitation can no longer be answered: answered already, or the round closed. */
export function assertAnswerable(invitation: Invitation, today: string) {
  if (invitation.participant.responded) throw new AppError('already_exists', issue('surveyAlreadyAnswered'));
  if (invitation.round.closed || today > invitation.round.closesOn)
    throw new AppError('invalid_state', issue('surveyRoundClosed'));
}

/** Every Likert item of the round answered 1–5, the eNPS item 0–10, comments only where asked. */
export function checkAnswers(questions: QuestionRow[], answer: Answer) {
  const problems: Record<string, Issue> = {};
  const byId = new Map(questions.map((q) => [q.id, q]));
  for (const q of questions) {
    if (q.kind === 'likert' && answer.likert[q.id] === undefined)
      problems[`likert.${q.id}`] = issue('surveyAnswerRequired');
  }
  for (const id of Object.keys(answer.likert))
    if (byId.get(id)?.kind !== 'likert') problems[`likert.${id}`] = issue('surveyNotAsked');
  const enps = questions.find((q) => q.kind === 'enps');
  if (enps && answer.enps === null) problems.enps = issue('surveyAnswerRequired');
  if (!enps && answer.enps !== null) problems.enps = issue('surveyNotAsked');
  for (const id of Object.keys(answer.comments))
    if (byId.get(id)?.kind !== 'comment') problems[`comments.${id}`] = issue('surveyNotAsked');
  if (Object.keys(problems).length) throw validationFailed(problems);
}

/**
 * Stores an answer set anonymously (SPEC S1.3; anchors §7.3):
 * 1. validates everything first, so nothing is written for a bad answer;
 * 2. one transaction marks the invitation answered (the day only) and spends the link — the
 *    conditional update makes a second answer 409 even under a race — and holds the answer in
 *    `engagement_survey_held_answers` with the launch-day buckets only: no person, participant,
 *    link, session, address or time. The response rows are written later by a release
 *    (releaseAnswers.ts: many answers at once, shuffled), so their transaction id and physical
 *    order say nothing about who answered; the held row, linkable while it waits, is deleted then.
 * No audit event, notification or log line is written per answer: each would tie a moment, and so
 * a person, to an answer.
 */
export async function answerSurvey(
  db: Db,
  options: { respondent: Respondent; answer: Answer; today: string },
): Promise<void> {
  const { respondent, answer, today } = options;
  const invitation = await findInvitation(db, respondent);
  assertAnswerable(invitation, today);
  checkAnswers(invitation.questions, answer);
  const { participant, round, survey } = invitation;

  await inTransaction(db, async (tx) => {
    // Shares the survey row with other answers; a change of the anonymity rules waits (and then sees this one).
    await tx
      .select({ id: engagementSurveys.id })
      .from(engagementSurveys)
      .where(eq(engagementSurveys.id, survey.id))
      .for('share');
    // Shares the round row: a close (which flushes the held answers) waits for this answer, or
    // went first and this answer is refused — none is left behind after the close.
    const [current] = await tx
      .select({ closed: engagementSurveyRounds.closed })
      .from(engagementSurveyRounds)
      .where(eq(engagementSurveyRounds.id, round.id))
      .for('share');
    if (!current || current.closed) throw new AppError('invalid_state', issue('surveyRoundClosed'));
    if (respondent.kind === 'link') {
      const spent = await tx
        .update(engagementSurveyLinks)
        .set({ usedAt: new Date() })
        .where(usableLink(respondent.token))
        .returning({ id: engagementSurveyLinks.participantId });
      if (!spent.length) throw invalidLink();
    }
    const marked = await tx
      .update(engagementSurveyParticipants)
      .set({ responded: true, respondedOn: today })
      .where(
        and(
          eq(engagementSurveyParticipants.id, participant.id),
          eq(engagementSurveyParticipants.responded, false),
        ),
      )
      .returning({ id: engagementSurveyParticipants.id });
    if (!marked.length) throw new AppError('already_exists', issue('surveyAlreadyAnswered'));
    await tx.insert(engagementSurveyHeldAnswers).values({
      organizationId: survey.organizationId,
      roundId: round.id,
      bucketDepartmentId: participant.snapshotDepartmentId,
      bucketTenureBand: participant.snapshotTenureBand,
      bucketManagerChain: participant.snapshotManagerChain,
      likertScores: answer.likert,
      enpsScore: answer.enps,
      heldComments: Object.entries(answer.comments)
        .map(([questionId, text]) => ({ questionId, text: text.trim() }))
        .filter((c) => c.text.length > 0),
    });
  });
}
