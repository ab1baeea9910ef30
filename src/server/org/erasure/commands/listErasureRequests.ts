import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Page } from '../../../../contracts/common';
import type { ErasureRequest } from '../../../../contracts/erasure';
import type { Actor } from '../../../platform/auth/actor';
import { accounts } from '../../../platform/auth/tables';
import type { Db } from '../../../platform/db/client';
import { type ErasureState, erasureRequests } from '../../../platform/erasure/tables';
import { forbidden } from '../../../platform/errors/appError';
import { people } from '../../tables';
import { erasurePolicy } from '../policy';

const requesterAccount = alias(accounts, 'requester_account');
const requesterPerson = alias(people, 'requester_person');
const deciderAccount = alias(accounts, 'decider_account');
const deciderPerson = alias(people, 'decider_person');
const subjectPerson = alias(people, 'subject_person');

/** HR's list of erasure requests, newest first; open ones first when no state is asked for. */
export async function listErasureRequests(
  db: Db,
  options: { actor: Actor; page: number; pageSize: number; state?: ErasureState },
): Promise<Page<ErasureRequest>> {
  const { actor, page, pageSize } = options;
  if (!erasurePolicy.manage(actor)) throw forbidden();
  const filters: SQL[] = [eq(erasureRequests.organizationId, actor.organizationId)];
  if (options.state) filters.push(eq(erasureRequests.state, options.state));
  const where = and(...filters);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(erasureRequests).where(where);
  const rows = await db
    .select({
      request: erasureRequests,
      requesterName: sql<string | null>`${requesterPerson.givenName} || ' ' || ${requesterPerson.familyName}`,
      deciderName: sql<string | null>`${deciderPerson.givenName} || ' ' || ${deciderPerson.familyName}`,
      personName: sql<string>`${subjectPerson.givenName} || ' ' || ${subjectPerson.familyName}`,
      requesterEmail: requesterAccount.email,
      deciderEmail: deciderAccount.email,
    })
    .from(erasureRequests)
    .innerJoin(subjectPerson, eq(subjectPerson.id, erasureRequests.personId))
    .leftJoin(requesterAccount, eq(requesterAccount.id, erasureRequests.requestedBy))
    .leftJoin(requesterPerson, eq(requesterPerson.id, requesterAccount.personId))
    .leftJoin(deciderAccount, eq(deciderAccount.id, erasureRequests.decidedBy))
    .leftJoin(deciderPerson, eq(deciderPerson.id, deciderAccount.personId))
    .where(where)
    .orderBy(sql`(${erasureRequests.state} = 'requested') DESC`, desc(erasureRequests.requestedAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const who = (accountId: string | null, name: string | null, email: string | null) =>
    accountId ? { accountId, displayName: name ?? email ?? '' } : null;
  return {
    items: rows.map(({ request, personName, requesterName, deciderName, requesterEmail, deciderEmail }) => ({
      id: request.id,
      personId: request.personId,
      // The current name: "Erased person" once executed (the request itself stores none).
      personDisplayName: personName,
      state: request.state,
      reference: request.reference,
      reason: request.reason,
      requestedBy: who(request.requestedBy, requesterName, requesterEmail),
      decidedBy: who(request.decidedBy, deciderName, deciderEmail),
      requestedAt: request.requestedAt.toISOString(),
      decidedAt: request.decidedAt?.toISOString() ?? null,
      decisionNote: request.decisionNote,
      plan: request.plan,
      retainUntil: request.retainUntil,
      redactedAuditEvents: request.redactedAuditEvents,
      requestedByMe: request.requestedBy === actor.accountId,
    })),
    page,
    pageSize,
    total: count?.n ?? 0,
  };
}
