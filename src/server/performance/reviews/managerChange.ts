import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/client';
import { notify } from '../../platform/notifications/notify';

/**
 * Called by the org module when a person's manager changes. Running reviews keep the reviewer who
 * was the manager at launch; HR admins are told, so they can reassign the review if they choose.
 */
export async function noteManagerChangeForReviews(
  tx: Db,
  change: { organizationId: string; personId: string; managerId: string | null },
): Promise<void> {
  const affected = await queryRows<{ id: string; cycle_name: string; subject_name: string }>(
    tx,
    sql`SELECT r.id, c.name AS cycle_name, p.given_name || ' ' || p.family_name AS subject_name
          FROM reviews r
          JOIN review_cycles c ON c.id = r.cycle_id AND c.status = 'active'
          JOIN people p ON p.id = r.subject_id
         WHERE r.organization_id = ${change.organizationId} AND r.subject_id = ${change.personId}
           AND r.state IN ('self_review', 'manager_review', 'submitted', 'in_calibration', 'calibrated')
           AND r.reviewer_id IS DISTINCT FROM ${change.managerId}::uuid`,
  );
  if (affected.length === 0) return;
  const hrAdmins = await queryRows<{ person_id: string }>(
    tx,
    sql`SELECT a.person_id FROM accounts a JOIN people p ON p.id = a.person_id
         WHERE a.organization_id = ${change.organizationId} AND 'hr_admin' = ANY(a.roles) AND a.disabled_at IS NULL
           AND p.status <> 'terminated' AND a.person_id IS DISTINCT FROM ${change.personId}::uuid`,
  );
  await notify(
    tx,
    hrAdmins.flatMap((hr) =>
      affected.map((review) => ({
        organizationId: change.organizationId,
        recipientId: hr.person_id,
        kind: 'review.reviewer_changed_manager' as const,
        params: { name: review.subject_name, cycle: review.cycle_name },
        link: `/performance/reviews/${review.id}`,
      })),
    ),
  );
}
