import type { QueryClient } from '@tanstack/react-query';
import {
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  type RouteComponent,
  redirect,
} from '@tanstack/react-router';
import { growthRoutes } from '../growth/routes';
import { loadAreaMessages } from '../i18n';
import { insightsRoutes } from '../insights/analytics/routes';
import { performanceRoutes } from '../performance/routes';
import { type AdminSection, adminSections } from './adminSections';
import { RouteErrorPage } from './ErrorPage';
import { NotFoundPage } from './NotFoundPage';
import { appRoute, rootRoute } from './routeBase';
import { directorySearch, optionalString, pageSearch } from './search';
import { meQuery, safeRedirect, useMe } from './session';

// Pages load on first visit, so signing in does not wait for every screen's code, and the app's
// screens do not wait for the sign-in form's.
const LoginPage = lazyRouteComponent(() => import('../platform/auth/LoginPage'), 'LoginPage');
const HomePage = lazyRouteComponent(() => import('../insights/HomePage'), 'HomePage');
const TeamPage = lazyRouteComponent(() => import('../insights/TeamPage'), 'TeamPage');
const AddPersonPage = lazyRouteComponent(() => import('../org/admin/AddPersonPage'), 'AddPersonPage');
const ImportPeoplePage = lazyRouteComponent(
  () => import('../org/admin/ImportPeoplePage'),
  'ImportPeoplePage',
);
const StructurePage = lazyRouteComponent(() => import('../org/admin/StructurePage'), 'StructurePage');
const DirectoryPage = lazyRouteComponent(() => import('../org/directory/DirectoryPage'), 'DirectoryPage');
const OrgChartPage = lazyRouteComponent(() => import('../org/orgChart/OrgChartPage'), 'OrgChartPage');
const ProfilePage = lazyRouteComponent(() => import('../org/profile/ProfilePage'), 'ProfilePage');
const AccessLogPage = lazyRouteComponent(() => import('../platform/AccessLogPage'), 'AccessLogPage');
const NotificationsPage = lazyRouteComponent(
  () => import('../platform/notifications/NotificationsPage'),
  'NotificationsPage',
);
const AdminIndexPage = lazyRouteComponent(() => import('../platform/admin/AdminIndexPage'), 'AdminIndexPage');
const AuditPage = lazyRouteComponent(() => import('../platform/admin/AuditPage'), 'AuditPage');
const JobsPage = lazyRouteComponent(() => import('../platform/admin/JobsPage'), 'JobsPage');
const ErasureRequestsPage = lazyRouteComponent(
  () => import('../platform/erasure/ErasureRequestsPage'),
  'ErasureRequestsPage',
);
const OutboxPage = lazyRouteComponent(() => import('../platform/admin/OutboxPage'), 'OutboxPage');
const SettingsPage = lazyRouteComponent(() => import('../platform/admin/SettingsPage'), 'SettingsPage');
const ForgotPasswordPage = lazyRouteComponent(
  () => import('../platform/auth/ForgotPasswordPage'),
  'ForgotPasswordPage',
);
const SetPasswordPage = lazyRouteComponent(
  () => import('../platform/auth/SetPasswordPage'),
  'SetPasswordPage',
);
const SurveyLinkPage = lazyRouteComponent(() => import('../growth/surveys/LinkAnswerPage'), 'LinkAnswerPage');

// ---- Public pages (no session needed) ----
const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => ({
    redirect: optionalString(search.redirect),
  }),
  beforeLoad: async ({ context, search }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginPage,
});
// The password pages check their forms on the page, so their issue texts come before them.
const withIssueTexts = () => loadAreaMessages(['validation']).catch(() => {});
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/forgot-password',
  beforeLoad: withIssueTexts,
  component: ForgotPasswordPage,
});
const tokenSearch = (search: Record<string, unknown>): { token?: string } => ({
  token: optionalString(search.token),
});
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/reset-password',
  validateSearch: tokenSearch,
  beforeLoad: withIssueTexts,
  component: () => <SetPasswordPage mode="reset" />,
});
const acceptInvitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/accept-invitation',
  validateSearch: tokenSearch,
  beforeLoad: withIssueTexts,
  component: () => <SetPasswordPage mode="invitation" />,
});
// A pulse survey answered through the one-time link of its invitation email, without signing in.
const surveyLinkRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/surveys/answer',
  validateSearch: tokenSearch,
  beforeLoad: () => loadAreaMessages(['validation', 'surveys']).catch(() => {}),
  component: SurveyLinkPage,
});

const area = <const TPath extends string>(path: TPath, component: RouteComponent) =>
  createRoute({ getParentRoute: () => appRoute, path, component });

// Home is the first screen after sign-in; its Now/Next panels each wait for their own area's messages.
const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  staticData: { loadsOwnAreas: true },
  component: HomePage,
});
const teamRoute = area('/team', TeamPage);
const peopleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people',
  validateSearch: directorySearch,
  component: DirectoryPage,
});
const personRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/people/$personId',
  component: ProfilePage,
});
const orgChartRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/org-chart',
  validateSearch: (search: Record<string, unknown>): { focus?: string } => ({
    focus: optionalString(search.focus),
  }),
  component: OrgChartPage,
});
const notificationsRoute = area('/notifications', NotificationsPage);
// The survey invitation's in-app notification links here; the questionnaire lives in the growth area.
const surveyInvitationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys/rounds/$roundId',
  beforeLoad: ({ params }) => {
    throw redirect({ to: '/growth/surveys/rounds/$roundId', params, replace: true });
  },
});
const accessLogRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/privacy/access-log',
  validateSearch: pageSearch,
  component: AccessLogPage,
});

// ---- Administration: each section only for the roles that may use it (others see a 404) ----
function AdminGate({ section, children }: { section?: AdminSection; children: React.ReactNode }) {
  const me = useMe();
  const allowed = section ? adminSections(me).includes(section) : me.navigation.includes('admin');
  return allowed ? children : <NotFoundPage />;
}
const adminRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin',
  component: () => (
    <AdminGate>
      <Outlet />
    </AdminGate>
  ),
});
const adminPage = <const TPath extends string>(path: TPath, section: AdminSection, Page: RouteComponent) =>
  createRoute({
    getParentRoute: () => adminRoute,
    path,
    validateSearch: pageSearch,
    component: () => (
      <AdminGate section={section}>
        <Page />
      </AdminGate>
    ),
  });
const adminIndexRoute = createRoute({
  getParentRoute: () => adminRoute,
  path: '/',
  component: AdminIndexPage,
});
const adminPeopleRoute = adminPage('/people', 'people', AddPersonPage);
const adminImportRoute = adminPage('/import', 'import', ImportPeoplePage);
const adminStructureRoute = adminPage('/structure', 'structure', StructurePage);
const adminSettingsRoute = adminPage('/settings', 'settings', SettingsPage);
const adminOutboxRoute = adminPage('/outbox', 'outbox', OutboxPage);
const adminAuditRoute = adminPage('/audit', 'audit', AuditPage);
const adminJobsRoute = adminPage('/jobs', 'jobs', JobsPage);
const adminErasureRoute = adminPage('/erasure', 'erasure', ErasureRequestsPage);

// Any other address inside the app: a 404 within the normal layout.
const catchAllRoute = createRoute({ getParentRoute: () => appRoute, path: '$', component: NotFoundPage });

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  acceptInvitationRoute,
  surveyLinkRoute,
  appRoute.addChildren([
    homeRoute,
    performanceRoutes,
    growthRoutes,
    teamRoute,
    insightsRoutes,
    peopleRoute,
    personRoute,
    orgChartRoute,
    accessLogRoute,
    notificationsRoute,
    surveyInvitationRoute,
    adminRoute.addChildren([
      adminIndexRoute,
      adminPeopleRoute,
      adminImportRoute,
      adminStructureRoute,
      adminSettingsRoute,
      adminOutboxRoute,
      adminAuditRoute,
      adminJobsRoute,
      adminErasureRoute,
    ]),
    catchAllRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
    defaultNotFoundComponent: NotFoundPage,
    defaultErrorComponent: RouteErrorPage,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
