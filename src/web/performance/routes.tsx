import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { calibrationRoutes } from './calibration/routes';
import { compensationRoutes } from './compensation/routes';
import { feedbackRoutes } from './feedback/routes';
import { goalsRoutes } from './goals/routes';
import { improvementPlansRoutes } from './improvementPlans/routes';
import { oneOnOnesRoutes } from './oneOnOnes/routes';
import { performanceRoute } from './performanceRoute';
import { reviewsRoutes } from './reviews/routes';

const PerformanceOverviewPage = lazyRouteComponent(
  () => import('./PerformanceOverviewPage'),
  'PerformanceOverviewPage',
);

const overviewRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/',
  component: PerformanceOverviewPage,
});

/** The whole performance area as one subtree of the signed-in app. */
export const performanceRoutes = performanceRoute.addChildren([
  overviewRoute,
  ...goalsRoutes,
  ...oneOnOnesRoutes,
  ...feedbackRoutes,
  ...reviewsRoutes,
  ...calibrationRoutes,
  ...compensationRoutes,
  ...improvementPlansRoutes,
]);
