import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import type { TenureBand } from '../../../../contracts/surveys';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import { addDays } from '../../../platform/clock';
import { type Db, queryRows } from '../../../platform/db/client';
import { AppError } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import { type QuestionRow, questionsOf, recentlyInvited, type SurveyRow } from '../queries';
import { engagementSurveyParticipants, engagementSurveyRounds, engagementSurveys } from '../tables';
import { enqueueInvitationEmails } from './invitationEmails';

/** The next launch day of a recurring pulse after `from`. */
export function nextLaunchAfter(schedule: SurveyRow['schedule'], from: string): string | null {
  if (schedule === 'weekly') return addDays(from, 7);
  if (schedule === 'fortnightly') return addDays(from, 14);
  if (schedule === 'monthly') {
    const d = new Date(`${from}T00:00:00Z`);
    d.setUTCMonth(d.getUTCMonth() + 1);
    return d.toISOString().slice(0, 10);
  }
  return null;
}

/**
 * The questions of round `roundNumber` (1-based): with a rotation, `driversPerRound` drivers taken
 * in turn from the drivers of the survey's Likert items (in their order), all items of those
 * drivers; always the eNPS item and the comment prompts.
 */
export function rotationFor(questions: QuestionRow[], driversPerRound: number | null, roundNumber: number) {
  const drivers = [...new Set(questions.filter((q) => q.kind === 'likert').map((q) => q.driver!))];
  let asked = new Set(drivers);
  if (driversPerRound !== null && driversPerRound < drivers.length) {
    const start = ((roundNumber - 1) * driversPerRound) % drivers.length;
    asked = new Set(
      Array.from({ length: driversPerRound }, (_, i) => drivers[(start + i) % drivers.length]!),
    );
  }
  return questions.filter((q) => q.kind !== 'likert' || asked.has(q.driver!)).map((q) => q.id);
}

export function tenureBandOf(hireDate: string, today: string): TenureBand {
  const years =
    (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${hireDate}T00:00:00Z`)) / (365.25 * 86_400_000);
  if (years < 1) return 'under_1y';
  if (years < 2) return '1_2y';
  if (years < 5) return '2_5y';
  return '5y_plus';
}

/** Every person's current managers, nearest first, in one walk of the reporting lines. */
export async function managerChains(tx: Db, organizationId: string): Promise<Map<string, string[]>> {
  const rows = await queryRows<{ person_id: string; chain: string[] | string }>(
    tx,
    sql`WITH RECURSIVE chain(person_id, manager_id, depth) AS (
          SELECT id, manager_id, 1 FROM people
           WHERE organization_id = ${organizationId} AND manager_id IS NOT NULL
          UNION ALL
          SELECT c.person_id, p.manager_id, c.depth + 1 FROM chain c JOIN people p ON p.id = c.manager_id
           WHERE p.manager_id IS NOT NULL AND c.depth < 64
        )
        SELECT person_id, array_agg(manager_id::text ORDER BY depth) AS chain FROM chain GROUP BY person_id`,
  );
  const parse = (v: string[] | string) =>
    Array.isArray(v)
      ? v
      : v
          .replace(/^\{|\}$/g, '')
          .split(',')
          .filter(Boolean);
  return new Map(rows.map((r) => [r.person_id, parse(r.chain)]));
}

/**
 * Why a launch invited nobody, for HR to act on: how many in the audience are resting (fatigue
 * guard) and the first day one of them may be asked again; `resting: 0` means the audience is empty.
 */
async function nobodyInvitedParams(
  tx: Db,
  survey: SurveyRow,
  audience: { id: string }[],
  since: string,
): Promise<{ resting: number; availableOn?: string }> {
  if (audience.length === 0) return { resting: 0 };
  const [row] = await queryRows<{ first: string | null }>(
    tx,
    sql`SELECT min(last)::text AS first FROM (
          SELECT max(invited_on) AS last FROM ${engagementSurveyParticipants}
           WHERE organization_id = ${survey.organizationId}
             AND invited_on >= ${since}
             -- One array parameter, however large the audience (a list would meet the parameter limit).
             AND person_id = ANY(${`{${audience.map((p) => p.id).join(',')}}`}::uuid[])
           GROUP BY person_id) AS latest`,
  );
  return {
    resting: audience.length,
    ...(row?.first ? { availableOn: addDays(row.first.slice(0, 10), 7) } : {}),
  };
}

export interface LaunchResult {
  roundId: string;
  invited: number;
  skippedForFatigue: number;
}

/**
 * Launches a round of a survey on `today` (SPEC S5; issue 14 item 6): picks the round's questions,
 * snapshots every invited person's department, tenure band and manager chain as of today (current
 * directory data is today's), skips anyone who had a pulse in the last seven days (fatigue guard,
 * counted on the round), and invites the rest: in-app at once, and by email with a one-time link
 * (working without signing in until the round closes) through a job queued in this transaction.
 * The caller holds the survey row locked.
 */
export async function launchRound(
  tx: Db,
  options: {
    survey: SurveyRow;
    today: string;
    actorAccountId?: string | null;
  },
): Promise<LaunchResult> {
  const { survey, today } = options;
  if (survey.ended) throw new AppError('invalid_state', issue('surveyEnded'));
  const questions = await questionsOf(tx, survey.id);
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${engagementSurveyRounds.roundNumber}), 0)`.mapWith(Number) })
    .from(engagementSurveyRounds)
    .where(eq(engagementSurveyRounds.surveyId, survey.id));
  const roundNumber = (last?.n ?? 0) + 1;
  const audience = await tx
    .select({
      id: people.id,
      hireDate: people.hireDate,
      departmentId: people.departmentId,
    })
    .from(people)
    .where(
      and(
        eq(people.organizationId, survey.organizationId),
        ne(people.status, 'terminated'),
        sql`${people.hireDate} <= ${today}`,
        survey.audienceKind === 'departments' && survey.audienceDepartmentIds.length
          ? inArray(people.departmentId, survey.audienceDepartmentIds)
          : undefined,
      ),
    );
  const since = addDays(today, -6);
  const recent = await recentlyInvited(tx, survey.organizationId, since);
  const invitees = audience.filter((p) => !recent.has(p.id));
  const skippedForFatigue = audience.length - invitees.length;
  if (invitees.length === 0)
    throw new AppError(
      'invalid_state',
      issue('surveyNobodyInvited', await nobodyInvitedParams(tx, survey, audience, since)),
    );

  const closesOn = addDays(today, survey.openDays);
  const [round] = await tx
    .insert(engagementSurveyRounds)
    .values({
      organizationId: survey.organizationId,
      surveyId: survey.id,
      roundNumber,
      opensOn: today,
      closesOn,
      questionIds: rotationFor(questions, survey.driversPerRound, roundNumber),
      skippedForFatigue,
    })
    .returning({ id: engagementSurveyRounds.id });
  const roundId = round!.id;

  const chains = await managerChains(tx, survey.organizationId);
  const participants = await tx
    .insert(engagementSurveyParticipants)
    .values(
      invitees.map((p) => ({
        organizationId: survey.organizationId,
        roundId,
        personId: p.id,
        snapshotDepartmentId: p.departmentId,
        snapshotTenureBand: tenureBandOf(p.hireDate, today),
        snapshotManagerChain: chains.get(p.id) ?? [],
        invitedOn: today,
      })),
    )
    .returning({ id: engagementSurveyParticipants.id, personId: engagementSurveyParticipants.personId });

  // The emails go out from the queue (invitationEmails.ts), in batches and each once: a launch to a
  // large organisation does not hold this transaction, and a mail failure cannot undo the launch.
  await enqueueInvitationEmails(tx, { organizationId: survey.organizationId, roundId });
  await notify(
    tx,
    participants.map((p) => ({
      organizationId: survey.organizationId,
      recipientId: p.personId,
      kind: 'survey.invited' as const,
      params: { survey: survey.name, due: closesOn },
      link: `/surveys/rounds/${roundId}`,
    })),
  );
  await tx
    .update(engagementSurveys)
    .set({ nextRoundOn: survey.schedule === 'one_off' ? null : nextLaunchAfter(survey.schedule, today) })
    .where(eq(engagementSurveys.id, survey.id));
  await recordAuditEvent(tx, {
    organizationId: survey.organizationId,
    actorAccountId: options.actorAccountId ?? null,
    action: 'survey.round_launched',
    targetType: 'engagement_survey',
    targetId: survey.id,
    after: { roundNumber, opensOn: today, closesOn },
  });
  return { roundId, invited: participants.length, skippedForFatigue };
}
