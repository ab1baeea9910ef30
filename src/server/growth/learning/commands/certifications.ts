import { and, eq } from 'drizzle-orm';
import { issue } from '../../../../contracts/issues';
import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';
import { inTransaction } from '../../../platform/db/tx';
import { notFound, validationFailed } from '../../../platform/errors/appError';
import { certificationAccess } from '../access';
import { certifications, learningItems } from '../tables';

interface CertificationFields {
  certificationName: string;
  issuer: string;
  itemId: string | null;
  issuedOn: string;
  expiresOn: string | null;
  sharedWithManager: boolean;
}

async function assertItem(tx: Db, organizationId: string, itemId: string | null) {
  if (!itemId) return;
  const [item] = await tx
    .select({ id: learningItems.id })
    .from(learningItems)
    .where(and(eq(learningItems.organizationId, organizationId), eq(learningItems.id, itemId)));
  if (!item) throw validationFailed({ itemId: issue('chooseCatalogueItem') });
}

const fieldsOf = (input: CertificationFields) => ({
  name: input.certificationName,
  issuer: input.issuer,
  itemId: input.itemId,
  issuedOn: input.issuedOn,
  expiresOn: input.expiresOn,
  sharedWithManager: input.sharedWithManager,
});

/** The caller records a certification they hold. */
export function addCertification(db: Db, actor: Actor, input: CertificationFields): Promise<string> {
  return inTransaction(db, async (tx) => {
    if (!actor.personId) throw notFound('Person');
    await assertItem(tx, actor.organizationId, input.itemId);
    const [row] = await tx
      .insert(certifications)
      .values({ organizationId: actor.organizationId, personId: actor.personId, ...fieldsOf(input) })
      .returning({ id: certifications.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.certification_added',
      targetType: 'certification',
      targetId: row!.id,
    });
    return row!.id;
  });
}

/** The caller's own certification, locked: 404 unless they may read it, 403 for a reader, 409 when stale. */
async function lockOwn(tx: Db, actor: Actor, certificationId: string, version: number) {
  return (await certificationAccess.lockFor(tx, actor, certificationId, 'edit', version)).row.certification;
}

/** The owner edits a certification (a renewal is a new expiry date, which is reminded again). */
export function updateCertification(
  db: Db,
  actor: Actor,
  certificationId: string,
  input: CertificationFields & { version: number },
): Promise<void> {
  return inTransaction(db, async (tx) => {
    const current = await lockOwn(tx, actor, certificationId, input.version);
    await assertItem(tx, actor.organizationId, input.itemId);
    await tx
      .update(certifications)
      .set({ ...fieldsOf(input), version: current.version + 1, updatedAt: new Date() })
      .where(eq(certifications.id, certificationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.certification_updated',
      targetType: 'certification',
      targetId: certificationId,
    });
  });
}

export function removeCertification(
  db: Db,
  actor: Actor,
  certificationId: string,
  version: number,
): Promise<void> {
  return inTransaction(db, async (tx) => {
    await lockOwn(tx, actor, certificationId, version);
    await tx.delete(certifications).where(eq(certifications.id, certificationId));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'learning.certification_removed',
      targetType: 'certification',
      targetId: certificationId,
    });
  });
}
