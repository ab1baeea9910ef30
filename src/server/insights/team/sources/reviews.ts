import { sql } from 'drizzle-orm';
import type { TeamReviewStatus } from '../../../../contracts/teamView';
import { reviewPolicy } from '../../../performance/reviews/policy';
import { factsOf } from '../../../performance/reviews/records';
import type { FormKind, FormState, ReviewState } from '../../../performance/reviews/tables';
import type { Actor } from '../../../platform/auth/actor';
import { type Db, queryRows } from '../../../platform/db/client';
import { managesPerson, type Relation } from '../../../platform/policy/relations';

interface Raw {
  id: string;
  subject_id: string;
  reviewer_id: string | null;
  reviewer_name: string | null;
  state: ReviewState;
  cycle_name: string;
  manager_sees_self_review: boolean;
  peer_input_due: string | null;
  self_review_due: string;
  manager_review_due: string;
  calibration_due: string;
  release_due: string;
  acknowledge_due: string;
  forms: { kind: FormKind; state: FormState }[] | string | null;
}

type Step = Pick<TeamReviewStatus, 'nextStep' | 'due'> & {
  whoseTurn: 'subject' | 'reviewer' | 'hr' | 'nobody';
};

/** What a review waits for in each state, and the cycle's deadline for it (SPEC S3.4 phases). */
function stepOf(row: Raw): Step {
  const day = (value: string) => String(value).slice(0, 10);
  switch (row.state) {
    case 'self_review':
      return { nextStep: 'self_review', whoseTurn: 'subject', due: day(row.self_review_due) };
    case 'manager_review':
      return { nextStep: 'manager_review', whoseTurn: 'reviewer', due: day(row.manager_review_due) };
    case 'submitted':
    case 'in_calibration':
      return { nextStep: 'calibration', whoseTurn: 'hr', due: day(row.calibration_due) };
    case 'calibrated':
      return { nextStep: 'release', whoseTurn: 'reviewer', due: day(row.release_due) };
    case 'released':
      return { nextStep: 'acknowledge', whoseTurn: 'subject', due: day(row.acknowledge_due) };
    default:
      return { nextStep: 'done', whoseTurn: 'nobody', due: null };
  }
}

/**
 * Each person's review in the current cycle (an active cycle; the latest period if several), as the
 * review's own policy lets the caller read it (`reviewPolicy`: the reviewer and the subject's
 * management chain read it; the state and phase dates are what the review list shows them). One
 * statement: the reviews with their forms' states.
 */
export async function reviewStatusOf(
  db: Db,
  actor: Actor,
  members: { id: string; relation: Relation }[],
  today: string,
): Promise<Map<string, TeamReviewStatus>> {
  const result = new Map<string, TeamReviewStatus>();
  if (members.length === 0) return result;
  const relationOf = new Map(members.map((m) => [m.id, m.relation]));
  const rows = await queryRows<Raw>(
    db,
    sql`SELECT DISTINCT ON (r.subject_id)
               r.id, r.subject_id, r.reviewer_id, v.given_name || ' ' || v.family_name AS reviewer_name,
               r.state, c.name AS cycle_name, c.manager_sees_self_review, c.peer_input_due::text AS peer_input_due,
               c.self_review_due::text AS self_review_due, c.manager_review_due::text AS manager_review_due,
               c.calibration_due::text AS calibration_due, c.release_due::text AS release_due,
               c.acknowledge_due::text AS acknowledge_due,
               (SELECT coalesce(json_agg(json_build_object('kind', f.kind, 'state', f.state)), '[]'::json)
                  FROM review_forms f WHERE f.review_id = r.id AND f.kind IN ('self', 'manager')) AS forms
          FROM reviews r
          JOIN review_cycles c ON c.id = r.cycle_id
          LEFT JOIN people v ON v.id = r.reviewer_id
         WHERE r.organization_id = ${actor.organizationId}
           AND r.subject_id = ANY(${sql.param(members.map((m) => m.id))}::uuid[])
           AND c.status = 'active'
         ORDER BY r.subject_id, c.period_end DESC, r.created_at DESC, r.id`,
  );
  for (const row of rows) {
    const forms: { kind: FormKind; state: FormState }[] =
      typeof row.forms === 'string' ? JSON.parse(row.forms) : (row.forms ?? []);
    const facts = factsOf(
      { state: row.state, subjectId: row.subject_id, reviewerId: row.reviewer_id },
      {
        managerSeesSelfReview: row.manager_sees_self_review,
        peerInputDue: row.peer_input_due,
        status: 'active',
      },
      forms,
    );
    const policy = reviewPolicy(actor, facts, {
      inManagementChain: managesPerson(relationOf.get(row.subject_id) ?? null),
      approvesSession: false,
    });
    if (!policy.read) continue;
    const step = stepOf(row);
    const mine = actor.personId !== null && row.reviewer_id === actor.personId;
    const waitsOn: TeamReviewStatus['waitsOn'] =
      step.whoseTurn === 'subject'
        ? 'report'
        : step.whoseTurn === 'reviewer'
          ? mine
            ? 'you'
            : 'reviewer'
          : step.whoseTurn;
    result.set(row.subject_id, {
      reviewId: row.id,
      cycleName: row.cycle_name,
      state: row.state,
      nextStep: step.nextStep,
      waitsOn,
      reviewer:
        waitsOn === 'reviewer' && row.reviewer_id && row.reviewer_name
          ? { id: row.reviewer_id, displayName: row.reviewer_name }
          : null,
      due: step.due,
      overdue: step.due !== null && step.due < today,
    });
  }
  return result;
}
