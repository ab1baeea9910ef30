import { eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday } from '../../../platform/clock';
import { type Db, queryRows } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { validationFailed } from '../../../platform/errors/appError';
import { type NotificationInput, notify } from '../../../platform/notifications/notify';
import { reviewCycleAccess } from '../access';
import { participantCondition } from '../participants';
import { reviewCycles, reviewTemplates } from '../tables';

export interface LaunchInput {
  db: Db;
  actor: Actor;
  cycleId: string;
  version: number;
  /** The launch date: picks the manager effective that day. Defaults to the organisation's today. */
  today?: string;
}

/**
 * Launches a draft cycle in a few set-based statements, whatever its size: one INSERT … SELECT
 * creates a review for every eligible active participant (reviewer = the manager on the reporting
 * line effective at launch), one more creates their self and manager forms, the in-app notices go
 * out in batched inserts, and one audit event records the launch. All of it commits or none of it.
 */
export async function launchReviewCycle(input: LaunchInput) {
  const { actor } = input;
  const today = input.today ?? (await actorToday(input.db, actor));
  return inTransaction(input.db, async (tx) => {
    const cycle = (await reviewCycleAccess.lockFor(tx, actor, input.cycleId, 'launch', input.version)).row
      .cycle;

    // The cycle keeps the template as it is now: later template edits do not reach running reviews.
    let content = cycle.content;
    if (cycle.templateId) {
      const [template] = await tx
        .select({ content: reviewTemplates.content })
        .from(reviewTemplates)
        .where(eq(reviewTemplates.id, cycle.templateId));
      if (template) content = template.content;
    }

    const created = await queryRows<{ id: string; subject_id: string; reviewer_id: string | null }>(
      tx,
      sql`
      INSERT INTO reviews (organization_id, cycle_id, subject_id, reviewer_id, department_id, level_id)
      SELECT p.organization_id, ${cycle.id}::uuid, p.id, line.manager_id, p.department_id, p.level_id
        FROM people p
        LEFT JOIN LATERAL (
          SELECT l.manager_id
            FROM reporting_lines l
            JOIN people m ON m.id = l.manager_id AND m.status <> 'terminated'
           WHERE l.person_id = p.id AND l.valid_from <= ${today}::date
             AND (l.valid_to IS NULL OR l.valid_to > ${today}::date)
           ORDER BY l.valid_from DESC
           LIMIT 1
        ) line ON true
       WHERE ${participantCondition(actor.organizationId, cycle.participantFilter)}
      ON CONFLICT (cycle_id, subject_id) DO NOTHING
      RETURNING id, subject_id, reviewer_id`,
    );
    if (created.length === 0) {
      throw validationFailed({ participantFilter: issue('noParticipantsMatch') });
    }

    await tx.execute(sql`
      INSERT INTO review_forms (organization_id, review_id, kind, author_id)
      SELECT organization_id, id, 'self', subject_id FROM reviews WHERE cycle_id = ${cycle.id}::uuid
      UNION ALL
      SELECT organization_id, id, 'manager', reviewer_id FROM reviews WHERE cycle_id = ${cycle.id}::uuid`);

    const [launched] = await tx
      .update(reviewCycles)
      .set({
        status: 'active',
        content,
        launchedAt: new Date(),
        launchedBy: actor.personId,
        version: cycle.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(reviewCycles.id, cycle.id))
      .returning();

    await notify(tx, launchNotices(actor.organizationId, cycle, created));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'review_cycle.launched',
      targetType: 'review_cycle',
      targetId: cycle.id,
      after: {
        participants: created.length,
        withoutReviewer: created.filter((row) => row.reviewer_id === null).length,
        participantFilter: cycle.participantFilter,
      },
    });
    return { cycle: launched!, participants: created.length };
  });
}

/** One notice per participant, and one per reviewer however many reviews they write. */
function launchNotices(
  organizationId: string,
  cycle: { name: string; selfReviewDue: string; managerReviewDue: string },
  created: { id: string; subject_id: string; reviewer_id: string | null }[],
): NotificationInput[] {
  const notices: NotificationInput[] = created.map((row) => ({
    organizationId,
    recipientId: row.subject_id,
    kind: 'review.self_review_open',
    params: { cycle: cycle.name, due: cycle.selfReviewDue },
    link: `/performance/reviews/${row.id}`,
  }));
  const perReviewer = new Map<string, number>();
  for (const row of created) {
    if (row.reviewer_id) perReviewer.set(row.reviewer_id, (perReviewer.get(row.reviewer_id) ?? 0) + 1);
  }
  for (const [reviewerId, count] of perReviewer) {
    notices.push({
      organizationId,
      recipientId: reviewerId,
      kind: 'review.manager_reviews_assigned',
      params: { cycle: cycle.name, count, due: cycle.managerReviewDue },
      link: '/performance/reviews',
    });
  }
  return notices;
}
