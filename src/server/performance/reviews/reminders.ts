import { type SQL, sql } from 'drizzle-orm';
import { recordAuditEvent } from '../../platform/audit/record';
import { organizationTodaysSql } from '../../platform/clock';
import { type Db, queryRows } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { type NotificationInput, notify } from '../../platform/notifications/notify';

/** The phases that wait on a person, with the deadline column that applies and what is pending. */
const phases = {
  self_review: {
    due: sql`c.self_review_due`,
    pending: sql`SELECT r.id AS review_id, f.author_id AS person_id FROM reviews r
                   JOIN review_forms f ON f.review_id = r.id AND f.kind = 'self' AND f.state = 'draft'
                  WHERE r.cycle_id = c.id AND r.state = 'self_review'`,
  },
  peer_input: {
    due: sql`c.peer_input_due`,
    pending: sql`SELECT r.id AS review_id, f.author_id AS person_id FROM reviews r
                   JOIN review_forms f ON f.review_id = r.id AND f.kind = 'peer' AND f.state = 'draft'
                  WHERE r.cycle_id = c.id AND r.state IN ('self_review', 'manager_review')`,
  },
  manager_review: {
    due: sql`c.manager_review_due`,
    pending: sql`SELECT r.id AS review_id, f.author_id AS person_id FROM reviews r
                   JOIN review_forms f ON f.review_id = r.id AND f.kind = 'manager' AND f.state = 'draft'
                  WHERE r.cycle_id = c.id AND r.state IN ('self_review', 'manager_review')`,
  },
  release: {
    due: sql`c.release_due`,
    pending: sql`SELECT r.id AS review_id, r.reviewer_id AS person_id FROM reviews r
                  WHERE r.cycle_id = c.id AND r.state = 'calibrated'`,
  },
  acknowledgment: {
    due: sql`c.acknowledge_due`,
    pending: sql`SELECT r.id AS review_id, r.subject_id AS person_id FROM reviews r
                  WHERE r.cycle_id = c.id AND r.state = 'released'`,
  },
} as const;
type ReminderPhase = keyof typeof phases;

interface Sent {
  organization_id: string;
  person_id: string;
  cycle_name: string;
  due: string;
  review_id: string | null;
  phase: ReminderPhase;
}

/**
 * Records and sends, in one statement per phase, a reminder to everyone still owing work: the
 * ledger's unique key (cycle, person, phase key) lets only first-time rows through, so running it
 * again the same day sends nothing new. Reminders name the task and the deadline, nothing else.
 */
async function remind(
  tx: Db,
  phase: ReminderPhase,
  cycleScope: SQL,
  window: { today: SQL } | null,
  ledgerKey: SQL,
) {
  const spec = phases[phase];
  // The window compares the deadline with the cycle's organisation's own date (`ot.today`).
  const inWindow = window
    ? sql`c.reminder_days_before > 0 AND ot.today BETWEEN ${spec.due} - c.reminder_days_before AND ${spec.due}`
    : null;
  return queryRows<Sent>(
    tx,
    sql`
    WITH pending AS (
      SELECT DISTINCT ON (c.id, w.person_id)
             c.organization_id, c.id AS cycle_id, w.person_id
        FROM review_cycles c
        ${window ? sql`JOIN (${window.today}) ot ON ot.organization_id = c.organization_id` : sql``}
        CROSS JOIN LATERAL (${spec.pending}) w
       WHERE c.status = 'active' AND ${spec.due} IS NOT NULL AND w.person_id IS NOT NULL
         AND ${cycleScope} ${inWindow ? sql`AND ${inWindow}` : sql``}
       ORDER BY c.id, w.person_id, w.review_id
    ), recorded AS (
      INSERT INTO review_reminders (organization_id, cycle_id, person_id, phase)
      SELECT organization_id, cycle_id, person_id, ${ledgerKey} FROM pending
      ON CONFLICT (cycle_id, person_id, phase) DO NOTHING
      RETURNING organization_id, cycle_id, person_id
    )
    -- Joined by key lookups (not back to "pending"), so the planner never pairs two 10,000-row sets.
    SELECT rec.organization_id, rec.person_id, c.name AS cycle_name, ${spec.due}::text AS due,
           own.id AS review_id, ${phase}::text AS phase
      FROM recorded rec
      JOIN review_cycles c ON c.id = rec.cycle_id
      LEFT JOIN reviews own ON own.cycle_id = rec.cycle_id AND own.subject_id = rec.person_id`,
  );
}

function notices(sent: Sent[]): NotificationInput[] {
  return sent.map((row) => {
    // Managers may write or release many reviews: their reminder opens the task list.
    const link =
      row.phase === 'self_review' || row.phase === 'acknowledgment'
        ? `/performance/reviews/${row.review_id}`
        : '/performance/reviews';
    return {
      organizationId: row.organization_id,
      recipientId: row.person_id,
      kind: 'review.reminder' as const,
      params: { phase: row.phase, cycle: row.cycle_name, due: row.due.slice(0, 10) },
      link,
      email: true,
    };
  });
}

/**
 * The scheduled job: for every active cycle, reminds people whose deadline is within the cycle's
 * reminder window (that many days before it, up to the day itself), "today" being the date in the
 * cycle's organisation's time zone at `now`. Idempotent per phase and person. Emails are queued with
 * the in-app notice; flushNotificationEmails delivers them after commit. `organizationId` limits the
 * run to one organisation (a per-organisation queue item, or a test).
 */
export async function sendDueReviewReminders(options: {
  db: Db;
  now?: Date;
  organizationId?: string;
}): Promise<number> {
  const today = await organizationTodaysSql(options.db, {
    now: options.now,
    organizationId: options.organizationId,
  });
  const scope = options.organizationId ? sql`c.organization_id = ${options.organizationId}::uuid` : sql`true`;
  return inTransaction(options.db, async (tx) => {
    const sent: Sent[] = [];
    for (const phase of Object.keys(phases) as ReminderPhase[]) {
      sent.push(...(await remind(tx, phase, scope, { today }, sql`${phase}::text`)));
    }
    await notify(tx, notices(sent));
    return sent.length;
  });
}

/**
 * HR's "send reminders now" for one cycle: everyone who still owes work in it hears once, whatever
 * the window; at most one such reminder per person, phase and day.
 */
export async function sendCycleRemindersNow(options: {
  db: Db;
  organizationId: string;
  cycleId: string;
  today: string;
  actorAccountId: string;
}): Promise<number> {
  return inTransaction(options.db, async (tx) => {
    const scope = sql`c.id = ${options.cycleId}::uuid AND c.organization_id = ${options.organizationId}::uuid`;
    const sent: Sent[] = [];
    for (const phase of Object.keys(phases) as ReminderPhase[]) {
      sent.push(...(await remind(tx, phase, scope, null, sql`${`manual:${phase}:${options.today}`}::text`)));
    }
    await notify(tx, notices(sent));
    await recordAuditEvent(tx, {
      organizationId: options.organizationId,
      actorAccountId: options.actorAccountId,
      action: 'review_cycle.reminders_sent',
      targetType: 'review_cycle',
      targetId: options.cycleId,
      after: { sent: sent.length },
    });
    return sent.length;
  });
}
