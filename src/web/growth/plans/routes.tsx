import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const PlansPage = lazyRouteComponent(() => import('./PlansPage'), 'PlansPage');
const PlanPage = lazyRouteComponent(() => import('./PlanPage'), 'PlanPage');

const plansRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/plans',
  component: PlansPage,
});

const planRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/plans/$planId',
  component: PlanPage,
});

/** Pages of this growth part, children of `growthRoute`. */
export const plansRoutes = [plansRoute, planRoute] as const satisfies readonly AnyRoute[];
