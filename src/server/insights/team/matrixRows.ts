import { type MatrixRow, signedIn } from '../../platform/policy/matrix/types';

/**
 * The team view answers about the caller's own team (an employee's is empty), so every signed-in
 * role gets 200. It carries no separated class: goal health and review steps are performance data;
 * of the growth track only dates, counts and states (a career conversation's dates, a shared plan's
 * status and action counts), never a text the owner wrote — so no canary may appear for any role.
 * Read over the whole subtree, where the skip-level's rows must show nothing of development.
 */
export const teamViewRows: MatrixRow[] = [
  { route: 'GET /api/insights/team', target: 'none', query: '?scope=subtree', expect: signedIn(200) },
];
