import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appRoute } from '../../app/routeBase';
import { insightsSearch } from './search';

// The area's frame and pages load on first visit, not with the app's first screen.
const InsightsLayout = lazyRouteComponent(() => import('./InsightsLayout'), 'InsightsLayout');
const AnalyticsPage = lazyRouteComponent(() => import('./AnalyticsPage'), 'AnalyticsPage');

/** `/insights`: HR analytics in two halves, each its own address; the bare address opens Now. */
const insightsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/insights',
  component: InsightsLayout,
});

const insightsIndexRoute = createRoute({
  getParentRoute: () => insightsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/insights/now', replace: true });
  },
});

const nowRoute = createRoute({
  getParentRoute: () => insightsRoute,
  path: '/now',
  validateSearch: insightsSearch,
  component: () => <AnalyticsPage half="now" />,
});

const nextRoute = createRoute({
  getParentRoute: () => insightsRoute,
  path: '/next',
  validateSearch: insightsSearch,
  component: () => <AnalyticsPage half="next" />,
});

/** The insights area as one subtree of the signed-in app (pulse surveys hang their pages here too). */
export const insightsRoutes = insightsRoute.addChildren([insightsIndexRoute, nowRoute, nextRoute]);
