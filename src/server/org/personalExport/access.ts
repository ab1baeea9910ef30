import { issue } from '../../../contracts/issues';
import { type AccessedDataClass, recordAccess } from '../../platform/audit/accessLog';
import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/client';
import { AppError, forbidden, notFound } from '../../platform/errors/appError';
import { personAccess } from '../access';
import { displayName } from '../present';
import { personalExportPolicy } from './policy';

/**
 * The person an export is about, as they see themselves: their own person id and no roles. Every
 * exporter reads through its domain's guard as this actor, so the export holds what the person sees
 * in the app about themselves — being HR or an admin adds nothing about oneself — and, reading their
 * own records, writes nothing to their access log.
 */
function asThemselves(organizationId: string, person: { id: string }, accountId: string | null): Actor {
  return {
    accountId: accountId ?? '',
    organizationId,
    personId: person.id,
    email: '',
    roles: new Set(),
    locale: 'en',
    sessionId: '',
    csrfToken: '',
  };
}

/** The caller's own export: any signed-in person; an account without a person has nothing to export (404). */
export async function ownExportFor(db: Db, actor: Actor) {
  if (!actor.personId) throw notFound('Person');
  const { row } = await personAccess.readFor(db, actor, actor.personId, { resource: false });
  return {
    subject: asThemselves(actor.organizationId, row.person, actor.accountId),
    person: { id: row.person.id, displayName: displayName(row.person) },
  };
}

/**
 * The door to HR's export on a written request. HR admins only (others 403 before any lookup, like
 * HR's other tools); someone outside the organisation 404; one's own data goes through "Download my
 * data" (403 here, so HR's extra folder never covers the HR admin's own records). The read lands on
 * the person's access log with the request's reference and reason, once per class the export reads
 * (SPEC S1.5: investigations need an explicit reason, and the person sees it).
 */
export async function exportOnRequestFor(
  tx: Db,
  actor: Actor,
  personId: string,
  request: { reference: string; reason: string },
) {
  if (!personalExportPolicy.exportOnRequest(actor)) throw forbidden();
  const { row } = await personAccess.readFor(tx, actor, personId, { resource: false });
  if (row.person.id === actor.personId) throw new AppError('forbidden', issue('ownDataExport'));
  const reason = `Data export on written request ${request.reference}: ${request.reason}`;
  for (const dataClass of exportedClasses)
    await recordAccess(tx, actor, {
      subjectPersonId: personId,
      dataClass,
      resource: 'personal data export',
      reason,
    });
  return {
    subject: asThemselves(actor.organizationId, row.person, row.account?.id ?? null),
    person: { id: row.person.id, displayName: displayName(row.person) },
  };
}

/** The logged classes an export reads (its confidential part is withheld from HR, see the command). */
const exportedClasses: AccessedDataClass[] = ['directory', 'performance', 'compensation', 'development'];
