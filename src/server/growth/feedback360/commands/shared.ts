import { and, eq, sql } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import { accounts } from '../../../platform/auth/tables';
import type { Db } from '../../../platform/db/client';
import { forbidden, validationFailed } from '../../../platform/errors/appError';
import { request360Access } from '../access';
import { findRequest, type Request360Row } from '../queries';

export const requestLink = (id: string) => `/growth/360/${id}`;
export const taskLink = (id: string) => `/growth/360/respond/${id}`;

/**
 * Loads a request for a change through its guard, locked: 404 for people outside it, 403 for people
 * in it who may not do this, 409 when the caller's version is stale.
 */
export async function lockRequestFor(
  tx: Db,
  actor: Actor,
  requestId: string,
  ability: 'edit' | 'nominate' | 'submitNominations' | 'approve' | 'remind' | 'close' | 'release',
  version?: number,
) {
  return (await request360Access.lockFor(tx, actor, requestId, ability, version)).row;
}

/** The request as a change left it, read inside the change's transaction (for the answer). */
export async function changedRequest(tx: Db, request: Request360Row) {
  return (await findRequest(tx, request.organizationId, request.id))!;
}

/** A current colleague in the caller's organisation; `field` names the input to fix. */
export async function assertCurrentPerson(tx: Db, organizationId: string, personId: string, field: string) {
  const [person] = await tx
    .select({ status: people.status, managerId: people.managerId })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  if (!person || person.status === 'terminated')
    throw validationFailed({ [field]: issue('chooseCurrentColleague') });
  return person;
}

/** A coach must hold the coach role and cannot be the subject. */
export async function assertCoach(tx: Db, organizationId: string, coachId: string, subjectId: string) {
  if (coachId === subjectId) throw validationFailed({ coachId: issue('chooseOtherThanSubject') });
  await assertCurrentPerson(tx, organizationId, coachId, 'coachId');
  const [account] = await tx
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.personId, coachId), sql`'coach' = ANY(${accounts.roles})`));
  if (!account) throw validationFailed({ coachId: issue('chooseCoach') });
}

export async function nameOf(tx: Db, personId: string) {
  const [me] = await tx
    .select({ g: people.givenName, f: people.familyName })
    .from(people)
    .where(eq(people.id, personId));
  return me ? `${me.g} ${me.f}` : 'A colleague';
}

export function callerPerson(actor: Actor): string {
  if (!actor.personId) throw forbidden();
  return actor.personId;
}
