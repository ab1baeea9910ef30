import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { people } from '../../../org/tables';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { forbidden, validationFailed } from '../../../platform/errors/appError';

/** The caller as a person, for naming them in notifications (a login without a person may not write). */
export async function callerName(tx: Db, actor: Actor): Promise<{ id: string; name: string }> {
  if (!actor.personId) throw forbidden();
  const [me] = await tx
    .select({ givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(eq(people.id, actor.personId));
  if (!me) throw forbidden();
  return { id: actor.personId, name: `${me.givenName} ${me.familyName}` };
}

/** A current colleague other than the caller; anything else names the field to fix. */
export async function assertColleague(tx: Db, actor: Actor, personId: string, field: string) {
  if (personId === actor.personId) throw validationFailed({ [field]: issue('chooseOtherThanSelf') });
  const [person] = await tx
    .select({ status: people.status })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)));
  if (!person || person.status === 'terminated')
    throw validationFailed({ [field]: issue('chooseCurrentColleague') });
}

export const feedbackLink = (tab: 'received' | 'requests') => `/performance/feedback?tab=${tab}`;
