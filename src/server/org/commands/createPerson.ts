import type { z } from 'zod';
import type { createPersonRequest } from '../../../contracts/org';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import { accounts } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { organizationDefaultLocale } from '../../platform/notifications/messages';
import { assertCatalogueRefs } from '../catalogue';
import { changeManager } from '../reportingLines';
import { people } from '../tables';

/** HR adds a person: the person, their first reporting line from the hire date, and a login without a password. */
export async function createPerson(db: Db, actor: Actor, input: z.output<typeof createPersonRequest>) {
  return inTransaction(db, async (tx) => {
    await assertCatalogueRefs(tx, actor.organizationId, input);
    const [person] = await tx
      .insert(people)
      .values({
        organizationId: actor.organizationId,
        employeeId: input.employeeId || null,
        email: input.email,
        givenName: input.givenName,
        familyName: input.familyName,
        jobTitle: input.jobTitle,
        levelId: input.levelId ?? null,
        departmentId: input.departmentId ?? null,
        location: input.location,
        timezone: input.timezone,
        hireDate: input.hireDate,
        status: input.status,
      })
      .returning();
    if (!person) throw new Error('insert returned nothing');
    await changeManager(tx, {
      organizationId: actor.organizationId,
      personId: person.id,
      managerId: input.managerId ?? null,
      effective: input.hireDate,
    });
    const [account] = await tx
      .insert(accounts)
      .values({
        organizationId: actor.organizationId,
        personId: person.id,
        email: input.email,
        // New accounts start in the organisation's default language (their invitation too).
        locale: await organizationDefaultLocale(tx, actor.organizationId),
      })
      .returning({ id: accounts.id });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'person.created',
      targetType: 'person',
      targetId: person.id,
      after: { ...input, sendInvitation: undefined },
    });
    return { personId: person.id, accountId: account!.id };
  });
}
