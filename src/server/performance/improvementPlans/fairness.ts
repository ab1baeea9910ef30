import { eq, type SQL, sql } from 'drizzle-orm';
import {
  type FairnessSettings,
  fairnessSettingsOf,
  type PipFairness,
} from '../../../contracts/improvementPlans';
import { type Issue, issue } from '../../../contracts/issues';
import { organizations } from '../../org/tables';
import { organizationTimeZone } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { daysBetween } from './schedule';

/**
 * The fairness check HR runs before publishing a plan (issue 12 item 11), as the organisation set
 * it up (`settings`, edited on the admin settings page):
 * - prior feedback: documented feedback, a goal check-in or a review about the person within the
 *   last N months — a plan must never be the first the person hears of a problem;
 * - a minimum duration, so there is time to improve;
 * - at least one expectation, shown to the employee (not configurable: a plan the employee cannot
 *   read is not a plan they can meet).
 * Only performance-track records count (feedback, goal check-ins, reviews); nothing from the growth
 * track is read (SPEC S1.1). The check reports counts and a date, never the records' content.
 */
export async function fairnessSettings(db: Db, organizationId: string): Promise<FairnessSettings> {
  const [org] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, organizationId));
  return fairnessSettingsOf(org?.settings ?? {});
}

/** The calendar date `months` months before an ISO date (the day clamped to the month's end). */
export function monthsBefore(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

export interface PriorRecords {
  feedback: number;
  goalCheckIns: number;
  reviews: number;
  lastOn: string | null;
}

/**
 * Performance records about the person since a date (in the organisation's zone): feedback to them
 * that their manager chain may read (`recipient_and_manager`; private feedback is between two people
 * and documents nothing for anyone else), check-ins on their own goals, and reviews released to them.
 */
export async function priorRecords(
  db: Db,
  input: { organizationId: string; personId: string; since: string },
): Promise<PriorRecords> {
  const zone = await organizationTimeZone(db, input.organizationId);
  const onDay = (column: SQL) => sql`(${column} AT TIME ZONE ${zone})::date`;
  const [row] = await queryRows<{ feedback: number; goals: number; reviews: number; last_on: string | null }>(
    db,
    sql`
    WITH found(source, on_day) AS (
      SELECT 'feedback', ${onDay(sql`f.created_at`)} FROM feedback_items f
       WHERE f.organization_id = ${input.organizationId} AND f.recipient_id = ${input.personId}
         AND f.kind = 'feedback' AND f.visibility = 'recipient_and_manager'
      UNION ALL
      SELECT 'goal', ${onDay(sql`c.checked_in_at`)} FROM goal_check_ins c JOIN goals g ON g.id = c.goal_id
       WHERE g.organization_id = ${input.organizationId} AND g.level = 'personal'
         AND g.owner_person_id = ${input.personId}
      UNION ALL
      SELECT 'review', ${onDay(sql`r.released_at`)} FROM reviews r
       WHERE r.organization_id = ${input.organizationId} AND r.subject_id = ${input.personId}
         AND r.released_at IS NOT NULL
    )
    SELECT count(*) FILTER (WHERE source = 'feedback')::int AS feedback,
           count(*) FILTER (WHERE source = 'goal')::int AS goals,
           count(*) FILTER (WHERE source = 'review')::int AS reviews,
           max(on_day)::text AS last_on
      FROM found WHERE on_day >= ${input.since}::date`,
  );
  return {
    feedback: Number(row?.feedback ?? 0),
    goalCheckIns: Number(row?.goals ?? 0),
    reviews: Number(row?.reviews ?? 0),
    lastOn: row?.last_on ?? null,
  };
}

/** The check's verdict from what was found; pure, so every branch is tested without a database. */
export function evaluateFairness(input: {
  settings: FairnessSettings;
  today: string;
  prior: PriorRecords;
  plan: { startDate: string; endDate: string; expectations: number; expectationsVisibility: string };
}): PipFairness {
  const { settings, prior, plan } = input;
  const since = monthsBefore(input.today, settings.priorFeedbackMonths);
  const anyPrior = prior.feedback + prior.goalCheckIns + prior.reviews > 0;
  const durationDays = daysBetween(plan.startDate, plan.endDate);
  const priorFeedback = {
    required: settings.requirePriorFeedback,
    passed: !settings.requirePriorFeedback || anyPrior,
    months: settings.priorFeedbackMonths,
    since,
    ...prior,
  };
  const minimumDuration = {
    passed: durationDays >= settings.minimumDurationDays,
    durationDays,
    minimumDays: settings.minimumDurationDays,
  };
  const expectationsShared = {
    passed: plan.expectations > 0 && plan.expectationsVisibility === 'employee',
    expectations: plan.expectations,
  };
  return {
    passed: priorFeedback.passed && minimumDuration.passed && expectationsShared.passed,
    priorFeedback,
    minimumDuration,
    expectationsShared,
  };
}

/** What a failed check misses, by the input it is about: the reason publishing names. */
export function fairnessIssues(result: PipFairness): Record<string, Issue> {
  const issues: Record<string, Issue> = {};
  if (!result.priorFeedback.passed)
    issues.priorFeedback = issue('pipNoPriorFeedback', { months: result.priorFeedback.months });
  if (!result.minimumDuration.passed)
    issues.endDate = issue('pipTooShort', {
      days: result.minimumDuration.durationDays,
      minimum: result.minimumDuration.minimumDays,
    });
  if (!result.expectationsShared.passed) issues.expectations = issue('pipExpectationsNotShared');
  return issues;
}
