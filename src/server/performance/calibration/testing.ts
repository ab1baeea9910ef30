import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/client';
import {
  type ReviewState,
  reviewCycles,
  reviewForms,
  reviews,
  type TemplateContent,
} from '../reviews/tables';
import { type CalibrationState, calibrationApprovers, calibrationMoves, calibrationSessions } from './tables';

/** Test fixtures for calibration: cycles, reviews in any state and sessions, written straight to the tables. */

export const testScale = ['Far below', 'Below', 'Meets', 'Above', 'Far above'];

export const testContent: TemplateContent = {
  ratingScale: { labels: testScale },
  sections: [
    {
      id: 'results',
      title: 'Results',
      questions: [
        { id: 'overall', kind: 'rating', prompt: 'Overall rating', audience: 'manager' },
        { id: 'summary', kind: 'text', prompt: 'Summary', audience: 'both' },
      ],
    },
  ],
};

export async function createTestCycle(db: Db, organizationId: string, name = 'H1 review') {
  const [cycle] = await db
    .insert(reviewCycles)
    .values({
      organizationId,
      name,
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      content: testContent,
      status: 'active',
      selfReviewDue: '2026-07-10',
      managerReviewDue: '2026-07-24',
      calibrationDue: '2026-08-07',
      releaseDue: '2026-08-14',
      acknowledgeDue: '2026-08-28',
      launchedAt: new Date(),
    })
    .returning({ id: reviewCycles.id });
  return cycle!.id;
}

export interface TestReviewInput {
  organizationId: string;
  cycleId: string;
  subjectId: string;
  reviewerId: string | null;
  state?: ReviewState;
  proposedRating?: number | null;
  departmentId?: string | null;
  levelId?: string | null;
  sessionId?: string | null;
  finalRating?: number | null;
}

/** A review; from `submitted` on it carries a submitted manager form (the locked written review). */
export async function addTestReview(db: Db, input: TestReviewInput) {
  const state = input.state ?? 'submitted';
  const [review] = await db
    .insert(reviews)
    .values({
      organizationId: input.organizationId,
      cycleId: input.cycleId,
      subjectId: input.subjectId,
      reviewerId: input.reviewerId,
      departmentId: input.departmentId ?? null,
      levelId: input.levelId ?? null,
      state,
      proposedRating: input.proposedRating === undefined ? 3 : input.proposedRating,
      finalRating: input.finalRating ?? null,
      calibrationSessionId: input.sessionId ?? null,
      ...(state === 'released' || state === 'acknowledged' ? { releasedAt: new Date() } : {}),
    })
    .returning({ id: reviews.id });
  const managerDone = !['self_review', 'manager_review'].includes(state);
  await db.insert(reviewForms).values([
    {
      organizationId: input.organizationId,
      reviewId: review!.id,
      kind: 'self',
      authorId: input.subjectId,
      state: 'submitted',
    },
    {
      organizationId: input.organizationId,
      reviewId: review!.id,
      kind: 'manager',
      authorId: input.reviewerId,
      state: managerDone ? 'submitted' : 'draft',
    },
  ]);
  return review!.id;
}

/** A session straight in the tables, with its approvers and reviews attached. */
export async function addTestSession(
  db: Db,
  input: {
    organizationId: string;
    cycleId: string;
    approverIds: string[];
    reviewIds?: string[];
    state?: CalibrationState;
    guideline?: number[] | null;
    guidelineRequired?: boolean;
  },
) {
  const [session] = await db
    .insert(calibrationSessions)
    .values({
      organizationId: input.organizationId,
      cycleId: input.cycleId,
      name: 'Test calibration',
      state: input.state ?? 'open',
      guideline: input.guideline ?? null,
      guidelineRequired: input.guidelineRequired ?? false,
      lockedAt: input.state === 'locked' ? new Date() : null,
    })
    .returning({ id: calibrationSessions.id });
  const sessionId = session!.id;
  if (input.approverIds.length) {
    await db
      .insert(calibrationApprovers)
      .values(input.approverIds.map((approverId) => ({ sessionId, approverId })));
  }
  if (input.reviewIds?.length) {
    await db.execute(
      sql`UPDATE reviews SET calibration_session_id = ${sessionId} WHERE id = ANY(${sql.param(input.reviewIds)}::uuid[])`,
    );
  }
  return sessionId;
}

export async function addTestMove(
  db: Db,
  input: { organizationId: string; sessionId: string; reviewId: string; from: number; to: number },
) {
  await db.insert(calibrationMoves).values({
    organizationId: input.organizationId,
    sessionId: input.sessionId,
    reviewId: input.reviewId,
    fromRating: input.from,
    toRating: input.to,
    rationale: 'Fixture move',
  });
}
