import type { Me } from '../../contracts/auth';
import { hasRole } from '../app/session';

export type GrowthSectionKey =
  | 'overview'
  | 'conversations'
  | 'aspirations'
  | 'paths'
  | 'plans'
  | 'learning'
  | 'feedback360'
  | 'library';

export interface GrowthSection {
  key: GrowthSectionKey;
  to:
    | '/growth'
    | '/growth/conversations'
    | '/growth/aspirations'
    | '/growth/paths'
    | '/growth/plans'
    | '/growth/learning'
    | '/growth/360'
    | '/growth/library';
  exact?: boolean;
}

/**
 * The parts of the growth area a person can use: everyone with a person record owns their
 * conversations, aspirations, path, plans, learning and 360s; HR also edits the competency library,
 * career paths, question bank and learning catalogue. The server checks every call regardless.
 */
export function growthSectionsFor(me: Me): GrowthSection[] {
  const sections: GrowthSection[] = [
    { key: 'overview', to: '/growth', exact: true },
    { key: 'conversations', to: '/growth/conversations' },
    { key: 'aspirations', to: '/growth/aspirations' },
    { key: 'paths', to: '/growth/paths' },
    { key: 'plans', to: '/growth/plans' },
    { key: 'learning', to: '/growth/learning' },
    { key: 'feedback360', to: '/growth/360' },
  ];
  if (hasRole(me, 'hr_admin')) sections.push({ key: 'library', to: '/growth/library' });
  return sections;
}
