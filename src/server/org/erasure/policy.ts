import type { Actor } from '../../platform/auth/actor';

/**
 * Who erases whose data (SPEC S2 "Data rights"): HR admins only, with four eyes — one requests,
 * a second, different HR admin approves (only then does it run) or rejects; the requester or any
 * HR admin may cancel an open request. Nobody requests their own erasure here (they write to HR).
 */
export const erasurePolicy = {
  manage: (actor: Actor) => actor.roles.has('hr_admin'),
};
