import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { buildExportArchive, collectPersonalData } from '../../../platform/export/archive';
import type { PersonalDataExporter } from '../../../platform/export/types';
import { notify } from '../../../platform/notifications/notify';
import { exportOnRequestFor, ownExportFor } from '../access';
import { withheldFromHr } from '../policy';

/** "Download my data": everything the caller sees about themselves, as a ZIP. */
export async function exportOwnData(
  db: Db,
  options: { actor: Actor; exporters: readonly PersonalDataExporter[] },
) {
  const { subject, person } = await ownExportFor(db, options.actor);
  const collected = await collectPersonalData(options.exporters, { db, subject, reviewer: null });
  return buildExportArchive({ subject: person, audience: 'self', request: null, collected });
}

/**
 * HR's export of a person's data on their written request: the person's own export (less what no
 * admin reads), plus `for-hr-review/`, in one transaction with the access-log entries, the audit
 * event and the notice to the person — an export nobody can see was made cannot happen.
 */
export async function exportPersonalDataOnRequest(
  db: Db,
  options: {
    actor: Actor;
    personId: string;
    request: { reference: string; reason: string };
    exporters: readonly PersonalDataExporter[];
  },
) {
  const { actor, personId, request } = options;
  return inTransaction(db, async (tx) => {
    const { subject, person } = await exportOnRequestFor(tx, actor, personId, request);
    const collected = await collectPersonalData(
      options.exporters,
      { db: tx, subject, reviewer: actor },
      withheldFromHr,
    );
    const built = buildExportArchive({
      subject: person,
      audience: 'hr',
      request: { reference: request.reference, requestedBy: actor.email },
      collected,
    });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'person.data_exported',
      targetType: 'person',
      targetId: personId,
      // Counts, not content: the trail says what went out, never the records themselves.
      after: {
        reference: request.reference,
        reason: request.reason,
        files: built.manifest.files.map((f) => ({ name: f.name, records: f.records })),
        forHrReview: built.manifest.forHrReview.map((f) => ({ name: f.name, records: f.records })),
      },
    });
    await notify(tx, [
      {
        organizationId: actor.organizationId,
        recipientId: personId,
        kind: 'privacy.data_exported',
        params: {},
        link: '/privacy/access-log',
        email: true,
      },
    ]);
    return built;
  });
}
