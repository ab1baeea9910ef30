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
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    // The account's language and the areas' messages arrive before a signed-in screen renders; the
    // home page, the first screen after sign-in, paints sooner: its panels each wait for their own
    // area's messages (lazyPanel.tsx) while the rest arrive.
    await prepareSignedInCatalogues(me.account.locale, { waitForAreas: location.pathname !== '/' });
    return { me };
  },
  component: AuthenticatedLayout,
});
