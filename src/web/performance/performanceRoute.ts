import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '../app/routeBase';

// The area's section bar loads with the area, not with the app's first screen.
const PerformanceLayout = lazyRouteComponent(() => import('./PerformanceLayout'), 'PerformanceLayout');

/** `/performance`: the "now" area. Each part (goals, 1:1s, feedback, reviews, calibration) hangs its pages here. */
export const performanceRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/performance',
  component: PerformanceLayout,
});
