import type { Certification } from '../../../contracts/learning';
import { toneColor } from '../../app/statusColors';

/** Badge colour per certification state; apart from CertificationsTab so the home page's panel stays small. */
export const stateColor: Record<Certification['state'], string> = {
  valid: toneColor.positive,
  expiring: toneColor.caution,
  expired: toneColor.negative,
  no_expiry: toneColor.neutral,
};
