import type { Me } from '../../contracts/auth';

export type AdminSection =
  | 'people'
  | 'import'
  | 'structure'
  | 'settings'
  | 'outbox'
  | 'audit'
  | 'jobs'
  | 'erasure';

/** Which administration pages this account may open (the server checks every call again). */
export function adminSections(me: Me): AdminSection[] {
  const roles = me.account.roles;
  const hr = roles.includes('hr_admin');
  const org = roles.includes('org_admin');
  const sections: AdminSection[] = [];
  if (hr) sections.push('people', 'import', 'structure');
  if (org) sections.push('settings');
  if (hr || org) sections.push('outbox', 'audit', 'jobs');
  // Erasure requests: HR only, four eyes (a second HR admin approves here).
  if (hr) sections.push('erasure');
  return sections;
}
