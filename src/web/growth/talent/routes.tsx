import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const TalentSessionsPage = lazyRouteComponent(() => import('./TalentSessionsPage'), 'TalentSessionsPage');
const TalentSessionPage = lazyRouteComponent(() => import('./TalentSessionPage'), 'TalentSessionPage');

const sessionsRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/talent',
  component: TalentSessionsPage,
});

const sessionRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/talent/$sessionId',
  component: TalentSessionPage,
});

/** Pages of talent reviews, children of `growthRoute`. */
export const talentRoutes = [sessionsRoute, sessionRoute] as const satisfies readonly AnyRoute[];
