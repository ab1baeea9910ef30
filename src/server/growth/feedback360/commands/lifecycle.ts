import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { anonymousGroups, type updateRequest360 } from '../../../../contracts/feedback360';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { actorToday, organizationTodaysSql } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import type { Request360Row } from '../queries';
import { feedback360Requests, feedback360Tasks } from '../tables';
import { remindPending } from './responses';
import { assertCoach, changedRequest, lockRequestFor, nameOf, requestLink } from './shared';

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
      if (input.deadline <= (await actorToday(tx, actor)))
        throw validationFailed({ deadline: issue('dateAfterToday') });
      changes.deadline = input.deadline;
    }
    if (input.thresholds) {
      const next = { ...request.anonymityThresholds, ...input.thresholds };
      const lowered = anonymousGroups.filter((g) => next[g] < request.anonymityThresholds[g]);
      if (lowered.length > 0 && request.firstResponseIn)
        throw new AppError('threshold_locked', undefined, {
          fieldIssues: Object.fromEntries(
            lowered.map((g) => [`thresholds.${g}`, issue('thresholdNotLowered')]),
          ),
        });
      changes.anonymityThresholds = next;
    }
    const settingOnlyWhileNominating = (field: 'requireManagerApproval' | 'coachId') => {
      if (request.status !== 'nominating')
        throw validationFailed({ [field]: issue('changeBeforeNominations') });
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
 * `today` is the date in the request's organisation's time zone.
 */
export async function closeRequestNow(
  tx: Db,
  request: Request360Row,
  actorAccountId: string | null,
  today: string,
) {
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
      params: { viaCoach },
      link: requestLink(request.id),
      email: true,
    },
    ...(viaCoach
      ? [
          {
            organizationId: request.organizationId,
            recipientId: request.coachId!,
            kind: 'feedback360.ready_for_coach' as const,
            params: { name: subjectName },
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
    await closeRequestNow(tx, request, actor.accountId, await actorToday(tx, actor));
    return changedRequest(tx, request);
  });
}

export async function releaseRequest360(db: Db, actor: Actor, requestId: string, version: number) {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'release', version);
    await tx
      .update(feedback360Requests)
      .set({ status: 'released', releasedOn: await actorToday(tx, actor), version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
    await notify(tx, [
      {
        organizationId: request.organizationId,
        recipientId: request.subjectId,
        kind: 'feedback360.released',
        params: {},
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
 * The scheduled job: closes 360s whose deadline has passed and, a few days before a deadline,
 * reminds raters who have not answered (once a day at most, per task). "Passed" and "a day" are
 * dates in each request's organisation's time zone at `now`: a 360 due on the 9th closes once the
 * 10th has begun where the organisation is. Idempotent for a given day. `organizationId` limits the
 * run to one organisation (a per-organisation queue item, or a test).
 */
export async function run360Schedule(options: { db: Db; now?: Date; organizationId?: string }) {
  const { db } = options;
  const todays = sql`(${await organizationTodaysSql(db, { now: options.now, organizationId: options.organizationId })})`;
  const today = sql<string>`ot.today::text`;
  const inScope = options.organizationId
    ? eq(feedback360Requests.organizationId, options.organizationId)
    : undefined;
  let closed = 0;
  let reminded = 0;
  const due = await db
    .select({ id: feedback360Requests.id, today })
    .from(feedback360Requests)
    .innerJoin(sql`${todays} ot`, sql`ot.organization_id = ${feedback360Requests.organizationId}`)
    .where(
      and(
        eq(feedback360Requests.status, 'collecting'),
        sql`${feedback360Requests.deadline} < ot.today`,
        inScope,
      ),
    );
  for (const { id, today: localToday } of due) {
    await inTransaction(db, async (tx) => {
      const [request] = await tx
        .select()
        .from(feedback360Requests)
        .where(eq(feedback360Requests.id, id))
        .for('update');
      if (request?.status === 'collecting') {
        await closeRequestNow(tx, request, null, localToday);
        closed++;
      }
    });
  }
  const remind = await db
    .select({ request: feedback360Requests, today })
    .from(feedback360Requests)
    .innerJoin(sql`${todays} ot`, sql`ot.organization_id = ${feedback360Requests.organizationId}`)
    .where(
      and(
        eq(feedback360Requests.status, 'collecting'),
        sql`${feedback360Requests.deadline} <= ot.today + ${REMINDER_DAYS_BEFORE}::int`,
        sql`${feedback360Requests.remindedOn} IS DISTINCT FROM ot.today`,
        inScope,
      ),
    );
  for (const { request, today: localToday } of remind) {
    await inTransaction(db, async (tx) => {
      await tx
        .update(feedback360Requests)
        .set({ remindedOn: localToday })
        .where(eq(feedback360Requests.id, request.id));
      reminded += await remindPending(tx, request, localToday);
    });
  }
  return { closed, reminded };
}
