import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const AspirationsPage = lazyRouteComponent(() => import('./AspirationsPage'), 'AspirationsPage');

const aspirationsRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/aspirations',
  component: AspirationsPage,
});

/** Pages of this growth part, children of `growthRoute`. */
export const aspirationsRoutes = [aspirationsRoute] as const satisfies readonly AnyRoute[];
