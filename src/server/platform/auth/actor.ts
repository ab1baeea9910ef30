import type { RoleName } from './tables';

/** The authenticated caller of a request. Manager relations are derived per record, not stored here. */
export interface Actor {
  accountId: string;
  organizationId: string;
  personId: string | null;
  email: string;
  roles: ReadonlySet<RoleName>;
  locale: string;
  sessionId: string;
  csrfToken: string;
}

export const hasRole = (actor: Actor, role: RoleName) => actor.roles.has(role);
