import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const MentoringPage = lazyRouteComponent(() => import('./MentoringPage'), 'MentoringPage');
const MatchPage = lazyRouteComponent(() => import('./MatchPage'), 'MatchPage');
const ProgrammeAdminPage = lazyRouteComponent(() => import('./ProgrammeAdminPage'), 'ProgrammeAdminPage');

const mentoringRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/mentoring',
  component: MentoringPage,
});

const matchRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/mentoring/matches/$matchId',
  component: MatchPage,
});

const programmeRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/mentoring/programmes/$programmeId',
  component: ProgrammeAdminPage,
});

/** Pages of mentoring, children of `growthRoute`. */
export const mentoringRoutes = [
  mentoringRoute,
  matchRoute,
  programmeRoute,
] as const satisfies readonly AnyRoute[];
