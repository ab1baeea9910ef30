import { and, eq, ne, sql } from 'drizzle-orm';
import type { ErasureBlocker } from '../../../contracts/erasure';
import { issue } from '../../../contracts/issues';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/tables';
import { organizationToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { performanceRetention } from '../../platform/erasure/retention';
import { erasureRequests } from '../../platform/erasure/tables';
import type { ErasureSubject } from '../../platform/erasure/types';
import { AppError, forbidden, notFound } from '../../platform/errors/appError';
import { organizations, people } from '../tables';
import { erasurePolicy } from './policy';

/**
 * The person an erasure is about, read straight from the organisation's rows: HR's lookup here
 * writes no access-log entry, so a dry run writes nothing at all. HR admins only (403 before any
 * lookup), inside the organisation (404 otherwise), never oneself (403).
 */
export async function erasureSubjectFor(db: Db, actor: Actor, personId: string) {
  if (!erasurePolicy.manage(actor)) throw forbidden();
  const [person] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, actor.organizationId)));
  if (!person) throw notFound('Person');
  if (person.id === actor.personId) throw new AppError('forbidden', issue('ownErasure'));
  const [account] = await db
    .select({ id: accounts.id })
    .from(accounts)
    .where(eq(accounts.personId, person.id));
  const [organization] = await db
    .select({ settings: organizations.settings })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  const subject: ErasureSubject = {
    organizationId: actor.organizationId,
    personId: person.id,
    accountId: account?.id ?? null,
    email: person.email,
    fullName: `${person.givenName} ${person.familyName}`,
    performance: performanceRetention({
      terminatedOn: person.terminatedOn,
      today: await organizationToday(db, actor.organizationId),
      years: organization?.settings.performanceRetentionYears,
    }),
  };
  // Texts that name the person inside an audit payload (ids are matched by the plan itself).
  const identifiers = [person.email, subject.fullName, ...(person.employeeId ? [person.employeeId] : [])];
  return { person, subject, identifiers };
}

/** What stops the erasure now, each with what to do first. */
export async function erasureBlockers(
  db: Db,
  person: typeof people.$inferSelect,
  options: { ignoreRequestId?: string } = {},
): Promise<ErasureBlocker[]> {
  const blockers: ErasureBlocker[] = [];
  const requests = await db
    .select({ id: erasureRequests.id, state: erasureRequests.state })
    .from(erasureRequests)
    .where(and(eq(erasureRequests.personId, person.id), ne(erasureRequests.state, 'rejected')));
  if (requests.some((r) => r.state === 'executed'))
    return [{ code: 'already_erased', message: "This person's data has already been erased." }];
  if (person.status !== 'terminated')
    blockers.push({
      code: 'still_employed',
      message:
        'This person still works here. Record the end of their employment on their profile (status "terminated") first.',
    });
  const [reports] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(people)
    .where(and(eq(people.managerId, person.id), ne(people.status, 'terminated')));
  if ((reports?.n ?? 0) > 0)
    blockers.push({
      code: 'has_direct_reports',
      message: `This person still manages ${reports?.n} people. Move them to another manager first.`,
    });
  if (requests.some((r) => r.state === 'requested' && r.id !== options.ignoreRequestId))
    blockers.push({
      code: 'request_open',
      message: 'An erasure request for this person is already waiting for a decision.',
    });
  return blockers;
}

/** Refuses with the blockers' messages, joined. */
export function refuseIfBlocked(blockers: ErasureBlocker[]) {
  if (blockers.length > 0) throw new AppError('erasure_blocked', blockers.map((b) => b.message).join(' '));
}

/**
 * A request's own texts with the person's email, name and employee id taken out: HR is asked not
 * to name them there, and what slips through is cut when the erasure runs.
 */
export function withoutIdentifiers(text: string, identifiers: string[]): string {
  return identifiers
    .filter((identifier) => identifier.trim().length >= 3)
    .reduce(
      (result, identifier) =>
        result.replace(new RegExp(identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[erased]'),
      text,
    );
}
