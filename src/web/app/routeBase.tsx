import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { Me } from '../../contracts/auth';
import { prepareSignedInCatalogues } from '../i18n';
import { RouteErrorPage } from './ErrorPage';
import { StandaloneNotFoundPage } from './NotFoundPage';
import { meQuery } from './session';

/** The root and the signed-in layout route, apart from the tree so each area can hang its routes here. */
export interface RouterContext {
  queryClient: QueryClient;
}

declare module '@tanstack/router-core' {
  interface StaticDataRouteOption {
    /**
     * The route's screen waits for its areas' messages itself (its parts are `lazyPanel`s), so the
     * signed-in layout need not hold the first paint for every area's catalogue.
     */
    loadsOwnAreas?: boolean;
  }
}

/** Whether every matched route needs the areas' messages before it renders (see `loadsOwnAreas`). */
export function needsAreasBeforePaint(
  matches: ReadonlyArray<{ staticData?: { loadsOwnAreas?: boolean } }>,
): boolean {
  return !matches.some((match) => match.staticData?.loadsOwnAreas);
}

export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: StandaloneNotFoundPage,
  errorComponent: RouteErrorPage,
});

// ---- Signed-in app ----
// The shell (navigation, user menu, notifications) is a chunk of its own: the sign-in page skips it.
const AuthenticatedLayout = lazyRouteComponent(() => import('./AuthenticatedLayout'), 'AuthenticatedLayout');

export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location, matches }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    // The account's language and the areas' messages arrive before a signed-in screen renders,
    // unless the screen declares it waits for its own (the home page: its panels are lazyPanels).
    await prepareSignedInCatalogues(me.account.locale, { waitForAreas: needsAreasBeforePaint(matches) });
    return { me };
  },
  component: AuthenticatedLayout,
});
