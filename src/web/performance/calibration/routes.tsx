import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';

const sessionsRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/calibration',
  component: lazyRouteComponent(() => import('./CalibrationListPage'), 'CalibrationListPage'),
});

const sessionRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/calibration/$sessionId',
  component: lazyRouteComponent(() => import('./SessionPage'), 'SessionPage'),
});

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const calibrationRoutes = [sessionsRoute, sessionRoute] as const satisfies readonly AnyRoute[];
