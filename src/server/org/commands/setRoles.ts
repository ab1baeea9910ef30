import { eq } from 'drizzle-orm';
import { issue } from '../../../contracts/issues';
import { recordAuditEvent } from '../../platform/audit/record';
import type { Actor } from '../../platform/auth/actor';
import { accounts, type RoleName } from '../../platform/auth/tables';
import type { Db } from '../../platform/db/client';
import { inTransaction } from '../../platform/db/tx';
import { AppError, validationFailed } from '../../platform/errors/appError';
import { personAccess } from '../access';

/** Org admin grants or withdraws roles. An admin cannot remove their own org_admin role (no lock-out). */
export async function setRoles(db: Db, actor: Actor, personId: string, roles: RoleName[]) {
  return inTransaction(db, async (tx) => {
    // The guard has found the person in the caller's organisation; their login, if any, is theirs.
    const { relation } = await personAccess.lockFor(tx, actor, personId, 'manageRoles');
    const [account] = await tx.select().from(accounts).where(eq(accounts.personId, personId)).for('update');
    if (!account) {
      throw new AppError('invalid_state', issue('noLoginYet'));
    }
    const unique = [...new Set(roles)].sort();
    if (relation === 'self' && !unique.includes('org_admin')) {
      throw validationFailed({ roles: issue('ownAdminRole') });
    }
    await tx
      .update(accounts)
      .set({ roles: unique, version: account.version + 1 })
      .where(eq(accounts.id, account.id));
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorAccountId: actor.accountId,
      action: 'account.roles_changed',
      targetType: 'person',
      targetId: personId,
      before: { roles: account.roles },
      after: { roles: unique },
    });
  });
}
