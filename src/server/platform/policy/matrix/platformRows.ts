import { all, type MatrixRow, onlyRoles, signedIn } from './types';

/** Platform routes: auth, transparency, admin. */
export const platformRows: MatrixRow[] = [
  { route: 'GET /api/health', target: 'none', expect: all(200) },
  // Readiness names checks and migration counts, nobody's data.
  { route: 'GET /api/ready', target: 'none', expect: all(200) },
  // The API description names every field (`aspirationText`, …) but carries nobody's data.
  { route: 'GET /api/openapi.json', target: 'none', expect: all(200), namesFieldsOnly: true },
  {
    route: 'POST /api/auth/login',
    target: 'none',
    body: ({ unique }) => ({ email: `${unique}@nowhere.test`, password: 'wrong-password' }),
    expect: all(401),
  },
  { route: 'POST /api/auth/logout', target: 'none', expect: signedIn(204), endsSession: true },
  { route: 'POST /api/auth/logout-everywhere', target: 'none', expect: signedIn(204), endsSession: true },
  { route: 'GET /api/auth/me', target: 'none', expect: signedIn(200) },
  {
    route: 'PATCH /api/auth/me/preferences',
    target: 'none',
    body: () => ({ locale: 'en' }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/auth/password-reset/request',
    target: 'none',
    body: ({ unique }) => ({ email: `${unique}@nowhere.test` }),
    expect: all(202),
  },
  {
    route: 'POST /api/auth/password-reset/complete',
    target: 'none',
    body: ({ unique }) => ({ token: `not-a-real-token-${unique}`, password: 'a-long-enough-password' }),
    expect: all(400),
  },
  {
    route: 'POST /api/auth/invitations/accept',
    target: 'none',
    body: ({ unique }) => ({ token: `not-a-real-token-${unique}`, password: 'a-long-enough-password' }),
    expect: all(400),
  },
  { route: 'GET /api/access-log/me', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/admin/audit', target: 'none', expect: onlyRoles(['org_admin', 'hr_admin'], 200) },
  {
    route: 'GET /api/admin/audit/verify',
    target: 'none',
    expect: onlyRoles(['org_admin', 'hr_admin'], 200),
  },
  { route: 'GET /api/admin/outbox', target: 'none', expect: onlyRoles(['org_admin', 'hr_admin'], 200) },
  { route: 'GET /api/admin/settings', target: 'none', expect: onlyRoles(['org_admin'], 200) },
  {
    route: 'PUT /api/admin/settings',
    target: 'none',
    body: () => ({ name: 'Test Org', defaultLocale: 'en', defaultTimezone: 'Europe/Berlin' }),
    expect: onlyRoles(['org_admin'], 200),
  },
];
