import { eq, sql } from 'drizzle-orm';
import { people } from '../../org/tables';
import { type Db, queryRows } from '../../platform/db/client';
import {
  type ActionKind,
  developmentActions,
  developmentGoals,
  developmentPlans,
  type PlanStatus,
} from './tables';

/**
 * Test fixtures: records written straight to the tables (the matrix and policy tests need many,
 * fast). Behaviour is tested through the API in plans.test.ts.
 */
export async function insertPlan(
  db: Db,
  input: {
    organizationId: string;
    ownerId: string;
    status?: PlanStatus;
    /** Share with the owner's current manager. */
    shared?: boolean;
    title?: string;
    actions?: { kind: ActionKind; title: string }[];
  },
) {
  const [owner] = await db
    .select({ managerId: people.managerId })
    .from(people)
    .where(eq(people.id, input.ownerId));
  const sharedWithId = input.shared ? (owner?.managerId ?? null) : null;
  const [plan] = await db
    .insert(developmentPlans)
    .values({
      organizationId: input.organizationId,
      ownerId: input.ownerId,
      title: input.title ?? 'Grow into a tech lead',
      status: input.status ?? 'active',
      sharedWithId,
      sharedAt: sharedWithId ? sql`now()` : null,
    })
    .returning({ id: developmentPlans.id });
  const [goal] = await db
    .insert(developmentGoals)
    .values({
      organizationId: input.organizationId,
      planId: plan!.id,
      title: 'Lead a design review',
      position: 1,
    })
    .returning({ id: developmentGoals.id });
  const actions = await db
    .insert(developmentActions)
    .values(
      (input.actions ?? [{ kind: 'reading' as const, title: 'Read about facilitation' }]).map((action) => ({
        organizationId: input.organizationId,
        planId: plan!.id,
        goalId: goal!.id,
        kind: action.kind,
        title: action.title,
      })),
    )
    .returning({ id: developmentActions.id });
  return {
    planId: plan!.id,
    goalId: goal!.id,
    actionId: actions[0]!.id,
    actionIds: actions.map((a) => a.id),
  };
}

/** A uuid both a matrix row's params hook and its body can compute from the case's `unique`. */
export const uuidFrom = (unique: string) =>
  `${unique.slice(0, 8)}-${unique.slice(8, 12)}-4000-8000-0000${unique.slice(12, 16)}0000`;

/**
 * A released review of `subjectId` with a rating and two manager text answers (one strength, one
 * growth area), written with SQL because growth code may not import performance tables (S1.1).
 */
export async function insertReleasedReview(
  db: Db,
  input: { organizationId: string; subjectId: string; reviewId?: string; cycleName?: string; state?: string },
) {
  const content = {
    ratingScale: { labels: ['1', '2', '3', '4', '5'] },
    sections: [
      {
        id: 'results',
        title: 'Results',
        questions: [
          { id: 'delivery', kind: 'rating', prompt: 'Delivery', audience: 'both' },
          { id: 'strengths', kind: 'text', prompt: 'Strengths to build on', audience: 'manager' },
          { id: 'growth', kind: 'text', prompt: 'Where to grow next', audience: 'manager' },
          { id: 'wins', kind: 'text', prompt: 'What are you proudest of?', audience: 'self' },
        ],
      },
    ],
  };
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_cycles (organization_id, name, period_start, period_end, content, status,
          self_review_due, manager_review_due, calibration_due, release_due, acknowledge_due)
        VALUES (${input.organizationId}, ${input.cycleName ?? 'H1 2026'}, '2026-01-01', '2026-06-30',
          ${JSON.stringify(content)}::jsonb, 'active', '2026-07-05', '2026-07-15', '2026-07-25', '2026-08-01', '2026-08-15')
        RETURNING id`,
  );
  const [review] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO reviews (id, organization_id, cycle_id, subject_id, state, proposed_rating, final_rating, released_at)
        VALUES (coalesce(${input.reviewId ?? null}::uuid, gen_random_uuid()), ${input.organizationId}, ${cycle!.id},
          ${input.subjectId}, ${input.state ?? 'released'}, 2, 2, now())
        RETURNING id`,
  );
  const [managerForm] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_forms (organization_id, review_id, kind, state)
        VALUES (${input.organizationId}, ${review!.id}, 'manager', 'submitted') RETURNING id`,
  );
  const [selfForm] = await queryRows<{ id: string }>(
    db,
    sql`INSERT INTO review_forms (organization_id, review_id, kind, state)
        VALUES (${input.organizationId}, ${review!.id}, 'self', 'submitted') RETURNING id`,
  );
  await queryRows(
    db,
    sql`INSERT INTO review_answers (organization_id, form_id, question_id, rating, text) VALUES
        (${input.organizationId}, ${managerForm!.id}, 'delivery', 2, NULL),
        (${input.organizationId}, ${managerForm!.id}, 'strengths', NULL, 'Calm, clear incident handling'),
        (${input.organizationId}, ${managerForm!.id}, 'growth', NULL, 'Delegate more of the on-call rota'),
        (${input.organizationId}, ${selfForm!.id}, 'wins', NULL, 'SELF-ANSWER-CANARY')`,
  );
  return { reviewId: review!.id, cycleId: cycle!.id };
}
