import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

export const tabs360 = ['mine', 'tasks', 'approvals', 'coaching', 'programs'] as const;
export type Tab360 = (typeof tabs360)[number];

const listRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/360',
  validateSearch: (search: Record<string, unknown>): { tab?: Tab360 } =>
    tabs360.includes(search.tab as Tab360) ? { tab: search.tab as Tab360 } : {},
  component: lazyRouteComponent(() => import('./Feedback360Page'), 'Feedback360Page'),
});

const respondRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/360/respond/$taskId',
  component: lazyRouteComponent(() => import('./RespondPage'), 'RespondPage'),
});

const requestRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/360/$requestId',
  component: lazyRouteComponent(() => import('./RequestPage'), 'RequestPage'),
});

const reportRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/360/$requestId/report',
  component: lazyRouteComponent(() => import('./ReportPage'), 'ReportPage'),
});

/** Pages of 360 feedback, children of `growthRoute`. */
export const feedback360Routes = [
  listRoute,
  respondRoute,
  requestRoute,
  reportRoute,
] as const satisfies readonly AnyRoute[];
