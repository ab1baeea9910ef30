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
  | 'mentoring'
  | 'coaching'
  | 'surveys'
  | 'library'
  | 'succession'
  | 'talent';

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
    | '/growth/mentoring'
    | '/growth/coaching'
    | '/growth/surveys'
    | '/growth/library'
    | '/growth/succession'
    | '/growth/talent';
  exact?: boolean;
}

/**
 * The parts of the growth area a person can use: everyone with a person record owns their
 * conversations, aspirations, path, plans, learning and 360s; HR also edits the competency library,
 * career paths, question bank and learning catalogue. The server checks every call regardless.
 */
export function growthSectionsFor(
  me: Me,
  access: { succession?: boolean; talent?: boolean } = {},
): GrowthSection[] {
  const sections: GrowthSection[] = [
    { key: 'overview', to: '/growth', exact: true },
    { key: 'conversations', to: '/growth/conversations' },
    { key: 'aspirations', to: '/growth/aspirations' },
    { key: 'paths', to: '/growth/paths' },
    { key: 'plans', to: '/growth/plans' },
    { key: 'learning', to: '/growth/learning' },
    { key: 'feedback360', to: '/growth/360' },
    { key: 'mentoring', to: '/growth/mentoring' },
    { key: 'coaching', to: '/growth/coaching' },
    // Pulse surveys: everyone answers; HR manages and reads results; managers read their subtree's.
    { key: 'surveys', to: '/growth/surveys' },
  ];
  if (hasRole(me, 'hr_admin')) sections.push({ key: 'library', to: '/growth/library' });
  // Succession plans (class talent): HR admins, and executives designated for at least one plan.
  if (access.succession) sections.push({ key: 'succession', to: '/growth/succession' });
  // Talent reviews (class talent): HR admins, and people named as participants of some review.
  if (access.talent) sections.push({ key: 'talent', to: '/growth/talent' });
  return sections;
}
