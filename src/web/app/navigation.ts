import {
  IconBinaryTree2,
  IconChartBar,
  IconHome,
  IconSeedling,
  IconSettings,
  IconTarget,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { ComponentType } from 'react';
import type { Me, NavigationArea } from '../../contracts/auth';

export type NavKey = NavigationArea | 'people' | 'orgChart';

export interface NavItem {
  key: NavKey;
  to: '/' | '/performance' | '/growth' | '/team' | '/insights' | '/admin' | '/people' | '/org-chart';
  icon: ComponentType<{ size?: number; stroke?: number; 'aria-hidden'?: boolean }>;
  exact?: boolean;
}

export interface NavSection {
  key: 'you' | 'organisation' | 'administration';
  items: NavItem[];
}

const sections: NavSection[] = [
  {
    key: 'you',
    items: [
      { key: 'home', to: '/', icon: IconHome, exact: true },
      { key: 'performance', to: '/performance', icon: IconTarget },
      { key: 'growth', to: '/growth', icon: IconSeedling },
    ],
  },
  {
    key: 'organisation',
    items: [
      { key: 'team', to: '/team', icon: IconUsersGroup },
      { key: 'people', to: '/people', icon: IconUsers },
      { key: 'orgChart', to: '/org-chart', icon: IconBinaryTree2 },
      { key: 'insights', to: '/insights', icon: IconChartBar },
    ],
  },
  { key: 'administration', items: [{ key: 'admin', to: '/admin', icon: IconSettings }] },
];

/** Exactly the areas the server lists for this user, plus the directory and org chart for all. */
export function navigationFor(me: Me): NavSection[] {
  const visible = (key: NavKey) => key === 'people' || key === 'orgChart' || me.navigation.includes(key);
  return sections
    .map((section) => ({ ...section, items: section.items.filter((item) => visible(item.key)) }))
    .filter((section) => section.items.length > 0);
}
