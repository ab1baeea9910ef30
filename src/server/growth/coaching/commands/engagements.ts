import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type {
  chooseCoachRequest,
  requestEngagementRequest,
  writeGoalsRequest,
} from '../../../../contracts/coaching';
import { issue } from '../../../../contracts/issues';
import type { Actor } from '../../../platform/auth/actor';
import { accounts } from '../../../platform/auth/tables';
import { organizationToday } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { AppError, forbidden, validationFailed } from '../../../platform/errors/appError';
import { type NotificationInput, notify } from '../../../platform/notifications/notify';
import { aspirations } from '../../aspirations/tables';
import { approvalAccess, engagementAccess } from '../access';
import { newEngagementKey } from '../keys';
import { findProgramme, namesOf } from '../queries';
import { coachingChemistry, coachingEngagements, coachingGoals } from '../tables';
import { audit, requireAvailableCoaches } from './shared';

const openStatuses = ['requested', 'chemistry', 'awaiting_approval', 'active'] as const;
const link = '/growth/coaching';

async function nameOf(tx: Db, personId: string) {
  return (await namesOf(tx, [personId])).get(personId)?.name ?? null;
}

/** Only the employee starts coaching: a request to one pool coach, or chemistry conversations first. */
export async function requestEngagement(
  db: Db,
  actor: Actor,
  input: z.output<typeof requestEngagementRequest>,
): Promise<string> {
  const me = actor.personId;
  if (!me) throw forbidden();
  return inTransaction(db, async (tx) => {
    const programme = await findProgramme(tx, actor.organizationId, input.programmeId);
    if (!programme?.active) throw validationFailed({ programmeId: issue('valueInvalid') });
    const chemistry = input.chemistryCoachIds ?? [];
    if ((input.coachId ? 1 : 0) + (chemistry.length ? 1 : 0) !== 1)
      throw validationFailed({ coachId: issue('coachingCoachUnavailable') });
    if (chemistry.length > 0) {
      if (programme.maxChemistry === 0)
        throw validationFailed({ chemistryCoachIds: issue('coachingChemistryOff') });
      if (chemistry.length > programme.maxChemistry || new Set(chemistry).size !== chemistry.length)
        throw validationFailed({
          chemistryCoachIds: issue('coachingTooManyChemistry', { max: programme.maxChemistry }),
        });
    }
    const coaches = input.coachId ? [input.coachId] : chemistry;
    await requireAvailableCoaches(tx, actor, coaches, (i) =>
      input.coachId ? 'coachId' : `chemistryCoachIds.${i}`,
    );
    // One open engagement at a time, checked under a lock on the person's row.
    await tx.execute(sql`SELECT 1 FROM people WHERE id = ${me} FOR UPDATE`);
    const [open] = await tx
      .select({ id: coachingEngagements.id })
      .from(coachingEngagements)
      .where(
        and(
          eq(coachingEngagements.organizationId, actor.organizationId),
          eq(coachingEngagements.coacheeId, me),
          inArray(coachingEngagements.status, [...openStatuses]),
        ),
      );
    if (open) throw new AppError('invalid_state', issue('coachingAlreadyOpen'));
    const id = crypto.randomUUID();
    const { wrapped } = newEngagementKey(id);
    await tx.insert(coachingEngagements).values({
      id,
      organizationId: actor.organizationId,
      programmeId: programme.id,
      coacheeId: me,
      coachId: input.coachId ?? null,
      status: input.coachId ? 'requested' : 'chemistry',
      sessionAllowance: programme.sessionAllowance,
      wrappedKey: wrapped,
    });
    if (chemistry.length)
      await tx
        .insert(coachingChemistry)
        .values(
          chemistry.map((coachId) => ({ organizationId: actor.organizationId, engagementId: id, coachId })),
        );
    const name = await nameOf(tx, me);
    await notify(
      tx,
      coaches.map((coachId) => ({
        organizationId: actor.organizationId,
        recipientId: coachId,
        kind: 'coaching.requested' as const,
        params: { name, chemistry: chemistry.length > 0 },
        link: `${link}/coach`,
      })),
    );
    await audit(tx, actor, 'coaching.requested', 'coaching_engagement', id, {
      programmeId: programme.id,
      chemistry: chemistry.length,
    });
    return id;
  });
}

/** After chemistry conversations the coachee chooses one of those coaches: a request to them. */
export async function chooseCoach(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof chooseCoachRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, id, 'choose', input.version);
    if (!row.chemistryCoachIds.includes(input.coachId))
      throw validationFailed({ coachId: issue('coachingChooseChemistryCoach') });
    await requireAvailableCoaches(tx, actor, [input.coachId], () => 'coachId');
    await tx
      .update(coachingEngagements)
      .set({ coachId: input.coachId, status: 'requested', version: row.version + 1, updatedAt: new Date() })
      .where(eq(coachingEngagements.id, row.id));
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: input.coachId,
        kind: 'coaching.requested',
        params: { name: await nameOf(tx, row.coacheeId), chemistry: false },
        link: `${link}/coach`,
      },
    ]);
    await audit(tx, actor, 'coaching.coach_chosen', 'coaching_engagement', row.id);
  });
}

/** A calendar date months later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

async function start(tx: Db, organizationId: string, row: { id: string; programmeId: string }) {
  const programme = await findProgramme(tx, organizationId, row.programmeId);
  const today = await organizationToday(tx, organizationId);
  return { startedOn: today, endsOn: addMonths(today, programme?.durationMonths ?? 6) };
}

async function hrAdmins(tx: Db, organizationId: string) {
  const rows = await tx
    .select({ personId: accounts.personId })
    .from(accounts)
    .where(
      and(
        eq(accounts.organizationId, organizationId),
        sql`'hr_admin' = ANY(${accounts.roles}) AND ${accounts.disabledAt} IS NULL AND ${accounts.personId} IS NOT NULL`,
      ),
    );
  return rows.map((r) => r.personId!);
}

/** The coach accepts (the engagement starts, or waits for HR's approval) or declines. */
export async function respondToRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; accept: boolean },
) {
  await inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, id, 'respond', input.version);
    const programme = await findProgramme(tx, actor.organizationId, row.programmeId);
    const approval = input.accept && (programme?.requiresApproval ?? false);
    const status = !input.accept ? 'declined' : approval ? 'awaiting_approval' : 'active';
    await tx
      .update(coachingEngagements)
      .set({
        status,
        ...(status === 'active' ? await start(tx, actor.organizationId, row) : {}),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(coachingEngagements.id, row.id));
    const name = await nameOf(tx, actor.personId!);
    const notices: NotificationInput[] = [
      input.accept
        ? {
            organizationId: actor.organizationId,
            recipientId: row.coacheeId,
            kind: 'coaching.accepted',
            params: { name, awaitingApproval: approval },
            link,
          }
        : {
            organizationId: actor.organizationId,
            recipientId: row.coacheeId,
            kind: 'coaching.declined',
            params: { name },
            link,
          },
    ];
    if (approval)
      for (const hr of await hrAdmins(tx, actor.organizationId))
        if (hr !== row.coacheeId)
          notices.push({
            organizationId: actor.organizationId,
            recipientId: hr,
            kind: 'coaching.approval_requested',
            params: {},
            link: `${link}/hr`,
          });
    await notify(tx, notices);
    await audit(
      tx,
      actor,
      input.accept ? 'coaching.accepted' : 'coaching.declined',
      'coaching_engagement',
      row.id,
      {
        status,
      },
    );
  });
}

/** HR approves (the engagement starts) or declines the start; they see no goals or notes. */
export async function approveStart(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; approve: boolean },
) {
  await inTransaction(db, async (tx) => {
    const { row } = await approvalAccess.lockFor(tx, actor, id, 'approve', input.version);
    const status = input.approve ? 'active' : 'declined';
    await tx
      .update(coachingEngagements)
      .set({
        status,
        ...(input.approve ? await start(tx, actor.organizationId, row) : {}),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(coachingEngagements.id, row.id));
    await audit(
      tx,
      actor,
      input.approve ? 'coaching.approved' : 'coaching.not_approved',
      'coaching_engagement',
      row.id,
    );
  });
}

/** The coachee ends an open engagement (cancel), or either side marks an active one completed. */
export async function closeEngagement(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number },
  how: 'cancel' | 'complete',
) {
  await inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, id, how, input.version);
    const status = how === 'cancel' ? 'cancelled' : 'completed';
    await tx
      .update(coachingEngagements)
      .set({ status, version: row.version + 1, updatedAt: new Date() })
      .where(eq(coachingEngagements.id, row.id));
    await audit(tx, actor, `coaching.${status}`, 'coaching_engagement', row.id);
  });
}

const goalKinds = ['value', 'motivator', 'target_role'] as const;

/** The coachee's goals, replacing the list; each may point at one of their own values, motivators or target roles. */
export async function writeGoals(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof writeGoalsRequest>,
) {
  await inTransaction(db, async (tx) => {
    const { row } = await engagementAccess.lockFor(tx, actor, id, 'editGoals', input.version);
    const wanted = input.goals.flatMap((g) => (g.aspirationId ? [g.aspirationId] : []));
    const own = wanted.length
      ? await tx
          .select({ id: aspirations.id })
          .from(aspirations)
          .where(
            and(
              eq(aspirations.organizationId, actor.organizationId),
              eq(aspirations.ownerId, row.coacheeId),
              inArray(aspirations.id, wanted),
              inArray(aspirations.kind, [...goalKinds]),
            ),
          )
      : [];
    const owned = new Set(own.map((a) => a.id));
    const issues: Record<string, ReturnType<typeof issue>> = {};
    input.goals.forEach((goal, index) => {
      if (goal.aspirationId && !owned.has(goal.aspirationId))
        issues[`goals.${index}.aspirationId`] = issue('coachingOwnAspiration');
    });
    if (Object.keys(issues).length) throw validationFailed(issues);
    await tx.delete(coachingGoals).where(eq(coachingGoals.engagementId, row.id));
    if (input.goals.length)
      await tx.insert(coachingGoals).values(
        input.goals.map((goal, position) => ({
          organizationId: actor.organizationId,
          engagementId: row.id,
          goalText: goal.goalText,
          aspirationId: goal.aspirationId,
          position,
        })),
      );
    await tx
      .update(coachingEngagements)
      .set({ version: row.version + 1, updatedAt: new Date() })
      .where(eq(coachingEngagements.id, row.id));
    await audit(tx, actor, 'coaching.goals_written', 'coaching_engagement', row.id, {
      goals: input.goals.length,
    });
  });
}
