import { and, eq, inArray, isNotNull, ne } from 'drizzle-orm';
import type { TeamMember } from '../../../../contracts/teamView';
import { reportCadences } from '../../../growth/conversations/cadence';
import { conversationRhythmReach } from '../../../growth/conversations/policy';
import { ensureConversationSetup } from '../../../growth/conversations/settings';
import { SILENCE_DAYS } from '../../../growth/plans/nudges';
import { planPolicy, planReach } from '../../../growth/plans/policy';
import { planStats } from '../../../growth/plans/queries';
import { developmentPlans } from '../../../growth/plans/tables';
import type { Actor } from '../../../platform/auth/actor';
import { addDays } from '../../../platform/clock';
import type { Db } from '../../../platform/db/client';
import type { Relation } from '../../../platform/policy/relations';
import type { MemberRow } from '../members';

type Conversation = NonNullable<TeamMember['conversation']>;
type SharedPlan = NonNullable<TeamMember['plan']>;

/** "Due soon": the conversation falls due within this many days and none is scheduled. */
export const DUE_SOON_DAYS = 30;

/**
 * The career-conversation rhythm (dates only) of the people whose rhythm the caller reads: their
 * direct reports (`conversationRhythmReach`). Computed by the conversations part itself
 * (`reportCadences`), so the team view and the conversations page agree on who is overdue.
 */
export async function conversationRhythms(
  db: Db,
  actor: Actor,
  members: (MemberRow & { relation: Relation })[],
  timeZone: string,
  today: string,
): Promise<Map<string, Conversation>> {
  const result = new Map<string, Conversation>();
  const readable = members.filter((m) => conversationRhythmReach(m.relation) === 'report');
  if (!actor.personId || readable.length === 0) return result;
  const settings = await ensureConversationSetup(db, actor.organizationId);
  const cadences = await reportCadences(db, settings, timeZone, actor.personId, readable);
  const soon = addDays(today, DUE_SOON_DAYS);
  for (const cadence of cadences) {
    result.set(cadence.person.id, {
      lastHeldAt: cadence.lastHeldAt,
      nextScheduledAt: cadence.nextScheduledAt,
      nextConversationId: cadence.nextConversationId,
      dueBy: cadence.dueBy,
      overdue: cadence.overdue,
      dueSoon: !cadence.overdue && cadence.nextScheduledAt === null && cadence.dueBy <= soon,
    });
  }
  return result;
}

/**
 * The development plans each person shares with the caller, and nothing else (SPEC S1.4): only
 * people whose plans the caller may list at all (`planReach`: the direct manager, for what is
 * shared with them), and of those only plans `planPolicy` lets the caller read. Archived plans are
 * left out, as on the profile. The most recently active one is shown, with its action counts.
 */
export async function sharedPlans(
  db: Db,
  actor: Actor,
  members: { id: string; relation: Relation }[],
  now: Date,
): Promise<Map<string, SharedPlan>> {
  const result = new Map<string, SharedPlan>();
  const relationOf = new Map(members.map((m) => [m.id, m.relation]));
  const owners = members.filter((m) => planReach(m.relation) === 'shared_with_me').map((m) => m.id);
  if (!actor.personId || owners.length === 0) return result;
  const rows = await db
    .select()
    .from(developmentPlans)
    .where(
      and(
        eq(developmentPlans.organizationId, actor.organizationId),
        inArray(developmentPlans.ownerId, owners),
        eq(developmentPlans.sharedWithId, actor.personId),
        isNotNull(developmentPlans.sharedAt),
        ne(developmentPlans.status, 'archived'),
      ),
    );
  const readable = rows
    .filter((row) => planPolicy(actor, row, relationOf.get(row.ownerId) ?? null).read)
    .sort((a, b) => b.lastActivityAt.getTime() - a.lastActivityAt.getTime());
  const stats = await planStats(
    db,
    readable.map((row) => row.id),
  );
  const quietSince = now.getTime() - SILENCE_DAYS * 86_400_000;
  for (const row of readable) {
    const shown = result.get(row.ownerId);
    if (shown) {
      shown.more += 1;
      continue;
    }
    if (row.status === 'archived') continue;
    const counts = stats.get(row.id);
    result.set(row.ownerId, {
      planId: row.id,
      status: row.status,
      actionsDone: counts?.actionsDone ?? 0,
      actionsTotal: counts?.actionsTotal ?? 0,
      lastActivityAt: row.lastActivityAt.toISOString(),
      stale: row.status === 'active' && row.lastActivityAt.getTime() < quietSince,
      more: 0,
    });
  }
  return result;
}
