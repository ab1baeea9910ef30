import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import type { PipState } from '../../../contracts/improvementPlans';
import { pipState } from '../../../contracts/improvementPlans';
import { performanceRoute } from '../performanceRoute';

const PlansListPage = lazyRouteComponent(() => import('./PlansListPage'), 'PlansListPage');
const PlanPage = lazyRouteComponent(() => import('./PlanPage'), 'PlanPage');
const PlanEditorPage = lazyRouteComponent(() => import('./PlanEditorPage'), 'PlanEditorPage');

/** `?state=` filters HR's list. */
const listRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/improvement-plans',
  validateSearch: (search: Record<string, unknown>): { state?: PipState } => ({
    state: pipState.options.find((state) => state === search.state),
  }),
  component: PlansListPage,
});

/** `?employeeId=` starts the draft for that person (from a profile or the team view). */
const newRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/improvement-plans/new',
  validateSearch: (search: Record<string, unknown>): { employeeId?: string } => ({
    employeeId: typeof search.employeeId === 'string' ? search.employeeId : undefined,
  }),
  component: PlanEditorPage,
});

const planRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/improvement-plans/$planId',
  component: PlanPage,
});

const editRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/improvement-plans/$planId/edit',
  component: PlanEditorPage,
});

/** Pages of improvement plans, children of performanceRoute (see ../routes.tsx). */
export const improvementPlansRoutes = [
  listRoute,
  newRoute,
  planRoute,
  editRoute,
] as const satisfies readonly AnyRoute[];
