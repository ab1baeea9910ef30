import { type AnyRoute, createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { growthRoute } from '../growthRoute';

const MyPathPage = lazyRouteComponent(() => import('./PathPage'), 'MyPathPage');
const PersonPathPage = lazyRouteComponent(() => import('./PathPage'), 'PersonPathPage');
const LibraryPage = lazyRouteComponent(() => import('./LibraryPage'), 'LibraryPage');
const CompetencyEditorPage = lazyRouteComponent(
  () => import('./CompetencyEditorPage'),
  'CompetencyEditorPage',
);
const TrackEditorPage = lazyRouteComponent(() => import('./TrackEditorPage'), 'TrackEditorPage');

const myPathRoute = createRoute({ getParentRoute: () => growthRoute, path: '/paths', component: MyPathPage });
const personPathRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/paths/people/$personId',
  component: PersonPathPage,
});
const libraryRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/library',
  component: LibraryPage,
});
const competencyRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/library/competencies/$competencyId',
  component: CompetencyEditorPage,
});
const trackRoute = createRoute({
  getParentRoute: () => growthRoute,
  path: '/library/tracks/$trackId',
  component: TrackEditorPage,
});

/** Pages of this growth part, children of `growthRoute`: my path, a report's path, HR's library. */
export const pathsRoutes = [
  myPathRoute,
  personPathRoute,
  libraryRoute,
  competencyRoute,
  trackRoute,
] as const satisfies readonly AnyRoute[];
