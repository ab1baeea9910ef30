import { and, eq, inArray, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { approvalInput, nominationInput } from '../../../../contracts/feedback360';
import { anonymousGroups } from '../../../../contracts/feedback360';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notFound, validationFailed } from '../../../platform/errors/appError';
import { notify } from '../../../platform/notifications/notify';
import type { Request360Row } from '../queries';
import { feedback360Nominations, feedback360Requests, feedback360Tasks } from '../tables';
import { assertCurrentPerson, changedRequest, lockRequestFor, nameOf, requestLink, taskLink } from './shared';

const MAX_NOMINATIONS = 40;

export async function addNomination(
  db: Db,
  actor: Actor,
  requestId: string,
  input: z.output<typeof nominationInput>,
) {
  await inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'nominate');
    if (input.personId === request.subjectId)
      throw validationFailed({ personId: issue('nominateSomeoneElse') });
    await assertCurrentPerson(tx, actor.organizationId, input.personId, 'personId');
    const existing = await tx
      .select({ personId: feedback360Nominations.personId, group: feedback360Nominations.raterGroup })
      .from(feedback360Nominations)
      .where(eq(feedback360Nominations.requestId, requestId));
    if (existing.some((n) => n.personId === input.personId))
      throw validationFailed({ personId: issue('alreadyNominated') });
    if (request.managerNamed && input.group === 'manager') {
      const managerId = await currentManagerOf(tx, actor, request);
      if (input.personId !== managerId || existing.some((n) => n.group === 'manager'))
        throw validationFailed({ personId: issue('namedManagerOnly') });
    }
    if (existing.length >= MAX_NOMINATIONS)
      throw validationFailed({ personId: issue('tooManyNominations', { max: MAX_NOMINATIONS }) });
    await tx
      .insert(feedback360Nominations)
      .values({ requestId, personId: input.personId, raterGroup: input.group });
    await tx
      .update(feedback360Requests)
      .set({ version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
  });
}

export async function removeNomination(db: Db, actor: Actor, requestId: string, nominationId: string) {
  await inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'nominate');
    const removed = await tx
      .delete(feedback360Nominations)
      .where(
        and(eq(feedback360Nominations.id, nominationId), eq(feedback360Nominations.requestId, requestId)),
      )
      .returning({ id: feedback360Nominations.id });
    if (removed.length === 0) throw notFound('Nomination');
    await tx
      .update(feedback360Requests)
      .set({ version: request.version + 1 })
      .where(eq(feedback360Requests.id, requestId));
  });
}

const currentManagerOf = async (tx: Db, actor: Actor, request: Request360Row) =>
  (await assertCurrentPerson(tx, actor.organizationId, request.subjectId, 'subjectId')).managerId;

/**
 * A 360 that names the manager shows the manager group's answers under one name, so that group may
 * hold the subject's current manager and nobody else — never a second person whose answers would
 * appear under the manager's name. Checked again when sending: the manager may have changed.
 */
async function assertNamedManagerGroup(tx: Db, actor: Actor, request: Request360Row) {
  if (!request.managerNamed) return;
  const managerId = await currentManagerOf(tx, actor, request);
  const inGroup = await tx
    .select({ personId: feedback360Nominations.personId })
    .from(feedback360Nominations)
    .where(
      and(
        eq(feedback360Nominations.requestId, request.id),
        eq(feedback360Nominations.raterGroup, 'manager'),
        ne(feedback360Nominations.status, 'rejected'),
      ),
    );
  if (inGroup.length > 1 || inGroup.some((n) => n.personId !== managerId))
    throw validationFailed({ nominations: issue('namedManagerOnly') });
}

/** At least one group must be able to reach its threshold, or the report could show nothing. */
async function assertEnoughNominees(tx: Db, request: Request360Row, statuses: ('proposed' | 'approved')[]) {
  const rows = await tx
    .select({ group: feedback360Nominations.raterGroup })
    .from(feedback360Nominations)
    .where(
      and(eq(feedback360Nominations.requestId, request.id), inArray(feedback360Nominations.status, statuses)),
    );
  const enough = anonymousGroups.some(
    (g) => rows.filter((r) => r.group === g).length >= request.anonymityThresholds[g],
  );
  if (!enough)
    throw validationFailed({
      nominations: issue('tooFewNominations', {
        min: Math.min(...Object.values(request.anonymityThresholds)),
      }),
    });
}

/** Creates the rater tasks (and the self-assessment) and tells each rater; the 360 starts collecting. */
async function startCollecting(tx: Db, actor: Actor, request: Request360Row) {
  await tx
    .update(feedback360Nominations)
    .set({ status: 'approved' })
    .where(
      and(eq(feedback360Nominations.requestId, request.id), eq(feedback360Nominations.status, 'proposed')),
    );
  const raters = await tx
    .select({ personId: feedback360Nominations.personId, group: feedback360Nominations.raterGroup })
    .from(feedback360Nominations)
    .where(
      and(eq(feedback360Nominations.requestId, request.id), eq(feedback360Nominations.status, 'approved')),
    );
  const tasks = await tx
    .insert(feedback360Tasks)
    .values([
      { requestId: request.id, raterId: request.subjectId, raterGroup: 'self' as const },
      ...raters.map((r) => ({ requestId: request.id, raterId: r.personId, raterGroup: r.group })),
    ])
    .returning({ id: feedback360Tasks.id, raterId: feedback360Tasks.raterId });
  await tx
    .update(feedback360Requests)
    .set({ status: 'collecting', version: request.version + 1 })
    .where(eq(feedback360Requests.id, request.id));
  const subjectName = await nameOf(tx, request.subjectId);
  await notify(
    tx,
    tasks.map((task) => ({
      organizationId: actor.organizationId,
      recipientId: task.raterId,
      kind: 'feedback360.invited' as const,
      params: { name: subjectName, self: task.raterId === request.subjectId },
      link: taskLink(task.id),
      email: true,
    })),
  );
}

export async function submitNominations(db: Db, actor: Actor, requestId: string, version: number) {
  await inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'submitNominations', version);
    await assertEnoughNominees(tx, request, ['proposed', 'approved']);
    await assertNamedManagerGroup(tx, actor, request);
    await tx
      .delete(feedback360Nominations)
      .where(
        and(eq(feedback360Nominations.requestId, requestId), eq(feedback360Nominations.status, 'rejected')),
      );
    if (!request.requireManagerApproval) {
      await startCollecting(tx, actor, request);
    } else {
      const subject = await assertCurrentPerson(tx, actor.organizationId, request.subjectId, 'subjectId');
      if (!subject.managerId) throw validationFailed({ requireManagerApproval: issue('noManagerToApprove') });
      await tx
        .update(feedback360Requests)
        .set({ status: 'awaiting_approval', approverId: subject.managerId, version: request.version + 1 })
        .where(eq(feedback360Requests.id, requestId));
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: subject.managerId,
          kind: 'feedback360.approval_requested',
          params: { name: await nameOf(tx, request.subjectId) },
          link: '/growth/360?tab=approvals',
          email: true,
        },
      ]);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback360.nominations_submitted',
      targetType: 'feedback360_request',
      targetId: requestId,
      after: { needsApproval: request.requireManagerApproval },
    });
  });
}

/**
 * The manager approves or rejects each nomination. If the approved ones can still fill a group the
 * 360 starts; otherwise it goes back to the subject to nominate again.
 */
export async function decideNominations(
  db: Db,
  actor: Actor,
  requestId: string,
  input: z.output<typeof approvalInput>,
): Promise<Request360Row> {
  return inTransaction(db, async (tx) => {
    const request = await lockRequestFor(tx, actor, requestId, 'approve', input.version);
    const pending = await tx
      .select({ id: feedback360Nominations.id })
      .from(feedback360Nominations)
      .where(
        and(eq(feedback360Nominations.requestId, requestId), ne(feedback360Nominations.status, 'rejected')),
      );
    const ids = new Set(pending.map((n) => n.id));
    const decided = new Map(input.decisions.map((d) => [d.nominationId, d.approved]));
    if ([...decided.keys()].some((id) => !ids.has(id)) || decided.size !== ids.size)
      throw validationFailed({ decisions: issue('decideEveryNomination') });
    for (const approved of [true, false]) {
      const chosen = [...decided].filter(([, a]) => a === approved).map(([id]) => id);
      if (chosen.length > 0)
        await tx
          .update(feedback360Nominations)
          .set({ status: approved ? 'approved' : 'rejected' })
          .where(inArray(feedback360Nominations.id, chosen));
    }
    const refreshed = { ...request };
    const rejected = [...decided.values()].filter((a) => !a).length;
    let enough = true;
    try {
      await assertEnoughNominees(tx, refreshed, ['approved']);
    } catch {
      enough = false;
    }
    if (enough) await startCollecting(tx, actor, refreshed);
    else {
      await tx
        .update(feedback360Requests)
        .set({ status: 'nominating', approverId: null, version: request.version + 1 })
        .where(eq(feedback360Requests.id, requestId));
      await notify(tx, [
        {
          organizationId: actor.organizationId,
          recipientId: request.subjectId,
          kind: 'feedback360.nominations_returned',
          params: {},
          link: requestLink(requestId),
          email: true,
        },
      ]);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'feedback360.nominations_decided',
      targetType: 'feedback360_request',
      targetId: requestId,
      after: { approved: decided.size - rejected, rejected, started: enough },
    });
    return changedRequest(tx, request);
  });
}
