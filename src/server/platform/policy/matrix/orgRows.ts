import { type MatrixRow, onlyRoles, rel, signedIn } from './types';

// Directory data is readable by everyone in the organisation; other organisations answer 404.
const directoryRead = {
  ...signedIn(200),
  employee: rel(200, 'n/a', 200, 404),
  manager: rel(200, 200, 200, 404),
  skip_level: rel(200, 200, 200, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 200, 404),
  coach: rel(200, 'n/a', 200, 404),
  org_admin: rel(200, 'n/a', 200, 404),
};

// Own history, the management chain, HR and org admins; a colleague's history is not shown.
const reportingHistoryRead = {
  anonymous: 401,
  employee: rel(200, 'n/a', 404, 404),
  manager: rel(200, 200, 404, 404),
  skip_level: rel(200, 200, 404, 404),
  hr_admin: rel(200, 'n/a', 200, 404),
  approver: rel(200, 'n/a', 404, 404),
  coach: rel(200, 'n/a', 404, 404),
  org_admin: rel(200, 'n/a', 200, 404),
};

/** HR-only change of a person: HR may, others are refused, other organisations do not exist. */
const hrChange = (ok: number, ownForHr: number = ok) => ({
  anonymous: 401,
  employee: rel(403, 'n/a', 403, 404),
  manager: rel(403, 403, 403, 404),
  skip_level: rel(403, 403, 403, 404),
  hr_admin: rel(ownForHr, 'n/a', ok, 404),
  approver: rel(403, 'n/a', 403, 404),
  coach: rel(403, 'n/a', 403, 404),
  org_admin: rel(403, 'n/a', 403, 404),
});

export const orgRows: MatrixRow[] = [
  { route: 'GET /api/people', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/people/:personId', target: 'person', expect: directoryRead },
  {
    route: 'POST /api/people',
    target: 'none',
    body: ({ unique }) => ({
      givenName: 'New',
      familyName: 'Hire',
      email: `${unique}@example.test`,
      hireDate: '2026-01-05',
    }),
    expect: onlyRoles(['hr_admin'], 201),
  },
  {
    route: 'PATCH /api/people/:personId',
    target: 'person',
    fresh: true,
    body: () => ({ version: 1, location: 'Lisbon' }),
    // HR's own record is not fresh, so its version has moved on only if another case edited it: it has not.
    expect: hrChange(200),
  },
  {
    route: 'POST /api/people/:personId/deactivate',
    target: 'person',
    fresh: true,
    body: () => ({ version: 1, terminatedOn: '2026-06-30' }),
    // Nobody deactivates themselves: HR's own record answers 403.
    expect: hrChange(200, 403),
  },
  {
    route: 'POST /api/people/:personId/invitation',
    target: 'person',
    fresh: true,
    freshWithoutPassword: true,
    // HR's own login has a password already: nothing to invite.
    expect: hrChange(202, 403),
  },
  {
    route: 'PUT /api/people/:personId/roles',
    target: 'person',
    fresh: true,
    body: () => ({ roles: ['coach'] }),
    expect: {
      anonymous: 401,
      employee: rel(403, 'n/a', 403, 404),
      manager: rel(403, 403, 403, 404),
      skip_level: rel(403, 403, 403, 404),
      hr_admin: rel(403, 'n/a', 403, 404),
      approver: rel(403, 'n/a', 403, 404),
      coach: rel(403, 'n/a', 403, 404),
      // An admin cannot drop their own admin role: 400 names the field.
      org_admin: rel(400, 'n/a', 200, 404),
    },
  },
  {
    route: 'GET /api/people/:personId/reporting-lines',
    target: 'person',
    expect: reportingHistoryRead,
  },
  {
    route: 'GET /api/people/:personId/manager-on',
    target: 'person',
    query: '?date=2026-01-01',
    expect: reportingHistoryRead,
  },
  {
    route: 'POST /api/people/import',
    target: 'none',
    // A dry run: HR gets the report (200) and nothing is written that other cases would see.
    body: ({ unique }) => ({
      csv: `email,given_name,family_name,hire_date\n${unique}@example.test,Imported,Person,2026-01-05\n`,
      dryRun: true,
    }),
    expect: onlyRoles(['hr_admin'], 200),
  },
  { route: 'GET /api/org-chart/roots', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/org-chart/:personId/children', target: 'person', expect: directoryRead },
  { route: 'GET /api/org-chart/:personId/path', target: 'person', expect: directoryRead },
  { route: 'GET /api/departments', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/departments',
    target: 'none',
    body: ({ unique }) => ({ name: `Dept ${unique}` }),
    expect: onlyRoles(['hr_admin'], 201),
  },
  { route: 'GET /api/levels', target: 'none', expect: signedIn(200) },
  { route: 'GET /api/job-titles', target: 'none', expect: signedIn(200) },
  {
    route: 'POST /api/levels',
    target: 'none',
    body: ({ unique }) => ({ code: unique.slice(0, 12), name: 'Level', rank: 5 }),
    expect: onlyRoles(['hr_admin'], 201),
  },
];
