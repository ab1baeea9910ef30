import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';

const goalsListRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/goals',
  component: lazyRouteComponent(() => import('./GoalsPage'), 'GoalsPage'),
});

const goalDetailRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/goals/$goalId',
  component: lazyRouteComponent(() => import('./GoalDetailPage'), 'GoalDetailPage'),
});

const kpisRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/kpis',
  component: lazyRouteComponent(() => import('./KpisPage'), 'KpisPage'),
});

const templatesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/goal-templates',
  component: lazyRouteComponent(() => import('./GoalTemplatesPage'), 'GoalTemplatesPage'),
});

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const goalsRoutes = [
  goalsListRoute,
  goalDetailRoute,
  kpisRoute,
  templatesRoute,
] as const satisfies readonly AnyRoute[];
