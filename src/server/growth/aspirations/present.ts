import type { Aspiration } from '../../../contracts/aspirations';
import type { Actor } from '../../platform/auth/actor';
import type { Relation } from '../../platform/policy/relations';
import { aspirationPolicy } from './policy';
import type { AspirationRow } from './queries';

/** The exposed fields of an aspiration, with the caller's abilities on it. */
export function presentAspiration(actor: Actor, row: AspirationRow, relation: Relation | null): Aspiration {
  const { read: _read, logAccess: _log, ...abilities } = aspirationPolicy(actor, row, relation);
  return {
    id: row.id,
    ownerId: row.ownerId,
    kind: row.kind,
    horizon: row.horizon,
    aspirationText: row.aspirationText,
    sharedWithManager: row.sharedWithManager,
    sharedAt: row.sharedAt?.toISOString() ?? null,
    sharedWithTalentReview: row.sharedWithTalentReview,
    fromConversation: row.conversationId !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}
