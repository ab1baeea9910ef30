import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import type { Me } from '../../contracts/auth';
import { AuthenticatedLayout } from './AuthenticatedLayout';
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
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (!me) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { me };
  },
  component: AuthenticatedLayout,
});
