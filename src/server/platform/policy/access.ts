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
 * (`accessGuardRule.test.ts`).
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

/** How a loader locks the row for a change: exclusively, or shared (many savers, one submitter). */
export type LockMode = 'update' | 'share';

export interface AccessDefinition<Row, Policy extends BasePolicy, Rel = Relation | null> {
  /** Names the record in the 404 message: "Aspiration was not found." */
  name: string;
  /** Class of the record as the access log records it. */
  dataClass: AccessedDataClass;
  /** What the subject reads on their access log ("aspirations"). */
  resource: string;
  /**
   * The record in the caller's organisation, or nothing; `forUpdate` locks it for the transaction
   * (`mode` 'share' where the object allows concurrent changes of its parts).
   */
  load(
    db: Db,
    organizationId: string,
    id: string,
    forUpdate: boolean,
    mode?: LockMode,
  ): Promise<Row | null | undefined>;
  /**
   * Optional, for guards that relate by reporting lines (no `relate`): a read without a lock that
   * brings the caller's relation to the record's subject along in the same statement (built on
   * `chainDepthSql`, so it is the relation `relationTo` gives), saving the guard that round trip.
   */
  loadRelated?(
    db: Db,
    actor: Actor,
    id: string,
  ): Promise<{ row: NoInfer<Row>; relation: Relation | null } | null | undefined>;
  /**
   * The person the record is about: the caller's relation to them feeds the policy and reads land on
   * their access log. Null for records about no one person (a company goal, a calibration session).
   */
  subjectOf(row: NoInfer<Row>): string | null;
  /**
   * How the caller stands to the record, when that is more than their relation to its subject (a
   * participant of a 1:1, the reviewer of a review, an approver of a session). Without it, the
   * relation to `subjectOf(row)` from the reporting lines.
   */
  relate?(db: Db, actor: Actor, row: NoInfer<Row>): Promise<Rel>;
  policy(actor: Actor, row: NoInfer<Row>, relation: Rel): Policy;
  /** The row's optimistic-lock version, for objects edited with version checks. */
  version?(row: NoInfer<Row>): number;
  /**
   * The refusal for a record the caller reads but may not change this way. By default 403; an
   * object answers a state error instead where the state, not the role, is in the way (an archived
   * plan is 409 `invalid_state` for its owner).
   */
  refusal?(
    action: AbilityOf<Policy>,
    policy: Policy,
    row: NoInfer<Row>,
    relation: NoInfer<Rel>,
    actor: Actor,
  ): AppError | undefined;
}

export interface Guarded<Row, Policy, Rel = Relation | null> {
  row: Row;
  policy: Policy;
  relation: Rel;
}

export interface ReadOptions<Policy> {
  /**
   * An ability this read needs beyond `read` (a person's reporting history): without it the record
   * answers 404, as if the caller could not read it at all.
   */
  need?: AbilityOf<Policy>;
  /**
   * The change this read prepares (a preview of a bulk assignment): refused as `lockFor` would
   * refuse it — 403 or the object's refusal — without locking anything.
   */
  action?: AbilityOf<Policy>;
  /**
   * The part of the record this read shows, as the subject's access log names it (default: the
   * object's `resource`). `false` for a read that shows nothing of the record — an org-chart walk
   * that only needs the person to exist for the caller, or the answer to a change the guard has
   * just logged.
   */
  resource?: string | false;
}

export interface LockOptions {
  /** 'share' for changes that may run side by side (answer saves); default 'update'. */
  mode?: LockMode;
}

export interface AccessGuard<Row, Policy extends BasePolicy, Rel = Relation | null> {
  /** The record as the caller may read it, or 404; the read is logged for the subject. */
  readFor(
    db: Db,
    actor: Actor,
    id: string,
    options?: ReadOptions<Policy>,
  ): Promise<Guarded<Row, Policy, Rel>>;
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
    options?: LockOptions,
  ): Promise<Guarded<Row, Policy, Rel>>;
  /** The decision for a row the caller already holds (a list item): no load, no log. */
  policyFor(db: Db, actor: Actor, row: Row): Promise<Guarded<Row, Policy, Rel>>;
}

/** A guard whose policy reads the caller's relation to the record's subject. */
export function defineAccess<Row, Policy extends BasePolicy>(
  definition: AccessDefinition<Row, Policy> & { relate?: undefined },
): AccessGuard<Row, Policy>;
/** A guard whose object says itself how the caller stands to a record (`relate`). */
export function defineAccess<Row, Policy extends BasePolicy, Rel>(
  definition: AccessDefinition<Row, Policy, Rel> & { relate(db: Db, actor: Actor, row: Row): Promise<Rel> },
): AccessGuard<Row, Policy, Rel>;
export function defineAccess<Row, Policy extends BasePolicy, Rel>(
  definition: AccessDefinition<Row, Policy, Rel>,
): AccessGuard<Row, Policy, Rel> {
  const relate =
    definition.relate ??
    (async (db: Db, actor: Actor, row: Row) => {
      const subject = definition.subjectOf(row);
      return (subject === null ? null : await relationTo(db, actor, subject)) as Rel;
    });
  const decide = async (db: Db, actor: Actor, row: Row) => {
    const relation = await relate(db, actor, row);
    return { row, relation, policy: definition.policy(actor, row, relation) };
  };
  const loadRelated = !definition.relate ? definition.loadRelated : undefined;
  const load = async (db: Db, actor: Actor, id: string, forUpdate: boolean, mode?: LockMode) => {
    let guarded: Guarded<Row, Policy, Rel>;
    if (loadRelated && !forUpdate) {
      const found = await loadRelated(db, actor, id);
      if (!found) throw notFound(definition.name);
      const relation = found.relation as Rel;
      guarded = { row: found.row, relation, policy: definition.policy(actor, found.row, relation) };
    } else {
      const row = await definition.load(db, actor.organizationId, id, forUpdate, mode);
      if (!row) throw notFound(definition.name);
      guarded = await decide(db, actor, row);
    }
    if (!guarded.policy.read) throw notFound(definition.name);
    return guarded;
  };
  const log = async (db: Db, actor: Actor, guarded: Guarded<Row, Policy, Rel>, resource: string) => {
    const subjectPersonId = definition.subjectOf(guarded.row);
    if (!guarded.policy.logAccess || subjectPersonId === null) return;
    await recordAccess(db, actor, { subjectPersonId, dataClass: definition.dataClass, resource });
  };
  const allows = (policy: Policy, ability: AbilityOf<Policy>) => Boolean(policy[ability as keyof Policy]);
  const refuse = (actor: Actor, guarded: Guarded<Row, Policy, Rel>, action: AbilityOf<Policy>) =>
    definition.refusal?.(action, guarded.policy, guarded.row, guarded.relation, actor) ?? forbidden();
  return {
    async readFor(db, actor, id, options = {}) {
      const guarded = await load(db, actor, id, false);
      if (options.need !== undefined && !allows(guarded.policy, options.need))
        throw notFound(definition.name);
      if (options.action !== undefined && !allows(guarded.policy, options.action))
        throw refuse(actor, guarded, options.action);
      if (options.resource !== false) await log(db, actor, guarded, options.resource ?? definition.resource);
      return guarded;
    },
    async lockFor(tx, actor, id, action, version, options = {}) {
      const guarded = await load(tx, actor, id, true, options.mode ?? 'update');
      if (!allows(guarded.policy, action)) throw refuse(actor, guarded, action);
      if (version !== undefined && version !== null && definition.version) {
        const current = definition.version(guarded.row);
        if (current !== version) throw versionConflict(current);
      }
      await log(tx, actor, guarded, definition.resource);
      return guarded;
    },
    policyFor: (db, actor, row) => decide(db, actor, row),
  };
}

/**
 * The list-side twin of a guard: what of one person's records of an object the caller may list.
 * `reach` is the object's policy restated as a filter (e.g. 'all' | 'shared' | 'none', or the
 * visibilities the caller reads); list queries filter with exactly this value, and each object's
 * policy test holds reach and policy equal for every relation. 'none' answers 404, as if the person
 * had no such records; any other reach by someone but the person themselves is logged for them,
 * unless `logged` says this reach shows only what the person shows everyone (public praise).
 */
export interface ReachDefinition<Reach> {
  dataClass: AccessedDataClass;
  resource: string;
  reach(actor: Actor, relation: Relation | null): Reach | 'none';
  /** Whether a list read with this reach lands on the person's access log; by default it does. */
  logged?(reach: Reach, relation: Relation): boolean;
}

export interface PersonReach<Reach> {
  reachFor(db: Db, actor: Actor, personId: string): Promise<{ reach: Reach; relation: Relation | null }>;
}

export function defineReach<Reach>(definition: ReachDefinition<Reach>): PersonReach<Reach> {
  return {
    async reachFor(db, actor, personId) {
      const relation = await relationTo(db, actor, personId);
      const reach = definition.reach(actor, relation);
      if (reach === 'none' || relation === null) throw notFound('Person');
      if (definition.logged?.(reach, relation) ?? true) {
        await recordAccess(db, actor, {
          subjectPersonId: personId,
          dataClass: definition.dataClass,
          resource: definition.resource,
        });
      }
      return { reach: reach as Reach, relation };
    },
  };
}
