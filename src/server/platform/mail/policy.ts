import type { Actor } from '../auth/actor';
import type { DataClass } from '../dataClasses/registry';

/** How much of one recorded email its reader sees: everything, only whom it went to, or delivery facts only. */
export type OutboxView = 'content' | 'recipient' | 'metadata';

/**
 * The outbox is read by org admins and HR admins (for checking that mail goes out). Neither role
 * may read people's reviews, plans or conversations through it (SPEC S1), so an email shows its
 * address, subject and text only when its class is directory or system data. Account mail
 * (credential: invitations, resets) shows whom it went to; its text is withheld although the
 * stored copy holds no link anyway. Everything else shows delivery facts only — kind, class,
 * transport, time — not even the address: "who is holding a career conversation" is development
 * data.
 */
export const outboxPolicy = {
  read: (actor: Actor) => actor.roles.has('org_admin') || actor.roles.has('hr_admin'),
  view(dataClass: DataClass): OutboxView {
    if (dataClass === 'directory' || dataClass === 'system') return 'content';
    if (dataClass === 'credential') return 'recipient';
    return 'metadata';
  },
};
