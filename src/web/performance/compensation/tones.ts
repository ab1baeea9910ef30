import type { Tone } from '../../app/statusColors';

/** Where a base sits against its band: inside is fine; outside either way asks for a look. */
export const bandFlagTone: Record<'below_min' | 'within' | 'above_max', Tone> = {
  below_min: 'caution',
  within: 'positive',
  above_max: 'caution',
};
