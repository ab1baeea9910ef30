import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';

const OneOnOnesPage = lazyRouteComponent(() => import('./OneOnOnesPage'), 'OneOnOnesPage');
const SeriesPage = lazyRouteComponent(() => import('./SeriesPage'), 'SeriesPage');

const listRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/one-on-ones',
  component: OneOnOnesPage,
});

const seriesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/one-on-ones/$seriesId',
  component: SeriesPage,
});

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const oneOnOnesRoutes = [listRoute, seriesRoute] as const satisfies readonly AnyRoute[];
