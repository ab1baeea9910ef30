import { IconSeedling, IconTarget } from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { AnalyticsHalf } from '../../../contracts/analytics';

/** Each half in its track's identity (as on the home page's Now and Next): indigo now, brand next. */
export const halfLook: Record<
  AnalyticsHalf,
  { color: 'indigo' | 'brand'; icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }> }
> = {
  now: { color: 'indigo', icon: IconTarget },
  next: { color: 'brand', icon: IconSeedling },
};
