import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const LearningPage = lazyRouteComponent(() => import('./LearningPage'), 'LearningPage');

export const learningTabs = ['catalogue', 'mine', 'certifications'] as const;
export type LearningTab = (typeof learningTabs)[number];

/** `?tab=` of the learning page (the certification reminder links to certifications). */
const learningSearch = (search: Record<string, unknown>): { tab?: LearningTab } => ({
  tab: learningTabs.find((tab) => tab === search.tab),
});

const learningRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/learning',
  validateSearch: learningSearch,
  component: LearningPage,
});

/** Pages of this growth part, children of `growthRoute`. */
export const learningRoutes = [learningRoute] as const satisfies readonly AnyRoute[];
