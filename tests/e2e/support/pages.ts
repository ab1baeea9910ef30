import type { Page } from 'playwright-core';
import type { Me } from '../../../src/contracts/auth';
import {
  type DemoPersona,
  type DemoPosition,
  demoOrganization,
} from '../../../src/server/org/seed/demoRoster';
import { demoAccounts, settle, signIn } from './browser';
import { planningCycleId } from './compPlanning';

/** Every screen of the app, with the demo login that may see it (none: signed out). */
export interface AppPage {
  name: string;
  as: DemoPersona | null;
  path: string | ((me: Me) => string);
  /** Screenshot only the viewport (the page scrolls to a spot on its own). */
  screenshot?: 'viewport';
}

export const appPages: AppPage[] = [
  { name: 'login', as: null, path: '/login' },
  { name: 'forgot-password', as: null, path: '/forgot-password' },
  { name: 'reset-password', as: null, path: '/reset-password?token=e2e-not-a-real-token' },
  { name: 'accept-invitation', as: null, path: '/accept-invitation?token=e2e-not-a-real-token' },
  { name: 'survey-link', as: null, path: '/surveys/answer?token=e2e-not-a-real-survey-token' },
  { name: 'home', as: 'employee', path: '/' },
  { name: 'performance', as: 'employee', path: '/performance' },
  { name: 'growth', as: 'employee', path: '/growth' },
  { name: 'team', as: 'manager', path: '/team' },
  // HR analytics (issue 14): each half as HR (the organisation) and as a manager (their subtree).
  { name: 'insights-now', as: 'hr', path: '/insights/now' },
  { name: 'insights-next', as: 'hr', path: '/insights/next' },
  { name: 'insights-now-manager', as: 'manager', path: '/insights/now' },
  { name: 'insights-next-manager', as: 'manager', path: '/insights/next' },
  { name: 'people-directory', as: 'employee', path: '/people' },
  { name: 'profile-own', as: 'employee', path: (me) => `/people/${me.person?.id}` },
  { name: 'profile-as-hr', as: 'hr', path: () => `/people/${personIdPlaceholder}` },
  { name: 'org-chart', as: 'employee', path: '/org-chart' },
  {
    name: 'org-chart-focus',
    as: 'employee',
    path: (me) => `/org-chart?focus=${me.person?.id}`,
    screenshot: 'viewport',
  },
  { name: 'access-log', as: 'employee', path: '/privacy/access-log' },
  { name: 'admin-index', as: 'hr', path: '/admin' },
  { name: 'admin-people', as: 'hr', path: '/admin/people' },
  { name: 'admin-import', as: 'hr', path: '/admin/import' },
  { name: 'admin-structure', as: 'hr', path: '/admin/structure' },
  { name: 'admin-outbox', as: 'hr', path: '/admin/outbox' },
  { name: 'admin-settings', as: 'admin', path: '/admin/settings' },
  { name: 'admin-audit', as: 'admin', path: '/admin/audit' },
  { name: 'admin-jobs', as: 'hr', path: '/admin/jobs' },
  { name: 'admin-erasure', as: 'hr', path: '/admin/erasure' },
  // The performance track: each part also has its own flow tests; here every page is scanned alike.
  { name: 'performance-goals', as: 'employee', path: '/performance/goals' },
  { name: 'performance-kpis', as: 'employee', path: '/performance/kpis' },
  { name: 'performance-one-on-ones', as: 'manager', path: '/performance/one-on-ones' },
  { name: 'performance-feedback', as: 'employee', path: '/performance/feedback' },
  { name: 'performance-reviews', as: 'employee', path: '/performance/reviews' },
  { name: 'performance-cycles', as: 'hr', path: '/performance/cycles' },
  // HR's dashboard of the demo's running cycle: charts, overdue people and seven columns of reviews.
  {
    name: 'performance-cycle-dashboard',
    as: 'hr',
    path: () => `/performance/cycles/${activeCyclePlaceholder}`,
  },
  { name: 'performance-review-templates', as: 'hr', path: '/performance/review-templates' },
  { name: 'performance-goal-templates', as: 'hr', path: '/performance/goal-templates' },
  { name: 'performance-calibration', as: 'hr', path: '/performance/calibration' },
  // Pay: the employee's own, HR's bands and imports, HR's pay cycles.
  { name: 'performance-pay', as: 'employee', path: '/performance/pay' },
  { name: 'performance-pay-admin', as: 'hr', path: '/performance/pay-admin' },
  { name: 'performance-pay-letters', as: 'hr', path: '/performance/pay-admin?tab=letters' },
  { name: 'performance-comp-cycles', as: 'hr', path: '/performance/comp-cycles' },
  // The manager's pay planning: the cycles to plan, and the grid of one in planning (launched by HR
  // through the API when the demo has none).
  { name: 'performance-comp-planning', as: 'manager', path: '/performance/comp-planning' },
  {
    name: 'performance-comp-planning-grid',
    as: 'manager',
    path: () => `/performance/comp-planning/${planningCyclePlaceholder}`,
  },
  // The approval team's queue of the same cycle: the demo's submitted proposals waiting for them.
  {
    name: 'performance-comp-approvals',
    as: 'approver',
    path: () => `/performance/comp-approvals/${planningCyclePlaceholder}`,
  },
  // Improvement plans: HR's list and editor, and the demo's plan as its employee's manager reads it.
  { name: 'performance-improvement-plans', as: 'hr', path: '/performance/improvement-plans' },
  { name: 'performance-improvement-plan-new', as: 'hr', path: '/performance/improvement-plans/new' },
  {
    name: 'performance-improvement-plan',
    as: 'manager',
    path: () => `/performance/improvement-plans/${demoPlanPlaceholder}`,
  },
  // The growth track: same scan for every page (each part's flow tests go further).
  { name: 'growth-as-hr', as: 'hr', path: '/growth' },
  { name: 'growth-conversations', as: 'manager', path: '/growth/conversations' },
  { name: 'growth-aspirations', as: 'employee', path: '/growth/aspirations' },
  { name: 'growth-paths', as: 'employee', path: '/growth/paths' },
  { name: 'growth-plans', as: 'employee', path: '/growth/plans' },
  { name: 'growth-learning', as: 'employee', path: '/growth/learning' },
  { name: 'growth-360', as: 'manager', path: '/growth/360' },
  { name: 'growth-library', as: 'hr', path: '/growth/library' },
  { name: 'growth-library-questions', as: 'hr', path: '/growth/library/questions' },
  // Mentoring, coaching, talent review and succession (issue 13): each flow test opens the detail pages.
  { name: 'growth-mentoring', as: 'employee', path: '/growth/mentoring' },
  { name: 'growth-mentoring-as-hr', as: 'hr', path: '/growth/mentoring' },
  { name: 'growth-coaching', as: 'employee', path: '/growth/coaching' },
  { name: 'growth-coaching-coach', as: 'coach', path: '/growth/coaching/coach' },
  { name: 'growth-coaching-hr', as: 'hr', path: '/growth/coaching/hr' },
  { name: 'growth-talent', as: 'hr', path: '/growth/talent' },
  { name: 'growth-succession', as: 'hr', path: '/growth/succession' },
  { name: 'growth-succession-bench', as: 'hr', path: '/growth/succession/bench' },
  // Pulse surveys (issue 14): answering, HR's set-up and results list, a manager's results list.
  // A round's results page needs a closed round; pulseSurvey.e2e.test.ts scans it.
  { name: 'growth-surveys', as: 'employee', path: '/growth/surveys' },
  { name: 'growth-surveys-manage', as: 'hr', path: '/growth/surveys?tab=manage' },
  { name: 'growth-surveys-results', as: 'hr', path: '/growth/surveys?tab=results' },
  { name: 'growth-surveys-results-manager', as: 'manager', path: '/growth/surveys?tab=results' },
  { name: 'growth-surveys-actions-manager', as: 'manager', path: '/growth/surveys?tab=actions' },
  { name: 'notifications', as: 'employee', path: '/notifications' },
  { name: 'not-found', as: 'employee', path: '/no-such-page' },
];

/** Replaced by the id of the demo employee, so HR looks at someone else's profile (with HR's actions). */
const personIdPlaceholder = '{employee}';
/** Replaced by the id of the running review cycle with the most people (the demo's own). */
const activeCyclePlaceholder = '{active-cycle}';
/** Replaced by the id of a pay cycle in planning in which the persona plans (`compPlanning.ts`). */
const planningCyclePlaceholder = '{planning-cycle}';
/** Replaced by the id of the demo's improvement plan (the one the manager persona's chain may read). */
const demoPlanPlaceholder = '{demo-plan}';

/** The display name the demo gives a persona ("Daniel Mensah" for the manager login). */
export function demoPersonName(persona: DemoPersona): string {
  const walk = (position: DemoPosition): string | null => {
    if (position.persona === persona && position.name) return position.name.join(' ');
    for (const report of position.reports ?? []) {
      const found = walk(report);
      if (found) return found;
    }
    return null;
  };
  const name = walk(demoOrganization);
  if (!name) throw new Error(`The demo roster has no named person for ${persona}`);
  return name;
}

/**
 * Signs in as the page's persona (through the API: the login form has its own tests), opens the page
 * and waits until its heading is shown and its data has loaded.
 */
export async function openAppPage(page: Page, target: AppPage): Promise<void> {
  let path = typeof target.path === 'string' ? target.path : '';
  if (target.as) {
    const me = await signIn(page, demoAccounts[target.as]);
    if (typeof target.path === 'function') path = target.path(me);
    if (path.includes(personIdPlaceholder)) path = path.replace(personIdPlaceholder, await employeeId(page));
    if (path.includes(activeCyclePlaceholder))
      path = path.replace(activeCyclePlaceholder, await activeCycleId(page));
    if (path.includes(demoPlanPlaceholder)) path = path.replace(demoPlanPlaceholder, await demoPlanId(page));
    if (path.includes(planningCyclePlaceholder))
      path = path.replace(planningCyclePlaceholder, await planningCycleId(page));
  }
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await settle(page);
}

async function activeCycleId(page: Page): Promise<string> {
  const response = await page.request.get('/api/review-cycles', { params: { pageSize: 100 } });
  const body = (await response.json()) as {
    items: { id: string; status: string; participantCount: number }[];
  };
  const [cycle] = body.items
    .filter((item) => item.status === 'active')
    .sort((a, b) => b.participantCount - a.participantCount);
  if (!cycle) throw new Error(`No running review cycle: ${JSON.stringify(body)}`);
  return cycle.id;
}

/**
 * The demo's improvement plan as the signed-in persona lists it: the oldest they may read (the seed's
 * own, which is never on the demo employee), so a plan a flow test adds does not take its place.
 */
async function demoPlanId(page: Page): Promise<string> {
  const response = await page.request.get('/api/improvement-plans', { params: { limit: 100 } });
  const body = (await response.json()) as { items: { id: string; employee: { displayName: string } }[] };
  const employee = demoPersonName('employee');
  const plan = body.items.filter((item) => item.employee.displayName !== employee).at(-1);
  if (!plan) throw new Error(`No demo improvement plan: ${JSON.stringify(body)}`);
  return plan.id;
}

async function employeeId(page: Page): Promise<string> {
  const response = await page.request.get('/api/people', { params: { q: demoPersonName('employee') } });
  const body = (await response.json()) as { items: { id: string; email: string }[] };
  const person = body.items.find((item) => item.email === demoAccounts.employee);
  if (!person)
    throw new Error(`The directory did not find ${demoAccounts.employee}: ${JSON.stringify(body)}`);
  return person.id;
}
