import { and, eq, inArray, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import { accounts } from '../../../platform/auth/tables';
import type { Db } from '../../../platform/db/client';
import { validationFailed } from '../../../platform/errors/appError';
import { mayCoachRequester } from '../policy';
import { activeLoad } from '../queries';
import { coachProfiles } from '../tables';

/** The audit trail names what happened to which engagement; never goals, notes or summary text. */
export async function audit(
  tx: Db,
  actor: Actor,
  action: string,
  targetType: string,
  targetId: string,
  after?: Record<string, unknown>,
) {
  await recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action,
    targetType,
    targetId,
    after,
  });
}

/**
 * The coaches among `ids` who can take a coachee now: coach role on an enabled account, profile in
 * the pool, an active person, not the requester, with room under their capacity. Anything else
 * names the field with `coachingCoachUnavailable`.
 */
export async function requireAvailableCoaches(
  tx: Db,
  actor: Actor,
  ids: readonly string[],
  field: (index: number) => string,
) {
  const rows = ids.length
    ? await tx
        .select({ personId: coachProfiles.personId, capacity: coachProfiles.capacity })
        .from(coachProfiles)
        .innerJoin(people, eq(people.id, coachProfiles.personId))
        .innerJoin(accounts, eq(accounts.personId, coachProfiles.personId))
        .where(
          and(
            eq(coachProfiles.organizationId, actor.organizationId),
            inArray(coachProfiles.personId, [...ids]),
            eq(coachProfiles.inPool, true),
            sql`${accounts.disabledAt} IS NULL AND 'coach' = ANY(${accounts.roles})`,
            sql`${people.status} <> 'terminated'`,
          ),
        )
    : [];
  const load = await activeLoad(tx, actor.organizationId, ids);
  const ok = new Set(
    rows
      .filter((r) => mayCoachRequester(actor, r.personId) && (load.get(r.personId) ?? 0) < r.capacity)
      .map((r) => r.personId),
  );
  const issues: Record<string, ReturnType<typeof issue>> = {};
  ids.forEach((id, index) => {
    if (!ok.has(id)) issues[field(index)] = issue('coachingCoachUnavailable');
  });
  if (Object.keys(issues).length) throw validationFailed(issues);
}
