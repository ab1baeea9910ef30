import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const PositionsPage = lazyRouteComponent(() => import('./PositionsPage'), 'PositionsPage');
const PositionPage = lazyRouteComponent(() => import('./PositionPage'), 'PositionPage');
const BenchPage = lazyRouteComponent(() => import('./BenchPage'), 'BenchPage');

const positionsRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/succession',
  component: PositionsPage,
});

const benchRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/succession/bench',
  component: BenchPage,
});

const positionRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/succession/$positionId',
  component: PositionPage,
});

/** Pages of succession planning, children of `growthRoute`. */
export const successionRoutes = [
  positionsRoute,
  benchRoute,
  positionRoute,
] as const satisfies readonly AnyRoute[];
