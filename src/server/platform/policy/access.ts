import { type AccessedDataClass, recordAccess } from '../audit/accessLog';
import type { Actor } from '../auth/actor';
import type { Db } from '../db/client';
import { type AppError, forbidden, notFound, versionConflict } from '../errors/appError';
import { type Relation, relationTo } from './relations';

/**
 * The one access guard (GUIDE 12). Every read and write of a record passes through the guard of its
 * domain object, built here from the object's loader, relation, policy and data class, so the order
 * of the decisions is written once:
 *   load in the caller's organisation → relation to the person the record is about → policy →
 *   404 when the caller may not read it (SPEC S1.7: not found, not forbidden) → 403 when they may
 *   read it but not take this action → 409 when their version is stale → access log (SPEC S1.5).
 * Routes and commands never call `relationTo` or `recordAccess` themselves; a test holds them to it
 * (`access.test.ts`).
 */

/** What every object's policy answers; each policy adds its own abilities (edit, share, …). */
export interface BasePolicy {
  read: boolean;
  /** Whether this read lands on the subject's access log (every read by someone but the owner). */
  logAccess: boolean;
}

/** The boolean abilities of a policy other than read/logAccess: what `lockFor` may be asked. */
export type AbilityOf<Policy> = {
  [K in keyof Policy]: Policy[K] extends boolean ? (K extends keyof BasePolicy ? never : K) : never;
}[keyof Policy];

export interface AccessDefinition<Row, Policy extends BasePolicy> {
  /** Names the record in the 404 message: "Aspiration was not found." */
  name: string;
  /** Class of the record as the access log records it. */
  dataClass: AccessedDataClass;
  /** What the subject reads on their access log ("aspirations"). */
  resource: string;
  /** The record in the caller's organisation, or nothing; `forUpdate` locks it for the transaction. */
  load(db: Db, organizationId: string, id: string, forUpdate: boolean): Promise<Row | null | undefined>;
  /** The person the record is about; the caller's relation to them feeds the policy. */
  subjectOf(row: NoInfer<Row>): string;
  policy(actor: Actor, row: NoInfer<Row>, relation: Relation | null): Policy;
  /** The row's optimistic-lock version, for objects edited with version checks. */
  version?(row: NoInfer<Row>): number;
  /**
   * The refusal for a record the caller reads but may not change this way. By default 403; an
   * object answers a state error instead where the state, not the role, is in the way (an archived
   * plan is 409 `invalid_state` for its owner).
   */
  refusal?(action: AbilityOf<Policy>, policy: Policy, row: NoInfer<Row>): AppError | undefined;
}

export interface Guarded<Row, Policy> {
  row: Row;
  policy: Policy;
  relation: Relation | null;
}

export interface AccessGuard<Row, Policy extends BasePolicy> {
  /** The record as the caller may read it, or 404; the read is logged for the subject. */
  readFor(db: Db, actor: Actor, id: string): Promise<Guarded<Row, Policy>>;
  /**
   * The record locked for a change inside `tx`: 404 when unreadable, 403 (or the object's refusal)
   * when the action is not the caller's, 409 when `version` is given and stale. A change by someone
   * other than the owner is an access too, and logged.
   */
  lockFor(
    tx: Db,
    actor: Actor,
    id: string,
    action: AbilityOf<Policy>,
    version?: number | null,
  ): Promise<Guarded<Row, Policy>>;
  /** The decision for a row the caller already holds (a list item): no load, no log. */
  policyFor(db: Db, actor: Actor, row: Row): Promise<Guarded<Row, Policy>>;
}

export function defineAccess<Row, Policy extends BasePolicy>(
  definition: AccessDefinition<Row, Policy>,
): AccessGuard<Row, Policy> {
  const decide = async (db: Db, actor: Actor, row: Row) => {
    const relation = await relationTo(db, actor, definition.subjectOf(row));
    return { row, relation, policy: definition.policy(actor, row, relation) };
  };
  const load = async (db: Db, actor: Actor, id: string, forUpdate: boolean) => {
    const row = await definition.load(db, actor.organizationId, id, forUpdate);
    if (!row) throw notFound(definition.name);
    const guarded = await decide(db, actor, row);
    if (!guarded.policy.read) throw notFound(definition.name);
    return guarded;
  };
  const log = async (db: Db, actor: Actor, guarded: Guarded<Row, Policy>) => {
    if (!guarded.policy.logAccess) return;
    await recordAccess(db, actor, {
      subjectPersonId: definition.subjectOf(guarded.row),
      dataClass: definition.dataClass,
      resource: definition.resource,
    });
  };
  return {
    async readFor(db, actor, id) {
      const guarded = await load(db, actor, id, false);
      await log(db, actor, guarded);
      return guarded;
    },
    async lockFor(tx, actor, id, action, version) {
      const guarded = await load(tx, actor, id, true);
      if (!guarded.policy[action as keyof Policy])
        throw definition.refusal?.(action, guarded.policy, guarded.row) ?? forbidden();
      if (version !== undefined && version !== null && definition.version) {
        const current = definition.version(guarded.row);
        if (current !== version) throw versionConflict(current);
      }
      await log(tx, actor, guarded);
      return guarded;
    },
    policyFor: (db, actor, row) => decide(db, actor, row),
  };
}

/**
 * The list-side twin of a guard: what of one person's records of an object the caller may list.
 * `reach` is the object's policy restated as a filter (e.g. 'all' | 'shared' | 'none'); list
 * queries filter with exactly this value, and each object's policy test holds reach and policy
 * equal for every relation. 'none' answers 404, as if the person had no such records; any other
 * reach by someone but the person themselves is logged for them.
 */
export interface ReachDefinition<Reach extends string> {
  dataClass: AccessedDataClass;
  resource: string;
  reach(actor: Actor, relation: Relation | null): Reach | 'none';
}

export interface PersonReach<Reach extends string> {
  reachFor(db: Db, actor: Actor, personId: string): Promise<{ reach: Reach; relation: Relation | null }>;
}

export function defineReach<Reach extends string>(definition: ReachDefinition<Reach>): PersonReach<Reach> {
  return {
    async reachFor(db, actor, personId) {
      const relation = await relationTo(db, actor, personId);
      const reach = definition.reach(actor, relation);
      if (reach === 'none') throw notFound('Person');
      await recordAccess(db, actor, {
        subjectPersonId: personId,
        dataClass: definition.dataClass,
        resource: definition.resource,
      });
      return { reach: reach as Reach, relation };
    },
  };
}
