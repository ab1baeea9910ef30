import { type MatrixRow, signedIn } from '../../platform/policy/matrix/types';

/**
 * "Your tasks" answers about the caller: every signed-in role gets 200. Its body is counts and
 * dates, so it may carry no separated class to anyone (no `carries`): a task that quoted a 360, a
 * plan or a certification would fail the leak scan here.
 */
export const homeTasksRows: MatrixRow[] = [
  { route: 'GET /api/home/tasks', target: 'none', expect: signedIn(200) },
];
