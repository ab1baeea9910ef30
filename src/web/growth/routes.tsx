import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { aspirationsRoutes } from './aspirations/routes';
import { coachingRoutes } from './coaching/routes';
import { conversationsRoutes } from './conversations/routes';
import { feedback360Routes } from './feedback360/routes';
import { growthRoute } from './growthRoute';
import { learningRoutes } from './learning/routes';
import { mentoringRoutes } from './mentoring/routes';
import { pathsRoutes } from './paths/routes';
import { plansRoutes } from './plans/routes';
import { successionRoutes } from './succession/routes';
import { surveysRoutes } from './surveys/routes';
import { talentRoutes } from './talent/routes';

const GrowthPage = lazyRouteComponent(() => import('./GrowthPage'), 'GrowthPage');

const overviewRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/',
  component: GrowthPage,
});

/** The whole growth area as one subtree of the signed-in app. */
export const growthRoutes = growthRoute.addChildren([
  overviewRoute,
  ...conversationsRoutes,
  ...aspirationsRoutes,
  ...pathsRoutes,
  ...plansRoutes,
  ...learningRoutes,
  ...feedback360Routes,
  ...mentoringRoutes,
  ...coachingRoutes,
  ...successionRoutes,
  ...talentRoutes,
  ...surveysRoutes,
]);
