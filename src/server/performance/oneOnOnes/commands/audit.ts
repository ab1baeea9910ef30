import { recordAuditEvent } from '../../../platform/audit/record';
import type { Actor } from '../../../platform/auth/actor';
import type { Db } from '../../../platform/db/client';

/**
 * Audit events of 1:1 writes name what changed (ids, fields, flags), never the words: the agenda is
 * between two people and private notes belong to one, so no text reaches the audit trail.
 */
export function recordOneOnOneEvent(
  tx: Db,
  actor: Actor,
  event: { action: string; targetType: string; targetId: string; after: Record<string, unknown> },
) {
  return recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorAccountId: actor.accountId,
    action: event.action,
    targetType: event.targetType,
    targetId: event.targetId,
    after: event.after,
  });
}

/** The names of the fields a request changes, for the audit trail. */
export const changedFields = (input: Record<string, unknown>) =>
  Object.keys(input).filter((key) => key !== 'version' && input[key] !== undefined);
