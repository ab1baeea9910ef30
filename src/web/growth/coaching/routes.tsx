import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const CoachingPage = lazyRouteComponent(() => import('./CoachingPage'), 'CoachingPage');
const CoachPage = lazyRouteComponent(() => import('./CoachPage'), 'CoachPage');
const CoachingHrPage = lazyRouteComponent(() => import('./CoachingHrPage'), 'CoachingHrPage');

const coachingRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/coaching',
  component: CoachingPage,
});
const coachRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/coaching/coach',
  component: CoachPage,
});
const coachingHrRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/coaching/hr',
  component: CoachingHrPage,
});

/** Pages of coaching, children of `growthRoute`. */
export const coachingRoutes = [
  coachingRoute,
  coachRoute,
  coachingHrRoute,
] as const satisfies readonly AnyRoute[];
