import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';

const MyPayPage = lazyRouteComponent(() => import('./MyPayPage'), 'MyPayPage');
const PayAdminPage = lazyRouteComponent(() => import('./PayAdminPage'), 'PayAdminPage');
const CompCyclesPage = lazyRouteComponent(() => import('./cycles/CompCyclesPage'), 'CompCyclesPage');
const CompCyclePage = lazyRouteComponent(() => import('./cycles/CompCyclePage'), 'CompCyclePage');
const PlanningCyclesPage = lazyRouteComponent(
  () => import('./planning/PlanningCyclesPage'),
  'PlanningCyclesPage',
);
const PlanningGridPage = lazyRouteComponent(() => import('./planning/PlanningGridPage'), 'PlanningGridPage');
const ApprovalQueuePage = lazyRouteComponent(
  () => import('./approvals/ApprovalQueuePage'),
  'ApprovalQueuePage',
);

export const payAdminTabs = ['bands', 'import', 'letters'] as const;
export type PayAdminTab = (typeof payAdminTabs)[number];

const myPayRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/pay',
  component: MyPayPage,
});

/** `?tab=bands|import|letters` of HR's pay page. */
const payAdminRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/pay-admin',
  validateSearch: (search: Record<string, unknown>): { tab?: PayAdminTab } => ({
    tab: payAdminTabs.find((tab) => tab === search.tab),
  }),
  component: PayAdminPage,
});

const compCyclesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/comp-cycles',
  component: CompCyclesPage,
});

const compCycleRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/comp-cycles/$cycleId',
  component: CompCyclePage,
});

const planningCyclesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/comp-planning',
  component: PlanningCyclesPage,
});

const planningGridRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/comp-planning/$cycleId',
  component: PlanningGridPage,
});

/** The approver queue of a cycle's pay proposals (chain approvers, the approval team, HR). */
const approvalQueueRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/comp-approvals/$cycleId',
  /** `?scope=all`: open on everything in the caller's reach (read-only) rather than their queue. */
  validateSearch: (search: Record<string, unknown>): { scope?: 'all' } => ({
    scope: search.scope === 'all' ? 'all' : undefined,
  }),
  component: ApprovalQueuePage,
});

/** Pages of pay data and compensation cycles, children of performanceRoute (see ../routes.tsx). */
export const compensationRoutes = [
  myPayRoute,
  payAdminRoute,
  compCyclesRoute,
  compCycleRoute,
  planningCyclesRoute,
  planningGridRoute,
  approvalQueueRoute,
] as const satisfies readonly AnyRoute[];
