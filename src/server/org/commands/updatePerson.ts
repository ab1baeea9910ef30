import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { updatePersonRequest } from '../../../contracts/org';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import { followDirectoryEmail } from '../../platform/auth/loginEmail';
import { actorToday } from '../../platform/clock';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { personAccess } from '../access';
import { assertCatalogueRefs } from '../catalogue';
import { changeManager } from '../reportingLines';
import { people } from '../tables';

/**
 * HR edits a person. The write only applies to the version the editor saw: a stale version gets
 * 409 with the current one, and nothing of the request is applied. Anyone else: 404 or 403 (the guard).
 */
export async function updatePerson(
  db: Db,
  actor: Actor,
  personId: string,
  input: z.output<typeof updatePersonRequest>,
) {
  return inTransaction(db, async (tx) => {
    const before = (await personAccess.lockFor(tx, actor, personId, 'update', input.version)).row.person;
    const { version: _version, managerId, managerChangeEffective, ...fields } = input;
    await assertCatalogueRefs(tx, actor.organizationId, fields);
    const [after] = await tx
      .update(people)
      .set({ ...fields, version: before.version + 1, updatedAt: new Date() })
      .where(eq(people.id, personId))
      .returning();
    if (managerId !== undefined && managerId !== before.managerId) {
      await changeManager(tx, {
        organizationId: actor.organizationId,
        personId,
        managerId,
        effective: managerChangeEffective ?? (await actorToday(tx, actor)),
      });
    }
    if (fields.email && fields.email !== before.email) {
      await followDirectoryEmail(tx, [personId]);
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'person.updated',
      targetType: 'person',
      targetId: personId,
      before,
      after: { ...after, managerId: managerId === undefined ? before.managerId : managerId },
    });
  });
}
