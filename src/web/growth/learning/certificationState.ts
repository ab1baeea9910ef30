import type { Certification } from '../../../contracts/learning';

/** Badge colour per certification state; apart from CertificationsTab so the home page's panel stays small. */
export const stateColor: Record<Certification['state'], string> = {
  valid: 'green',
  expiring: 'orange',
  expired: 'red',
  no_expiry: 'gray',
};
