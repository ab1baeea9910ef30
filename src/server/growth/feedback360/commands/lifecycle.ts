import { and, eq, isNull, lt, lte, ne, or } from 'drizzle-orm';
import type { z } from 'zod';
import { anonymousGroups, type updateRequest360 } from '../../../../contracts/feedback360';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import type { Request360Row } from '../queries';
import { feedback360Requests, feedback360Tasks } from '../tables';
import { remindPending } from './responses';
import { assertCoach, changedRequest, lockRequestFor, nameOf, requestLink, todayIso } from './shared';

/**
 * Deadline, thresholds, approval and coach. Thresholds may be raised at any time but never lowered
 * once the first response is in (409 `threshold_locked`); below 3 is refused by the schema (400).
 */
export async function updateRequest360Command(
  db: Db,
  actor: Actor,
  requestId: string,
  input: z.output<typeof updateRequest360>,
): Promise<Request360Row> {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'edit', input.version);
    const changes: Partial<Request360Row> = {};
    if (input.deadline !== undefined) {
      if (input.deadline <= todayIso()) throw validationFailed({ deadline: 'Choose a date after today' });
      changes.deadline = input.deadline;
    }
    if (input.thresholds) {
      const next = { ...request.anonymityThresholds, ...input.thresholds };
      const lowered = anonymousGroups.filter((g) => next[g] < request.anonymityThresholds[g]);
      if (lowered.length > 0 && request.firstResponseIn)
        throw new AppError('threshold_locked', undefined, {
          fields: Object.fromEntries(lowered.map((g) => [`thresholds.${g}`, 'Can no longer be lowered'])),
        });
      changes.anonymityThresholds = next;
    }
    const settingOnlyWhileNominating = (field: 'requireManagerApproval' | 'coachId') => {
      if (request.status !== 'nominating')
        throw validationFailed({ [field]: 'This can only change before the nominations are sent' });
    };
    if (
      input.requireManagerApproval !== undefined &&
      input.requireManagerApproval !== request.requireManagerApproval
    ) {
      settingOnlyWhileNominating('requireManagerApproval');
      changes.requireManagerApproval = input.requireManagerApproval;
    }
    if (input.coachId !== undefined && input.coachId !== request.coachId) {
      settingOnlyWhileNominating('coachId');
      if (input.coachId) await assertCoach(tx, actor.organizationId, input.coachId, request.subjectId);
      changes.coachId = input.coachId;
    }
    await tx
      .update(feedback360Requests)
      .set({ ...changes, version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback360.updated',
      targetType: 'feedback360_request',
      targetId: requestId,
      after: { changed: Object.keys(changes) },
    });
    return changedRequest(tx, request);
  });
}

/**
 * Ends collection: open tasks expire. With a coach, the report goes to the coach first, who
 * releases it after preparing the conversation; without one it goes straight to the subject.
 */
export async function closeRequestNow(tx: Db, request: Request360Row, actorAccountId: string | null) {
  const today = todayIso();
  await tx
    .update(feedback360Tasks)
    .set({ status: 'expired' })
    .where(and(eq(feedback360Tasks.requestId, request.id), eq(feedback360Tasks.status, 'pending')));
  const viaCoach = request.coachId !== null;
  await tx
    .update(feedback360Requests)
    .set({
      status: viaCoach ? 'closed' : 'released',
      closedOn: today,
      releasedOn: viaCoach ? null : today,
      version: request.version + 1,
    })
    .where(eq(feedback360Requests.id, request.id));
  const subjectName = await nameOf(tx, request.subjectId);
  await notify(tx, [
    {
      organizationId: request.organizationId,
      recipientId: request.subjectId,
      kind: 'feedback360.closed',
      title: viaCoach
        ? 'Your 360 has closed; your coach will go through the report with you'
        : 'Your 360 report is ready',
      link: requestLink(request.id),
      email: true,
    },
    ...(viaCoach
      ? [
          {
            organizationId: request.organizationId,
            recipientId: request.coachId!,
            kind: 'feedback360.ready_for_coach' as const,
            title: `The 360 report of ${subjectName} is ready for you to prepare and release`,
            link: `${requestLink(request.id)}/report`,
            email: true,
          },
        ]
      : []),
  ]);
  await recordAuditEvent(tx, {
    organizationId: request.organizationId,
    actorAccountId,
    action: 'feedback360.closed',
    targetType: 'feedback360_request',
    targetId: request.id,
    after: { viaCoach },
  });
}

export async function closeRequest360(db: Db, actor: Actor, requestId: string, version: number) {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'close', version);
    await closeRequestNow(tx, request, actor.accountId);
    return changedRequest(tx, request);
  });
}

export async function releaseRequest360(db: Db, actor: Actor, requestId: string, version: number) {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'release', version);
    await tx
      .update(feedback360Requests)
      .set({ status: 'released', releasedOn: todayIso(), version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
    await notify(tx, [
      {
        organizationId: request.organizationId,
        recipientId: request.subjectId,
        kind: 'feedback360.released',
        title: 'Your coach has released your 360 report',
        link: `${requestLink(request.id)}/report`,
        email: true,
      },
    ]);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback360.released',
      targetType: 'feedback360_request',
      targetId: requestId,
    });
    return changedRequest(tx, request);
  });
}

/** Days before the deadline on which pending raters get an automatic reminder. */
export const REMINDER_DAYS_BEFORE = 3;

/**
 * The daily job: closes 360s whose deadline has passed and, a few days before a deadline, reminds
 * raters who have not answered (once a day at most, per task). Idempotent for a given day.
 */
export async function run360Schedule(db: Db, today: string) {
  let closed = 0;
  let reminded = 0;
  const due = await db
    .select({ id: feedback360Requests.id })
    .from(feedback360Requests)
    .where(and(eq(feedback360Requests.status, 'collecting'), lt(feedback360Requests.deadline, today)));
  for (const { id } of due) {
    await inTransaction(db, async (tx) => {
      const [request] = await tx
        .select()
        .from(feedback360Requests)
        .where(eq(feedback360Requests.id, id))
        .for('update');
      if (request?.status === 'collecting') {
        await closeRequestNow(tx, request, null);
        closed++;
      }
    });
  }
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + REMINDER_DAYS_BEFORE * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const remind = await db
    .select()
    .from(feedback360Requests)
    .where(
      and(
        eq(feedback360Requests.status, 'collecting'),
        lte(feedback360Requests.deadline, soon),
        or(isNull(feedback360Requests.remindedOn), ne(feedback360Requests.remindedOn, today)),
      ),
    );
  for (const request of remind) {
    await inTransaction(db, async (tx) => {
      await tx
        .update(feedback360Requests)
        .set({ remindedOn: today })
        .where(eq(feedback360Requests.id, request.id));
      reminded += await remindPending(tx, request, today);
    });
  }
  return { closed, reminded };
}
