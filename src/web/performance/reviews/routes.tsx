import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { performanceRoute } from '../performanceRoute';

const reviewsRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/reviews',
  component: lazyRouteComponent(() => import('./ReviewsPage'), 'ReviewsPage'),
});
const reviewRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/reviews/$reviewId',
  component: lazyRouteComponent(() => import('./ReviewPage'), 'ReviewPage'),
});
const peerInputRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/peer-input/$formId',
  component: lazyRouteComponent(() => import('./PeerInputPage'), 'PeerInputPage'),
});
const cyclesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/cycles',
  component: lazyRouteComponent(() => import('./hr/CyclesPage'), 'CyclesPage'),
});
const cycleRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/cycles/$cycleId',
  component: lazyRouteComponent(() => import('./hr/CycleDashboardPage'), 'CycleDashboardPage'),
});
const templatesRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/review-templates',
  component: lazyRouteComponent(() => import('./hr/TemplatesPage'), 'TemplatesPage'),
});
const templateRoute = createRoute({
  getParentRoute: () => performanceRoute,
  path: '/review-templates/$templateId',
  component: lazyRouteComponent(() => import('./hr/TemplateBuilderPage'), 'TemplateBuilderPage'),
});

/** Pages of this part of the performance area, children of performanceRoute (see ../routes.tsx). */
export const reviewsRoutes = [
  reviewsRoute,
  reviewRoute,
  peerInputRoute,
  cyclesRoute,
  cycleRoute,
  templatesRoute,
  templateRoute,
] as const satisfies readonly AnyRoute[];
