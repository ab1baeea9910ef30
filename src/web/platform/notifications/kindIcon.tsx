import {
  IconAlarm,
  IconBell,
  IconClipboardCheck,
  IconMessageCircle,
  IconMessages,
  type IconProps,
  IconScale,
  IconTarget,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';

/** An icon per area, from the notification's kind ("review.reminder" → area "review"), to scan a list by eye. */
export function kindIcon(kind: string): ComponentType<IconProps> {
  if (kind.endsWith('.reminder')) return IconAlarm;
  const area = kind.split('.')[0];
  switch (area) {
    case 'feedback':
      return IconMessageCircle;
    case 'review':
      return IconClipboardCheck;
    case 'calibration':
      return IconScale;
    case 'goal':
    case 'goals':
      return IconTarget;
    case 'oneOnOne':
    case 'one_on_one':
      return IconMessages;
    default:
      return IconBell;
  }
}
