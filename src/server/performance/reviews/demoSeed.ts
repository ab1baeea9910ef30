import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { demoAccounts } from '../../org/seed/demoRoster';
import { addDays, daysBetween, SeededRandom } from '../../org/seed/random';
import { type AuditInput, recordAuditEvents } from '../../platform/audit/record';
import { type Db, queryRows } from '../../platform/db/client';
import { type DemoContext, workFamily } from '../../seed/demoContext';
import {
  acknowledgmentComments,
  demoTemplateContent,
  moveRationales,
  proposedRatingWeights,
} from '../calibration/demo/reviewContent';
import { type Participant, ReviewWriter } from '../calibration/demo/reviewWriter';
import { calibrationApprovers, calibrationMoves, calibrationSessions } from '../calibration/tables';
import { type ReviewState, reviewCycles, reviewTemplates } from './tables';

/**
 * The demo's reviews: one template, one completed cycle (the previous half-year: written, calibrated
 * in a locked session with a few explained moves, released and mostly acknowledged) and one active
 * cycle in the manager-review phase (self reviews mostly in, manager reviews partly drafted).
 * The demo employee has a released, acknowledged review and one waiting for their manager; the demo
 * manager has reviews to write. Deterministic content (SeededRandom), set-based inserts.
 */
export async function seedDemoReviews(tx: Db, context: DemoContext): Promise<void> {
  const random = new SeededRandom(2_026_031);
  const { organizationId } = context;
  const logins = await loginsOf(tx, organizationId);
  const [template] = await tx
    .insert(reviewTemplates)
    .values({
      organizationId,
      name: 'Half-year performance review',
      description: 'Results against goals, three behaviours, and a look back. Ratings from 1 to 5.',
      content: demoTemplateContent,
    })
    .returning({ id: reviewTemplates.id });
  const { active, past } = demoPeriods(context.today);
  const writer = new ReviewWriter(organizationId);

  // ---- The completed cycle ----
  const pastDue = {
    selfReviewDue: addDays(active.start, 14),
    managerReviewDue: addDays(active.start, 28),
    calibrationDue: addDays(active.start, 42),
    releaseDue: addDays(active.start, 49),
    acknowledgeDue: addDays(active.start, 63),
  };
  const pastCycleId = await insertCycle(tx, organizationId, template!.id, {
    name: `${past.name} performance review`,
    period: past,
    due: pastDue,
    status: 'closed',
    launchedOn: addDays(active.start, 1),
  });
  const pastPeople = await participants(tx, organizationId, past.start, addDays(active.start, 1));
  const sessionId = randomUUID();
  const pastReviews = pastPeople.map((person) => {
    const proposed: number = random.weighted(proposedRatingWeights);
    return { person, proposed, final: proposed, review: randomUUID() };
  });
  // A few explained moves, never of the demo logins, so the demo employee's history stays simple.
  const movable = pastReviews.filter(
    (r) => !logins.personas.has(r.person.id) && r.proposed > 1 && r.proposed < 5,
  );
  const moves = moveRationales.slice(0, Math.min(4, movable.length)).map((rationale, index) => {
    const target = movable[(index * 7 + 3) % movable.length]!;
    const up = /one step up|larger than/.test(rationale);
    target.final = target.proposed + (up ? 1 : -1);
    return {
      target,
      rationale,
      at: new Date(`${addDays(pastDue.calibrationDue, -2)}T09:${10 + index * 7}:00Z`),
    };
  });
  for (const entry of pastReviews) {
    const isEmployee = entry.person.id === logins.employee;
    const releasedOn = addDays(pastDue.releaseDue, -random.int(0, 6));
    const acknowledged = isEmployee || random.chance(0.85);
    const ackOn = addDays(releasedOn, random.int(1, 9));
    writer.review({
      id: entry.review,
      cycleId: pastCycleId,
      person: entry.person,
      state: acknowledged ? 'acknowledged' : 'released',
      proposed: entry.proposed,
      final: entry.final,
      sessionId,
      addendum:
        entry.final !== entry.proposed
          ? 'Calibration compared this review with the rest of the level and changed the rating; my written feedback stands as it is.'
          : null,
      releasedAt: at(releasedOn, 14),
      acknowledgedAt: acknowledged ? at(ackOn, 10) : null,
      comment:
        acknowledged && (isEmployee || random.chance(0.35)) ? random.pick(acknowledgmentComments) : null,
    });
    writer.form(
      entry.review,
      'self',
      entry.person.id,
      at(addDays(pastDue.selfReviewDue, -random.int(0, 5)), 16),
      entry.proposed,
      random,
      true,
      'all',
      workFamily(entry.person.departmentName),
    );
    writer.form(
      entry.review,
      'manager',
      entry.person.reviewerId,
      at(addDays(pastDue.managerReviewDue, -random.int(0, 6)), 11),
      entry.proposed,
      random,
      true,
      'all',
      workFamily(entry.person.departmentName),
    );
  }

  // ---- The active cycle, in the manager-review phase ----
  const activeDue = {
    selfReviewDue: addDays(context.today, -5),
    managerReviewDue: addDays(context.today, 10),
    calibrationDue: addDays(context.today, 24),
    releaseDue: addDays(context.today, 35),
    acknowledgeDue: addDays(context.today, 49),
  };
  const launchedOn = addDays(activeDue.selfReviewDue, -21);
  const activeCycleId = await insertCycle(tx, organizationId, template!.id, {
    name: `${active.name} performance review`,
    period: active,
    due: activeDue,
    status: 'active',
    launchedOn,
  });
  for (const person of await participants(tx, organizationId, active.start, launchedOn)) {
    const id = randomUUID();
    const anchor = random.weighted(proposedRatingWeights);
    const isEmployee = person.id === logins.employee;
    const demoManagersTeam = person.reviewerId === logins.manager;
    const selfDone = isEmployee || random.chance(demoManagersTeam ? 0.75 : 0.88);
    // The demo manager's reviews are all still to write; elsewhere some managers are done early.
    const managerDone = selfDone && !demoManagersTeam && random.chance(0.3);
    const managerStarted = selfDone && !managerDone && (isEmployee || random.chance(0.45));
    const state: ReviewState = managerDone ? 'submitted' : selfDone ? 'manager_review' : 'self_review';
    writer.review({ id, cycleId: activeCycleId, person, state, proposed: managerDone ? anchor : null });
    const selfAt = at(addDays(activeDue.selfReviewDue, -random.int(0, 8)), 15);
    const family = workFamily(person.departmentName);
    writer.form(id, 'self', person.id, selfAt, anchor, random, selfDone, selfDone ? 'all' : 'some', family);
    const managerAt = at(addDays(context.today, -random.int(0, 3)), 12);
    writer.form(
      id,
      'manager',
      person.reviewerId,
      managerAt,
      anchor,
      random,
      managerDone,
      managerDone ? 'all' : managerStarted ? 'some' : 'none',
      family,
    );
  }

  await writer.flush(tx);
  await insertPastSession(tx, {
    organizationId,
    sessionId,
    cycleId: pastCycleId,
    name: `${past.name} — company-wide calibration`,
    hr: logins.hr,
    approver: logins.approver,
    lockedAt: at(pastDue.calibrationDue, 16),
  });
  if (moves.length > 0) {
    await tx.insert(calibrationMoves).values(
      moves.map((move) => ({
        organizationId,
        sessionId,
        reviewId: move.target.review,
        fromRating: move.target.proposed,
        toRating: move.target.final,
        rationale: move.rationale,
        movedBy: logins.hr,
        movedAt: move.at,
      })),
    );
    await recordAuditEvents(
      tx,
      organizationId,
      moves.map<AuditInput>((move) => ({
        organizationId,
        actorAccountId: logins.hrAccount,
        action: 'calibration.rating_moved',
        targetType: 'review',
        targetId: move.target.review,
        before: { rating: move.target.proposed },
        after: {
          rating: move.target.final,
          rationale: move.rationale,
          sessionId,
          subjectId: move.target.person.id,
        },
      })),
    );
  }
}

const at = (isoDate: string, hour: number) => new Date(`${isoDate}T${String(hour).padStart(2, '0')}:00:00Z`);

/** The half-year containing today is reviewed now (unless it began less than 80 days ago); the one before is done. */
export function demoPeriods(today: string) {
  const half = (year: number, second: boolean) => ({
    start: `${year}-${second ? '07-01' : '01-01'}`,
    end: `${year}-${second ? '12-31' : '06-30'}`,
    name: `${year} ${second ? 'H2' : 'H1'}`,
  });
  const previous = (p: { start: string }) => {
    const year = Number(p.start.slice(0, 4));
    return p.start.endsWith('07-01') ? half(year, false) : half(year - 1, true);
  };
  let active = half(Number(today.slice(0, 4)), Number(today.slice(5, 7)) >= 7);
  if (daysBetween(active.start, today) < 80) active = previous(active);
  return { active, past: previous(active) };
}

async function loginsOf(tx: Db, organizationId: string) {
  const rows = await queryRows<{ id: string; email: string; account_id: string | null }>(
    tx,
    sql`SELECT p.id, p.email, a.id AS account_id FROM people p LEFT JOIN accounts a ON a.person_id = p.id
         WHERE p.organization_id = ${organizationId}
           AND p.email = ANY(${sql.param(Object.values(demoAccounts))}::text[])`,
  );
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  const need = (email: string) => {
    const row = byEmail.get(email);
    if (!row) throw new Error(`Demo reviews: the demo organisation has no ${email}.`);
    return row;
  };
  return {
    employee: need(demoAccounts.employee).id,
    manager: need(demoAccounts.manager).id,
    hr: need(demoAccounts.hr).id,
    hrAccount: need(demoAccounts.hr).account_id,
    approver: need(demoAccounts.approver).id,
    personas: new Set(rows.map((row) => row.id)),
  };
}

/** Everyone hired by the period start who had a manager on the launch day (that manager reviews them). */
function participants(tx: Db, organizationId: string, hiredBy: string, launchedOn: string) {
  return queryRows<Participant>(
    tx,
    sql`SELECT p.id, l.manager_id AS "reviewerId", p.department_id AS "departmentId",
               d.name AS "departmentName", p.level_id AS "levelId"
          FROM people p
          LEFT JOIN departments d ON d.id = p.department_id
          JOIN reporting_lines l ON l.person_id = p.id AND l.valid_from <= ${launchedOn}::date
                                AND (l.valid_to IS NULL OR l.valid_to > ${launchedOn}::date)
         WHERE p.organization_id = ${organizationId} AND p.status <> 'terminated'
           AND p.hire_date <= ${hiredBy}::date AND l.manager_id IS NOT NULL
         ORDER BY p.employee_id, p.id`,
  );
}

async function insertCycle(
  tx: Db,
  organizationId: string,
  templateId: string,
  input: {
    name: string;
    period: { start: string; end: string };
    due: Record<
      'selfReviewDue' | 'managerReviewDue' | 'calibrationDue' | 'releaseDue' | 'acknowledgeDue',
      string
    >;
    status: 'active' | 'closed';
    launchedOn: string;
  },
) {
  const [cycle] = await tx
    .insert(reviewCycles)
    .values({
      organizationId,
      name: input.name,
      periodStart: input.period.start,
      periodEnd: input.period.end,
      templateId,
      content: demoTemplateContent,
      participantFilter: { hiredOnOrBefore: input.period.start },
      status: input.status,
      ...input.due,
      launchedAt: at(input.launchedOn, 9),
      closedAt: input.status === 'closed' ? at(addDays(input.due.acknowledgeDue, 1), 9) : null,
    })
    .returning({ id: reviewCycles.id });
  return cycle!.id;
}

async function insertPastSession(
  tx: Db,
  input: {
    organizationId: string;
    sessionId: string;
    cycleId: string;
    name: string;
    hr: string;
    approver: string;
    lockedAt: Date;
  },
) {
  await tx.insert(calibrationSessions).values({
    id: input.sessionId,
    organizationId: input.organizationId,
    cycleId: input.cycleId,
    name: input.name,
    facilitatorId: input.hr,
    guideline: [10, 20, 40, 20, 10],
    state: 'locked',
    lockedAt: input.lockedAt,
    createdBy: input.hr,
    version: 6,
  });
  await tx.insert(calibrationApprovers).values({
    sessionId: input.sessionId,
    approverId: input.approver,
    signedOffAt: input.lockedAt,
    comment: 'Distribution and the moves discussed in the session look right to me.',
  });
}
